package org.ss7sim.sccp.gtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;

class GlobalTitleTranslatorTest {
  /** The table under test: rules as data, in their printable form. */
  static final String RULES =
      """
      # obviously fake numbers: MCC 001 / CC 999
      hlr: gti=4 tt=0 np=1 nai=4 prefix=99977 -> 2001:6 2002:6 mode=dominant ri=ssn
      hlr-special: gti=4 tt=0 np=1 nai=4 prefix=999771 -> 2003:6 mode=solitary ri=ssn
      msc-pool: gti=4 tt=0 np=1 nai=4 prefix=99988 -> 3001:8 3002:8 3003:8 mode=loadshare ri=ssn
      imsi: gti=4 tt=0 np=7 nai=4 prefix=99901 -> 2001:6 mode=solitary ri=ssn
      next-stp: gti=4 tt=0 np=1 nai=4 prefix=44 -> 4000 mode=solitary ri=gt newtt=10
      national: gti=4 tt=0 np=1 nai=4 prefix=9990 -> 2-10-1:6 mode=solitary ri=ssn delete=3 prepend=0
      fixed-scp: gti=2 tt=8 prefix=* -> 5000:241 mode=solitary ri=ssn replace=8001234
      """;

  static final GlobalTitleTranslator TABLE = GlobalTitleTranslator.parse(RULES);

  /** Test availability: point codes listed as paused, pc:ssn pairs listed as prohibited. */
  record Availability(Set<Integer> paused, Set<String> prohibited)
      implements DestinationAvailability {
    static Availability of(String paused, String prohibited) {
      Set<Integer> p = new HashSet<>();
      for (String s : paused.split(" ")) {
        if (!s.isBlank()) {
          p.add(Integer.parseInt(s));
        }
      }
      Set<String> q = new HashSet<>();
      for (String s : prohibited.split(" ")) {
        if (!s.isBlank()) {
          q.add(s);
        }
      }
      return new Availability(p, q);
    }

    @Override
    public boolean pointCodeAccessible(PointCode pointCode) {
      return !paused.contains(pointCode.value());
    }

    @Override
    public boolean subsystemAllowed(PointCode pointCode, Ssn ssn) {
      return !prohibited.contains(pointCode.value() + ":" + ssn.value());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # case                                | gti | tt | np | nai | digits        | paused    | prohibited | sel | pc   | ssn | ri  | out digits | tt | cause
      primary of dominant pair            | 4   | 0  | 1  | 4   | 999770000001  | -         | -          | 0   | 2001 | 6   | ssn | 999770000001 | 0 | -
      backup when primary paused          | 4   | 0  | 1  | 4   | 999770000001  | 2001      | -          | 0   | 2002 | 6   | ssn | 999770000001 | 0 | -
      backup when primary ssn prohibited  | 4   | 0  | 1  | 4   | 999770000001  | -         | 2001:6     | 0   | 2002 | 6   | ssn | 999770000001 | 0 | -
      both paused is MTP failure          | 4   | 0  | 1  | 4   | 999770000001  | 2001 2002 | -          | 0   | -    | -   | -   | -          | -  | 5
      both prohibited is subsystem failure| 4   | 0  | 1  | 4   | 999770000001  | -         | 2001:6 2002:6 | 0 | -    | -   | -   | -          | -  | 3
      longest prefix wins                 | 4   | 0  | 1  | 4   | 999771000001  | -         | -          | 0   | 2003 | 6   | ssn | 999771000001 | 0 | -
      solitary unavailable is not backed  | 4   | 0  | 1  | 4   | 999771000001  | 2003      | -          | 0   | -    | -   | -   | -          | -  | 5
      load share selector 0               | 4   | 0  | 1  | 4   | 999880000001  | -         | -          | 0   | 3001 | 8   | ssn | 999880000001 | 0 | -
      load share selector 1               | 4   | 0  | 1  | 4   | 999880000001  | -         | -          | 1   | 3002 | 8   | ssn | 999880000001 | 0 | -
      load share selector 5               | 4   | 0  | 1  | 4   | 999880000001  | -         | -          | 5   | 3003 | 8   | ssn | 999880000001 | 0 | -
      load share skips paused member      | 4   | 0  | 1  | 4   | 999880000001  | 3002      | -          | 1   | 3003 | 8   | ssn | 999880000001 | 0 | -
      numbering plan selects the rule     | 4   | 0  | 7  | 4   | 999010123456789 | -       | -          | 0   | 2001 | 6   | ssn | 999010123456789 | 0 | -
      route on gt to next stp with new tt | 4   | 0  | 1  | 4   | 447700900123  | -         | -          | 0   | 4000 | 6   | gt  | 447700900123 | 10 | -
      delete and prepend digits           | 4   | 0  | 1  | 4   | 99901234      | -         | -          | 0   | 4177 | 6   | ssn | 001234     | 0  | -
      replace digits for tt only title    | 2   | 8  | 0  | 0   | 08001234      | -         | -          | 0   | 5000 | 241 | ssn | 8001234    | 8  | -
      unknown digits of a known nature    | 4   | 0  | 1  | 4   | 33123         | -         | -          | 0   | -    | -   | -   | -          | -  | 1
      unknown nature                      | 4   | 0  | 1  | 3   | 999770000001  | -         | -          | 0   | -    | -   | -   | -          | -  | 0
      unknown translation type            | 4   | 5  | 1  | 4   | 999770000001  | -         | -          | 0   | -    | -   | -   | -          | -  | 0
      """)
  void translates(
      String name,
      int gti,
      int tt,
      int np,
      int nai,
      String digits,
      String paused,
      String prohibited,
      int selector,
      Integer pc,
      Integer ssn,
      String ri,
      String outDigits,
      Integer outTt,
      Integer cause) {
    GlobalTitle gt = new GlobalTitle(GlobalTitleIndicator.fromCode(gti), tt, np, nai, digits);
    SccpAddress called = SccpAddress.ofGlobalTitle(gt, Ssn.HLR);
    GttOutcome out =
        TABLE.translate(
            called,
            selector,
            Availability.of(paused == null ? "" : paused, prohibited == null ? "" : prohibited));
    if (cause != null) {
      assertThat(out)
          .isInstanceOfSatisfying(
              GttOutcome.Failed.class,
              f -> assertThat(f.cause()).isEqualTo(new ReturnCause(cause)));
      return;
    }
    assertThat(out)
        .isInstanceOfSatisfying(
            GttOutcome.Translated.class,
            t -> {
              assertThat(t.destination()).isEqualTo(PointCode.itu(pc));
              assertThat(t.called().ssn()).isEqualTo(new Ssn(ssn));
              assertThat(t.called().routingIndicator())
                  .isEqualTo(
                      ri.equals("ssn")
                          ? RoutingIndicator.ROUTE_ON_SSN
                          : RoutingIndicator.ROUTE_ON_GT);
              assertThat(t.called().globalTitle().digits()).isEqualTo(outDigits);
              assertThat(t.called().globalTitle().translationType()).isEqualTo(outTt);
            });
  }

  @Nested
  class RulesAsData {
    @Test
    void printed_table_parses_back_to_the_same_rules() {
      String printed = TABLE.toString();
      assertThat(GlobalTitleTranslator.parse(printed).rules()).isEqualTo(TABLE.rules());
      assertThat(printed.lines().toList())
          .hasSize(7)
          .first()
          .isEqualTo(
              "hlr: gti=4 tt=0 np=1 nai=4 prefix=99977 -> 2001:6 2002:6 mode=dominant ri=ssn");
    }

    @Test
    void each_rule_prints_every_setting() {
      assertThat(TABLE.rules().get(4).toString())
          .isEqualTo(
              "next-stp: gti=4 tt=0 np=1 nai=4 prefix=44 -> 4000 mode=solitary ri=gt newtt=10");
      assertThat(TABLE.rules().get(5).toString())
          .isEqualTo(
              "national: gti=4 tt=0 np=1 nai=4 prefix=9990 -> 4177:6 mode=solitary ri=ssn delete=3 prepend=0");
      assertThat(TABLE.rules().get(6).toString())
          .isEqualTo(
              "fixed-scp: gti=2 tt=8 prefix=* -> 5000:241 mode=solitary ri=ssn replace=8001234");
    }

    @Test
    void a_bad_line_is_reported_with_its_number() {
      assertThatThrownBy(
              () -> GlobalTitleTranslator.parse("ok: prefix=1 -> 1\nbad: prefix=1 -> 1 colour=red"))
          .hasMessageContaining("line 2")
          .hasMessageContaining("colour");
      assertThatThrownBy(() -> GttRule.parse("x: prefix=1 -> 1 2 mode=solitary"))
          .hasMessageContaining("solitary");
      assertThatThrownBy(() -> GttRule.parse("x: tt=0 -> 1")).hasMessageContaining("prefix");
    }

    @Test
    void rule_for_ignores_availability() {
      GttRule r = TABLE.ruleFor(GlobalTitle.e164("999770000001"));
      assertThat(r.name()).isEqualTo("hlr");
      assertThat(r.destinations())
          .containsExactly(
              new GttDestination(PointCode.itu(2001), Ssn.HLR),
              new GttDestination(PointCode.itu(2002), Ssn.HLR));
      assertThat(new GlobalTitleTranslator(List.of()).ruleFor(GlobalTitle.e164("1"))).isNull();
    }
  }
}
