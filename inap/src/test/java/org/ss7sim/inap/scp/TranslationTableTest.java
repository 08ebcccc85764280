package org.ss7sim.inap.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.InapError;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.message.ReleaseCallArg;
import org.ss7sim.inap.scf.ScfAnswer;
import org.ss7sim.testkit.VirtualClock;

class TranslationTableTest {
  static final LocalTime NOON = LocalTime.NOON;

  final TranslationTable table =
      TranslationTable.builder()
          .entry("0800", "toll-free, unassigned")
          .otherwise(Treatment.release(Cause.UNALLOCATED_NUMBER))
          .entry("0800123", "toll-free: Acme support")
          .between(
              LocalTime.of(8, 0),
              LocalTime.of(18, 0),
              Treatment.route(
                  RoutingTarget.to("302100100", 50),
                  RoutingTarget.to("302100200", 30),
                  RoutingTarget.to("302100300", 20)))
          .between(LocalTime.of(22, 0), LocalTime.of(6, 0), Treatment.release(Cause.CALL_REJECTED))
          .otherwise(Treatment.route(RoutingTarget.to("302100900")))
          .entry("30217", "ported range to operator 42")
          .otherwise(Treatment.route(RoutingTarget.prefix("1942")))
          .entry("800", "old toll-free")
          .otherwise(Treatment.proceed())
          .unknownNumberCause(Cause.of(Cause.NO_ROUTE_TO_DESTINATION))
          .build();

  static String routed(Translation t) {
    return ((Translation.Routed) t.outcome()).number();
  }

  @Nested
  class Matching {
    @Test
    void longest_prefix_wins() {
      assertThat(table.match("08001234567").prefix()).isEqualTo("0800123");
      assertThat(table.match("08009999999").prefix()).isEqualTo("0800");
      assertThat(table.match("0800").prefix()).isEqualTo("0800");
      assertThat(table.match("080")).isNull();
    }

    @Test
    void toll_free_prefix_without_a_customer_releases_with_the_entry_cause() {
      Translation t = table.translate("08009999999", NOON, new Random(1));
      assertThat(t.outcome())
          .isEqualTo(new Translation.Released(Cause.of(Cause.UNALLOCATED_NUMBER)));
    }

    @Test
    void unknown_number_is_released_with_the_configured_cause() {
      Translation t = table.translate("4912345", NOON, new Random(1));
      assertThat(t.entry()).isNull();
      assertThat(t.outcome())
          .isEqualTo(new Translation.Released(Cause.of(Cause.NO_ROUTE_TO_DESTINATION)));
    }

    @Test
    void ported_number_gets_the_routing_prefix_in_front() {
      assertThat(routed(table.translate("3021799887", NOON, new Random(1))))
          .isEqualTo("19423021799887");
    }

    @Test
    void continue_entry_continues() {
      assertThat(table.translate("8001234", NOON, new Random(1)).outcome())
          .isEqualTo(new Translation.Continued());
    }

    @Test
    void a_prefix_configured_twice_is_refused() {
      TranslationTable.Builder b = TranslationTable.builder();
      b.entry("0800", "a").otherwise(Treatment.proceed());
      assertThatThrownBy(() -> b.entry("0800", "b").otherwise(Treatment.proceed()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class TimeOfDay {
    @Test
    void office_hours_band_applies_from_its_start_to_before_its_end() {
      assertThat(table.translate("0800123", LocalTime.of(8, 0), new Random(1)).outcome())
          .isInstanceOf(Translation.Routed.class);
      assertThat(routed(table.translate("0800123", LocalTime.of(18, 0), new Random(1))))
          .isEqualTo("302100900");
      assertThat(routed(table.translate("0800123", LocalTime.of(7, 59), new Random(1))))
          .isEqualTo("302100900");
    }

    @Test
    void night_band_wraps_past_midnight() {
      for (LocalTime t : List.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT, LocalTime.of(5, 59))) {
        assertThat(table.translate("0800123", t, new Random(1)).outcome())
            .as("at %s", t)
            .isEqualTo(new Translation.Released(Cause.of(Cause.CALL_REJECTED)));
      }
      assertThat(table.translate("0800123", LocalTime.of(6, 0), new Random(1)).outcome())
          .isInstanceOf(Translation.Routed.class);
    }

    @Test
    void service_logic_reads_the_time_of_day_from_the_virtual_clock_in_its_zone() {
      VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T06:30:00Z"));
      NumberTranslation logic =
          new NumberTranslation(table, clock, ZoneId.of("Europe/Athens"), new Random(3), Set.of());
      // 08:30 in Athens (UTC+2): office hours
      assertThat(logic.timeOfDay()).isEqualTo(LocalTime.of(8, 30));
      assertThat(logic.onInitialDp(1, idp("0800123"))).isInstanceOf(ScfAnswer.Instructions.class);
      clock.advance(Duration.ofHours(14));
      // 22:30 in Athens: night, released
      ScfAnswer night = logic.onInitialDp(2, idp("0800123"));
      assertThat(night)
          .isEqualTo(
              new ScfAnswer.Instructions(
                  List.of(new ReleaseCallArg(Cause.of(Cause.CALL_REJECTED)))));
    }
  }

  @Nested
  class LoadSplit {
    @Test
    void ten_thousand_calls_split_fifty_thirty_twenty_within_two_percent() {
      Random random = new Random(20260105L);
      Map<String, Integer> counts = new HashMap<>();
      int calls = 10_000;
      for (int i = 0; i < calls; i++) {
        counts.merge(
            routed(table.translate("0800123" + (i % 1000), NOON, random)), 1, Integer::sum);
      }
      assertThat(counts).containsOnlyKeys("302100100", "302100200", "302100300");
      assertThat(counts.get("302100100") / (double) calls).isBetween(0.48, 0.52);
      assertThat(counts.get("302100200") / (double) calls).isBetween(0.28, 0.32);
      assertThat(counts.get("302100300") / (double) calls).isBetween(0.18, 0.22);
    }

    @Test
    void the_same_seed_gives_the_same_sequence() {
      Random a = new Random(5);
      Random b = new Random(5);
      for (int i = 0; i < 100; i++) {
        assertThat(routed(table.translate("0800123", NOON, a)))
            .isEqualTo(routed(table.translate("0800123", NOON, b)));
      }
    }

    @Test
    void service_logic_counts_each_routing_number() {
      VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T12:00:00Z"));
      NumberTranslation logic =
          new NumberTranslation(table, clock, ZoneId.of("UTC"), new Random(11), Set.of());
      for (int i = 0; i < 1000; i++) {
        logic.onInitialDp(i, idp("0800123"));
      }
      Map<String, Long> c = logic.counts();
      assertThat(c.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
      assertThat(c.get("route:302100100")).isBetween(440L, 560L);
    }
  }

  @Nested
  class ServiceLogic {
    final NumberTranslation logic =
        new NumberTranslation(
            table,
            new VirtualClock(Instant.parse("2026-03-02T12:00:00Z")),
            ZoneId.of("UTC"),
            new Random(1),
            Set.of(10L));

    @Test
    void routed_number_becomes_connect_with_the_target_nature_of_address() {
      ScfAnswer a = logic.onInitialDp(1, idp("3021799887"));
      assertThat(a)
          .isEqualTo(
              new ScfAnswer.Instructions(
                  List.of(
                      ConnectArg.to(
                          CalledPartyNumber.of(NatureOfAddress.NATIONAL, "19423021799887")))));
    }

    @Test
    void trailing_st_digit_is_ignored() {
      assertThat(logic.onInitialDp(1, idp("3021799887f")))
          .isEqualTo(logic.onInitialDp(2, idp("3021799887")));
    }

    @Test
    void missing_called_number_is_a_missing_parameter_error() {
      assertThat(logic.onInitialDp(1, new InitialDpArg(10, null, null, -1, null, List.of())))
          .isEqualTo(new ScfAnswer.Error(InapError.MISSING_PARAMETER, null));
    }

    @Test
    void unserved_service_key_is_a_missing_customer_record_error() {
      InitialDpArg other =
          InitialDpArg.of(11, CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800123"), null);
      assertThat(logic.onInitialDp(1, other))
          .isEqualTo(new ScfAnswer.Error(InapError.MISSING_CUSTOMER_RECORD, null));
    }
  }

  @Test
  void table_prints_one_line_per_band_and_the_unknown_rule() {
    String text = table.print();
    System.out.println(text);
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("PREFIX   KEY  TIME         TREATMENT" + " ".repeat(41) + "DESCRIPTION");
    assertThat(lines).hasSize(1 + 1 + 3 + 1 + 1 + 1);
    assertThat(lines.get(2))
        .startsWith("0800123  *    08:00-18:00  route [302100100:50, 302100200:30, 302100300:20]")
        .endsWith("toll-free: Acme support");
    assertThat(lines.get(3)).isEqualTo("              22:00-06:00  release cause 21");
    assertThat(lines.get(5)).contains("route [1942+<dialled>]");
    assertThat(lines.get(7)).startsWith("*        *    always       release cause 3");
  }

  @Nested
  class ServiceKeysAndNumberForms {
    final TranslationTable keyed =
        TranslationTable.builder()
            .entry("0800", "toll-free for any key")
            .otherwise(Treatment.route(RoutingTarget.to("301")))
            .entry("0800", 20, "toll-free, premium service key 20")
            .otherwise(Treatment.route(RoutingTarget.to("302")))
            .entry("0900", 20, "premium only for key 20")
            .otherwise(Treatment.route(RoutingTarget.replacingPrefix("30290", 1)))
            .build();

    @Test
    void entry_for_the_query_service_key_wins_over_the_one_for_any_key() {
      assertThat(routed(keyed.translate("0800123", 20, NOON, new Random(1)))).isEqualTo("302");
      assertThat(routed(keyed.translate("0800123", 10, NOON, new Random(1)))).isEqualTo("301");
      assertThat(routed(keyed.translate("0800123", NOON, new Random(1)))).isEqualTo("301");
    }

    @Test
    void entry_for_another_service_key_does_not_match() {
      assertThat(keyed.translate("0900123", 10, NOON, new Random(1)).entry()).isNull();
      assertThat(keyed.match("0900123", 20).description()).isEqualTo("premium only for key 20");
    }

    @Test
    void replacing_the_prefix_keeps_the_rest_of_the_digits() {
      assertThat(routed(keyed.translate("0900123", 20, NOON, new Random(1)))).isEqualTo("30290123");
      assertThat(routed(keyed.translate("0900", 20, NOON, new Random(1)))).isEqualTo("30290");
    }

    @Test
    void same_prefix_twice_for_the_same_key_is_refused() {
      TranslationTable.Builder b = TranslationTable.builder();
      b.entry("0800", 5, "a").otherwise(Treatment.proceed());
      assertThatThrownBy(() -> b.entry("0800", 5, "b").otherwise(Treatment.proceed()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void service_logic_passes_the_service_key_of_the_query() {
      NumberTranslation logic =
          new NumberTranslation(
              keyed, new VirtualClock(), ZoneId.of("UTC"), new Random(1), Set.of());
      InitialDpArg premium =
          InitialDpArg.of(20, CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800555"), null);
      assertThat(logic.onInitialDp(1, premium))
          .isEqualTo(
              new ScfAnswer.Instructions(
                  List.of(ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302")))));
    }
  }

  static InitialDpArg idp(String digits) {
    return InitialDpArg.of(10, CalledPartyNumber.of(NatureOfAddress.NATIONAL, digits), null);
  }
}
