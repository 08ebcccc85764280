package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.sms.SmsTpdu.SmsCommand;
import org.ss7sim.map.sms.SmsTpdu.SmsDeliver;
import org.ss7sim.map.sms.SmsTpdu.SmsDeliverReport;
import org.ss7sim.map.sms.SmsTpdu.SmsStatusReport;
import org.ss7sim.map.sms.SmsTpdu.SmsSubmit;
import org.ss7sim.map.sms.SmsTpdu.SmsSubmitReport;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Golden vectors from testdata/vectors/sms_tpdu.tsv (jss7 smstpdu tests), decode → assert →
 * re-encode.
 */
class SmsTpduCodecTest {
  private static Octets vector(String name) {
    return GoldenVectors.named("sms_tpdu.tsv", name).bytes();
  }

  private static SmsTpdu roundTrip(String name, SmsDirection dir) throws MalformedMessageException {
    Octets bytes = vector(name);
    SmsTpdu t = SmsTpduCodec.decode(bytes, dir);
    assertThat(SmsTpduCodec.encode(t)).as("re-encoding of " + name).isEqualTo(bytes);
    return t;
  }

  @Nested
  class SmsDeliverTpdu {
    @Test
    void jss7_deliver_with_concatenation_header_decodes_every_field() throws Exception {
      SmsDeliver d =
          (SmsDeliver) roundTrip("jss7-SmsDeliverTpduTest-getData1", SmsDirection.TO_MOBILE);
      assertThat(d.moreMessagesToSend()).isFalse();
      assertThat(d.loopPrevention()).isFalse();
      assertThat(d.replyPath()).isTrue();
      assertThat(d.userDataHeaderIndicator()).isTrue();
      assertThat(d.statusReportIndication()).isTrue();
      assertThat(d.originatingAddress()).isEqualTo(TpAddress.international("1234567890"));
      assertThat(d.protocolIdentifier()).isZero();
      assertThat(d.dataCodingScheme().code()).isZero();
      assertThat(d.serviceCentreTimeStamp()).isEqualTo(new SmsTimestamp(7, 5, 15, 15, 1, 11, 12));
      assertThat(d.userData().length()).isEqualTo(23);
      assertThat(d.userData().text(d.dataCodingScheme(), true)).isEqualTo("Hello, world !!!");
      assertThat(d.userData().header(true).orElseThrow().concatenation())
          .contains(new UserDataHeader.Concatenation(0xeb, false, 2, 1));
    }

    @Test
    void building_the_same_deliver_from_text_gives_the_vector_bytes() {
      UserData ud =
          UserData.of(
              "Hello, world !!!",
              DataCodingScheme.Alphabet.GSM7,
              UserDataHeader.of(new UserDataHeader.Concatenation(0xeb, false, 2, 1)));
      SmsDeliver d =
          new SmsDeliver(
              false,
              false,
              true,
              true,
              true,
              TpAddress.international("1234567890"),
              0,
              DataCodingScheme.GSM7,
              new SmsTimestamp(7, 5, 15, 15, 1, 11, 12),
              ud);
      assertThat(SmsTpduCodec.encode(d)).isEqualTo(vector("jss7-SmsDeliverTpduTest-getData1"));
    }
  }

  @Nested
  class SmsSubmitTpdu {
    @Test
    void relative_validity_and_concatenated_seven_bit_text() throws Exception {
      SmsSubmit s =
          (SmsSubmit) roundTrip("jss7-SmsSubmitTpduTest-getData1", SmsDirection.FROM_MOBILE);
      assertThat(s.rejectDuplicates()).isFalse();
      assertThat(s.replyPath()).isFalse();
      assertThat(s.userDataHeaderIndicator()).isTrue();
      assertThat(s.statusReportRequest()).isFalse();
      assertThat(s.messageReference()).isEqualTo(83);
      assertThat(s.destinationAddress()).isEqualTo(TpAddress.international("99988877700"));
      assertThat(s.validityPeriod()).isEqualTo(new ValidityPeriod.Relative(173));
      assertThat(s.userData().length()).isEqualTo(41);
      assertThat(s.userData().header(true).orElseThrow().concatenation().orElseThrow().reference())
          .isEqualTo(0xef);
    }

    @Test
    void absolute_validity_and_ucs2_text() throws Exception {
      SmsSubmit s =
          (SmsSubmit) roundTrip("jss7-SmsSubmitTpduTest-getData2", SmsDirection.FROM_MOBILE);
      assertThat(s.rejectDuplicates()).isTrue();
      assertThat(s.replyPath()).isTrue();
      assertThat(s.userDataHeaderIndicator()).isFalse();
      assertThat(s.messageReference()).isEqualTo(225);
      assertThat(s.destinationAddress().value()).isEqualTo("111111111222000");
      assertThat(s.protocolIdentifier()).isEqualTo(1);
      assertThat(s.dataCodingScheme().alphabet()).isEqualTo(DataCodingScheme.Alphabet.UCS2);
      ValidityPeriod.Absolute vp = (ValidityPeriod.Absolute) s.validityPeriod();
      assertThat(vp.time().year()).isEqualTo(11);
      assertThat(vp.time().month()).isEqualTo(1);
      assertThat(vp.time().day()).isEqualTo(30);
      assertThat(vp.time().hour()).isEqualTo(2);
      assertThat(s.userData().text(s.dataCodingScheme(), false))
          .startsWith("AddressFieldImpl destAddress");
    }

    @Test
    void enhanced_validity_and_eight_bit_data() throws Exception {
      SmsSubmit s =
          (SmsSubmit) roundTrip("jss7-SmsSubmitTpduTest-getData3", SmsDirection.FROM_MOBILE);
      assertThat(s.statusReportRequest()).isTrue();
      assertThat(s.destinationAddress().typeOfNumber()).isEqualTo(TypeOfNumber.ABBREVIATED);
      assertThat(s.destinationAddress().value()).isEqualTo("000");
      assertThat(s.validityPeriod())
          .isEqualTo(new ValidityPeriod.Enhanced(vector("jss7-SmsSubmitTpduTest-getData3B")));
      assertThat(s.dataCodingScheme().alphabet()).isEqualTo(DataCodingScheme.Alphabet.EIGHT_BIT);
      assertThat(s.userData().text(s.dataCodingScheme(), false))
          .isEqualTo("AddressFieldImpl destAddress = new AddressFieldImpl");
    }
  }

  @Nested
  class SmsStatusReportTpdu {
    @Test
    void minimal_status_report() throws Exception {
      SmsStatusReport r =
          (SmsStatusReport)
              roundTrip("jss7-SmsStatusReportTpduTest-getData1", SmsDirection.TO_MOBILE);
      assertThat(r.userDataHeaderIndicator()).isFalse();
      assertThat(r.moreMessagesToSend()).isFalse();
      assertThat(r.statusReportQualifier()).isFalse();
      assertThat(r.messageReference()).isEqualTo(26);
      assertThat(r.recipientAddress()).isEqualTo(TpAddress.international("1122334455667"));
      assertThat(r.serviceCentreTimeStamp()).isEqualTo(new SmsTimestamp(9, 3, 24, 16, 14, 32, 12));
      assertThat(r.status()).isZero();
      assertThat(r.protocolIdentifier()).isNull();
    }

    @Test
    void full_status_report_with_parameter_indicator_and_negative_time_zone() throws Exception {
      SmsStatusReport r =
          (SmsStatusReport)
              roundTrip("jss7-SmsStatusReportTpduTest-getDataFull", SmsDirection.TO_MOBILE);
      assertThat(r.statusReportQualifier()).isTrue();
      assertThat(r.messageReference()).isEqualTo(255);
      assertThat(r.dischargeTime().timeZoneQuarters()).isEqualTo(-44);
      assertThat(r.status()).isEqualTo(0x0a);
      assertThat(r.protocolIdentifier()).isZero();
      assertThat(r.dataCodingScheme()).isEqualTo(DataCodingScheme.GSM7);
      assertThat(r.userData().length()).isEqualTo(4);
    }
  }

  @Nested
  class SmsCommandTpdu {
    @Test
    void command_fields() throws Exception {
      SmsCommand c =
          (SmsCommand) roundTrip("jss7-SmsCommandTpduTest-getData1", SmsDirection.FROM_MOBILE);
      assertThat(c.statusReportRequest()).isFalse();
      assertThat(c.messageReference()).isEqualTo(11);
      assertThat(c.protocolIdentifier()).isEqualTo(33);
      assertThat(c.commandType()).isEqualTo(44);
      assertThat(c.messageNumber()).isEqualTo(12);
      assertThat(c.destinationAddress()).isEqualTo(TpAddress.international("1122334455667"));
      assertThat(c.commandData()).isEqualTo(Octets.fromHex("7365742041"));
    }
  }

  @Nested
  class Reports {
    @Test
    void deliver_report_for_rp_error_carries_failure_cause_and_text() throws Exception {
      SmsDeliverReport r =
          (SmsDeliverReport)
              roundTrip("jss7-SmsDeliverReportTpduTest-getData1", SmsDirection.FROM_MOBILE);
      assertThat(r.failureCause()).isEqualTo(200);
      assertThat(r.protocolIdentifier()).isNull();
      assertThat(r.dataCodingScheme().code()).isZero();
      assertThat(r.userData().text(r.dataCodingScheme(), false)).isEqualTo("Hello !!!!");
    }

    @Test
    void deliver_report_for_rp_ack_has_no_failure_cause() throws Exception {
      SmsDeliverReport r =
          (SmsDeliverReport)
              roundTrip("jss7-SmsDeliverReportTpduTest-getData2", SmsDirection.FROM_MOBILE);
      assertThat(r.failureCause()).isNull();
      assertThat(r.protocolIdentifier()).isEqualTo(0x2c);
      assertThat(r.userData()).isNull();
    }

    @Test
    void submit_report_with_failure_cause() throws Exception {
      SmsSubmitReport r =
          (SmsSubmitReport)
              roundTrip("jss7-SmsSubmitReportTpduTest-getData1", SmsDirection.TO_MOBILE);
      assertThat(r.failureCause()).isEqualTo(200);
      assertThat(r.serviceCentreTimeStamp()).isEqualTo(new SmsTimestamp(7, 5, 15, 15, 1, 11, 12));
      assertThat(r.userData().text(r.dataCodingScheme(), false)).isEqualTo("Hello !!!!");
    }

    @Test
    void submit_report_for_rp_ack() throws Exception {
      SmsSubmitReport r =
          (SmsSubmitReport)
              roundTrip("jss7-SmsSubmitReportTpduTest-getData2", SmsDirection.TO_MOBILE);
      assertThat(r.failureCause()).isNull();
      assertThat(r.protocolIdentifier()).isEqualTo(0x2c);
    }
  }

  @Nested
  class MalformedInput {
    @Test
    void reserved_message_type_is_rejected() {
      assertThatThrownBy(() -> SmsTpduCodec.decode(Octets.fromHex("03"), SmsDirection.TO_MOBILE))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("TP-MTI");
    }

    @Test
    void user_data_length_beyond_the_bytes_is_rejected() {
      // the jss7 DELIVER with its last octet cut off
      Octets full = vector("jss7-SmsDeliverTpduTest-getData1");
      assertThatThrownBy(
              () -> SmsTpduCodec.decode(full.slice(0, full.length() - 1), SmsDirection.TO_MOBILE))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("TP-UDL");
    }

    @Test
    void address_longer_than_twenty_digits_is_rejected() {
      assertThatThrownBy(
              () -> SmsTpduCodec.decode(Octets.fromHex("04169100"), SmsDirection.TO_MOBILE))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("address length");
    }

    @Test
    void every_truncation_of_every_tpdu_vector_is_rejected_without_other_exceptions() {
      for (var v :
          GoldenVectors.tsv("sms_tpdu.tsv", n -> n.startsWith("jss7-Sms") && n.endsWith("1"))) {
        for (SmsDirection dir : SmsDirection.values()) {
          for (int n = 0; n < v.bytes().length(); n++) {
            Octets cut = v.bytes().slice(0, n);
            try {
              SmsTpduCodec.decode(cut, dir);
            } catch (MalformedMessageException expected) {
              // fine: the one exception a decoder may throw
            }
          }
        }
      }
    }
  }
}
