package org.ss7sim.cap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.Imsi;

/**
 * What CapCodec does with arguments that are wrong (TS 29.078 §6.1.1 types, X.690 encoding): one
 * MalformedMessageException with the reason and the offset of the offending element, never a
 * partial record; and what it writes for values built in code.
 */
class CapCodecTest {

  static MalformedMessageException malformed(CapOperation op, String hex, int base) {
    Octets p = hex == null ? null : Octets.fromHex(hex.replace(" ", ""));
    try {
      CapArgument a = CapCodec.decode(op, p, base);
      throw new AssertionError("decoded " + a);
    } catch (MalformedMessageException e) {
      return e;
    }
  }

  @Nested
  class Malformed {
    @ParameterizedTest(name = "{0} {1}: {2} at {3}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            INITIAL_DP                | 30 03 9c 01 02                | mandatory serviceKey missing        | 0
            INITIAL_DP                | 30 05 80 01                   | runs past                           | 0
            INITIAL_DP                | 04 01 00                      | wrong type                          | 0
            INITIAL_DP                | 30 03 80 01 08 00             | after the end                       | 5
            INITIAL_DP                | 30 07 80 01 01 82 02 83 10    | odd but has no address signals      | 5
            INITIAL_DP                | 30 06 80 01 01 83 01 03       | CallingPartyNumber of 1 octets      | 5
            INITIAL_DP                | 30 06 80 04 80 00 00 00       | outside 0..2147483647               | 2
            EVENT_REPORT_BCSM         | 30 03 80 01 01                | EventTypeBcsm 1 is not defined      | 2
            EVENT_REPORT_BCSM         | 30 07 80 01 09 a3 02 82 00    | LegID must be                       | 7
            RELEASE_CALL              | 04 01 90                      | Cause of 1 octets                   | 0
            APPLY_CHARGING            | 30 07 80 05 a1 03 80 01 01    | unexpected contained type           | 4
            APPLY_CHARGING            | 30 07 80 05 a0 03 80 01 00    | outside 1..864000                   | 6
            APPLY_CHARGING_REPORT     | 04 05 a0 03 80 01 00          | 5 octets (12..193 allowed)          | 0
            REQUEST_REPORT_SMS_EVENT  | 30 07 a0 05 30 03 81 01 00    | mandatory eventTypeSMS missing      | 4
            RELEASE_SMS               | 04 02 15 15                   | SIZE (1)) of 2 octets               | 0
            CONTINUE                  | 04 00                         | takes no argument                   | 0
            CONNECT                   |                               | argument missing                    | 0
            """)
    void a_bad_argument_is_one_exception_with_reason_and_offset(
        CapOperation op, String hex, String reason, int offset) {
      MalformedMessageException e = malformed(op, hex, 0);
      assertThat(e.reason()).contains(reason.strip());
      assertThat(e.offset()).isEqualTo(offset);
    }

    @Test
    void offsets_count_from_the_start_of_the_enclosing_message() {
      MalformedMessageException e = malformed(CapOperation.EVENT_REPORT_BCSM, "30 03 80 01 01", 40);
      assertThat(e.offset()).isEqualTo(42);
      assertThat(e.specReference()).isNotBlank();
    }

    @Test
    void more_bcsm_events_than_num_of_bcsm_events_are_refused_before_more_are_read() {
      StringBuilder events = new StringBuilder();
      for (int i = 0; i < 31; i++) {
        events.append("3006800107810101");
      }
      String body = "a0 81 " + String.format("%02x", 31 * 8) + events;
      String hex = "30 81 " + String.format("%02x", 3 + 31 * 8) + body;
      MalformedMessageException e = malformed(CapOperation.REQUEST_REPORT_BCSM_EVENT, hex, 0);
      assertThat(e.reason()).contains("more than 30 elements");
      assertThat(e.offset()).isEqualTo(6 + 30 * 8);
    }

    @Test
    void unknown_operation_codes_are_not_cap_operations() {
      assertThat(CapOperation.ofCode(OperationCode.local(99))).isNull();
      assertThat(CapOperation.ofCode(OperationCode.local(-1))).isNull();
      assertThat(CapOperation.ofCode(OperationCode.local(60)))
          .isEqualTo(CapOperation.INITIAL_DP_SMS);
    }
  }

  @Nested
  class Encoding {
    @Test
    void initial_dp_built_in_code() {
      InitialDpArg a =
          InitialDpArg.collectedInfo(
              7,
              CalledPartyNumber.of(CalledPartyNumber.NATIONAL, "123"),
              CallingPartyNumber.of(3, "4567"),
              new Imsi("001010123456789"));
      assertThat(CapCodec.encode(a))
          .isEqualTo(
              Octets.fromHex(
                  "3020"
                      + "800107" // serviceKey 7
                      + "8204"
                      + "8310"
                      + "2103" // odd, national, ISDN, 1 2 3
                      + "8304"
                      + "0313"
                      + "5476" // even, national, network provided, 4 5 6 7
                      + "85010a" // ordinary subscriber
                      + "9c0102" // collectedInfo
                      + "9f3208"
                      + "00010121436587f9")); // IMSI
    }

    @Test
    void apply_charging_report_built_in_code() {
      assertThat(CapCodec.encode(ApplyChargingReportArg.of(300, false)))
          .isEqualTo(
              Octets.fromHex(
                  "0410" + "a00e" + "a003810101" + "a10480 02012c".replace(" ", "") + "820100"));
    }

    @Test
    void cause_reads_value_after_an_octet_1a() {
      Cause c = new Cause(Octets.fromHex("0281 90"));
      assertThat(c.value()).isEqualTo(16);
      assertThat(c.location()).isEqualTo(2);
      assertThat(Cause.of(31).octets()).isEqualTo(Octets.fromHex("849f"));
    }

    @Test
    void requested_information_refuses_a_value_of_another_type() {
      assertThatThrownBy(
              () ->
                  new RequestedInformation(RequestedInformationType.CALL_STOP_TIME, 5, null, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(List.of(RequestedInformation.callAttemptElapsedTime(3))).hasSize(1);
    }
  }
}
