package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * Cause ⇄ status, one row per row of the spec's tables: Q.1912.5 / TS 29.163 §7.2.3.2 "Q.850 cause
 * value in REL → SIP final response" and §7.2.3.1 "SIP final response → Q.850 cause value in REL"
 * (RFC 3398 has the earlier version of both).
 */
class CauseMappingTest {
  @Nested
  class Release_cause_to_sip_status_ts29163_section_7_2_3_2 {
    @ParameterizedTest(name = "cause {0} -> {1}")
    @CsvSource({
      "1, 404", "2, 404", "3, 404", "16, 480", "17, 486", "18, 480", "19, 480", "20, 480",
      "21, 403", "22, 410", "23, 410", "26, 404", "27, 502", "28, 484", "29, 501", "31, 480",
      "34, 503", "38, 503", "41, 503", "42, 503", "47, 503", "55, 403", "57, 403", "58, 503",
      "65, 488", "70, 488", "79, 501", "87, 403", "88, 503", "102, 504", "111, 500", "127, 500"
    })
    void table_row(int cause, int status) {
      assertThat(CauseMapping.statusFor(new CauseValue(cause))).isEqualTo(status);
    }

    @Test
    void every_row_of_the_table_is_tested_above() {
      assertThat(CauseMapping.STATUS_BY_CAUSE).hasSize(32);
    }

    @ParameterizedTest(name = "unlisted cause {0} (class {1}) -> {2}")
    @CsvSource({"9, 0, 480", "25, 1, 480", "44, 2, 503", "63, 3, 500", "95, 5, 500", "99, 6, 500"})
    void unlisted_causes_map_by_their_q850_class(int cause, int causeClass, int status) {
      assertThat(new CauseValue(cause).causeClass()).isEqualTo(causeClass);
      assertThat(CauseMapping.statusFor(new CauseValue(cause))).isEqualTo(status);
    }
  }

  @Nested
  class Sip_status_to_release_cause_ts29163_section_7_2_3_1 {
    @ParameterizedTest(name = "{0} -> cause {1}")
    @CsvSource({
      "400, 41",
      "401, 21",
      "402, 21",
      "403, 21",
      "404, 1",
      "405, 63",
      "406, 79",
      "407, 21",
      "408, 102",
      "410, 22",
      "413, 127",
      "414, 127",
      "415, 79",
      "416, 127",
      "420, 127",
      "421, 127",
      "423, 127",
      "480, 18",
      "481, 41",
      "482, 25",
      "483, 25",
      "484, 28",
      "485, 1",
      "486, 17",
      "487, 31",
      "488, 127",
      "500, 41",
      "501, 79",
      "502, 38",
      "503, 41",
      "504, 102",
      "505, 127",
      "513, 127",
      "600, 17",
      "603, 21",
      "604, 1",
      "606, 58"
    })
    void table_row(int status, int cause) {
      assertThat(CauseMapping.causeFor(status, OptionalInt.empty()))
          .isEqualTo(new CauseValue(cause));
    }

    @Test
    void every_row_of_the_table_is_tested_above() {
      assertThat(CauseMapping.CAUSE_BY_STATUS).hasSize(37);
    }

    @Test
    void unlisted_status_is_interworking_unspecified() {
      assertThat(CauseMapping.causeFor(499, OptionalInt.empty()))
          .isEqualTo(CauseValue.INTERWORKING);
      assertThat(CauseMapping.causeFor(699, OptionalInt.empty()))
          .isEqualTo(CauseValue.INTERWORKING);
    }

    @Test
    void reason_header_q850_cause_wins_over_the_table_rfc3326() {
      assertThat(CauseMapping.causeFor(486, OptionalInt.of(21)))
          .isEqualTo(CauseValue.CALL_REJECTED);
    }
  }

  @Nested
  class Bye_and_cancel {
    @Test
    void bye_releases_with_16_and_cancel_with_31() {
      assertThat(CauseMapping.causeForClearing(false, OptionalInt.empty()))
          .isEqualTo(CauseValue.NORMAL_CLEARING);
      assertThat(CauseMapping.causeForClearing(true, OptionalInt.empty()))
          .isEqualTo(CauseValue.NORMAL_UNSPECIFIED);
    }

    @Test
    void their_reason_header_cause_is_carried_over() {
      assertThat(CauseMapping.causeForClearing(true, OptionalInt.of(17)))
          .isEqualTo(CauseValue.USER_BUSY);
    }
  }
}
