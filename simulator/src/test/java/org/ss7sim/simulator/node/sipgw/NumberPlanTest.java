package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.isup.parameter.NatureOfAddress;

/** Number normalisation between SIP user parts and ISUP addresses, both ways. */
class NumberPlanTest {
  /** A German-style plan: CC 49, trunk prefix 0, international prefix 00, routing prefix 999#. */
  static final NumberPlan GERMANY =
      new NumberPlan("49", "0", "00", List.of("999#"), "", NatureOfAddress.SUBSCRIBER, true, true);

  @Nested
  class Sip_to_isup {
    @ParameterizedTest(name = "{0} -> NAI {1} {2}")
    @CsvSource({
      "+4930123456, 3, 30123456", // own country, national wanted
      "+14155550100, 4, 14155550100", // international
      "004930123456, 3, 30123456", // international prefix, own country
      "0044201234567, 4, 44201234567", // international prefix
      "030123456, 3, 30123456", // trunk prefix: national
      "123456, 1, 123456", // no prefix: the default nature (subscriber)
      "999#030123456, 3, 30123456", // routing prefix stripped first
      "+49-30-123.456, 3, 30123456", // visual separators (RFC 3966)
      "030123456;npdi, 3, 30123456" // user parameters ignored
    })
    void normalises(String user, int nature, String digits) {
      assertThat(GERMANY.toIsup(user)).contains(new IsupAddress(nature, digits));
    }

    @Test
    void plain_plan_keeps_digits_and_calls_them_national() {
      assertThat(NumberPlan.plain().toIsup("9992021000"))
          .contains(IsupAddress.national("9992021000"));
      assertThat(NumberPlan.plain().toIsup("+9992021000"))
          .contains(IsupAddress.international("9992021000"));
    }

    @Test
    void names_and_empty_users_are_not_numbers() {
      assertThat(GERMANY.toIsup("alice")).isEmpty();
      assertThat(GERMANY.toIsup("")).isEmpty();
      assertThat(GERMANY.toIsup("+")).isEqualTo(Optional.empty());
      assertThat(GERMANY.toIsup("12*34")).isEmpty();
    }
  }

  @Nested
  class Isup_to_sip {
    @Test
    void international_numbers_get_a_plus() {
      assertThat(GERMANY.toSip(IsupAddress.international("14155550100"))).isEqualTo("+14155550100");
    }

    @Test
    void national_numbers_become_e164_or_keep_the_trunk_prefix() {
      assertThat(GERMANY.toSip(IsupAddress.national("30123456"))).isEqualTo("+4930123456");
      NumberPlan dialled =
          new NumberPlan("49", "0", "00", List.of(), "", NatureOfAddress.NATIONAL, false, false);
      assertThat(dialled.toSip(IsupAddress.national("30123456"))).isEqualTo("030123456");
    }

    @Test
    void subscriber_numbers_get_the_added_prefix() {
      NumberPlan withArea =
          new NumberPlan("49", "0", "00", List.of(), "030", NatureOfAddress.NATIONAL, false, false);
      assertThat(withArea.toSip(new IsupAddress(NatureOfAddress.SUBSCRIBER, "123456")))
          .isEqualTo("030123456");
    }

    @Test
    void a_number_survives_the_round_trip() {
      IsupAddress a = IsupAddress.national("30123456");
      assertThat(GERMANY.toIsup(GERMANY.toSip(a))).contains(a);
    }
  }

  @Test
  void prefixes_must_be_digits() {
    assertThatThrownBy(() -> new NumberPlan("4x", "0", "00", List.of(), "", 3, false, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
