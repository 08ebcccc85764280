package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

class FieldValuesTest {
  @Nested
  class Times {
    @Test
    void absolute_time_with_a_positive_offset_reads_and_writes_back() {
      SmppTime t = SmppTime.parse("150203040506708+");
      assertThat(t).isEqualTo(new SmppTime.Absolute(LocalDateTime.of(2015, 2, 3, 4, 5, 6), 7, 8));
      assertThat(t.text()).isEqualTo("150203040506708+");
      assertThat(t.resolve(Instant.EPOCH)).isEqualTo(Instant.parse("2015-02-03T02:05:06.700Z"));
    }

    @Test
    void absolute_time_with_a_negative_offset_is_later_in_utc() {
      SmppTime t = SmppTime.parse("260101120000004-");
      assertThat(t.resolve(Instant.EPOCH)).isEqualTo(Instant.parse("2026-01-01T13:00:00Z"));
      assertThat(t.text()).isEqualTo("260101120000004-");
    }

    @Test
    void relative_time_counts_from_now() {
      SmppTime t = SmppTime.parse("010203040506000R");
      assertThat(t).isEqualTo(new SmppTime.Relative(1, 2, 3, 4, 5, 6));
      assertThat(((SmppTime.Relative) t).duration())
          .isEqualTo(Duration.ofDays(365 + 60 + 3).plusHours(4).plusMinutes(5).plusSeconds(6));
      assertThat(t.text()).isEqualTo("010203040506000R");
    }

    @Test
    void malformed_times_are_refused() {
      for (String bad :
          new String[] {
            "15020304050670+",
            "1502030405067089",
            "151302040506708+",
            "15020304050A708+",
            "150203040506749+"
          }) {
        assertThatThrownBy(() -> SmppTime.parse(bad))
            .as(bad)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(SmppTime.parseOptional("")).isNull();
    }
  }

  @Nested
  class Bits {
    @Test
    void esm_class_separates_mode_type_and_gsm_features() {
      EsmClass e = new EsmClass(0x43);
      assertThat(e.messagingMode()).isEqualTo(EsmClass.MODE_STORE_AND_FORWARD);
      assertThat(e.udhi()).isTrue();
      assertThat(e.replyPath()).isFalse();
      assertThat(new EsmClass(0x04).isDeliveryReceipt()).isTrue();
      assertThat(new EsmClass(0x08).isDeliveryReceipt()).isFalse();
      assertThat(new EsmClass(0x80).replyPath()).isTrue();
      assertThat(EsmClass.DEFAULT.withUdhi(true).value()).isEqualTo(0x40);
    }

    @Test
    void registered_delivery_says_when_a_receipt_is_wanted() {
      assertThat(new RegisteredDelivery(1).wantsReceipt(true)).isTrue();
      assertThat(new RegisteredDelivery(1).wantsReceipt(false)).isTrue();
      assertThat(new RegisteredDelivery(2).wantsReceipt(true)).isFalse();
      assertThat(new RegisteredDelivery(2).wantsReceipt(false)).isTrue();
      assertThat(new RegisteredDelivery(3).wantsReceipt(true)).isTrue();
      assertThat(new RegisteredDelivery(0).wantsReceipt(false)).isFalse();
      assertThat(new RegisteredDelivery(0x1d).smeAck()).isEqualTo(3);
      assertThat(new RegisteredDelivery(0x10).intermediateNotification()).isTrue();
    }

    @Test
    void data_coding_knows_ucs2() {
      assertThat(DataCoding.UCS2.isUcs2()).isTrue();
      assertThat(DataCoding.LATIN1.isUcs2()).isFalse();
      assertThat(new DataCoding(0xF1).isMessageClassGroup()).isTrue();
    }

    @Test
    void command_status_keeps_unknown_codes_and_names_known_ones() {
      assertThat(CommandStatus.of(0x58)).isEqualTo(CommandStatus.THROTTLED);
      assertThat(CommandStatus.of(0x58).name()).isEqualTo("ESME_RTHROTTLED");
      assertThat(CommandStatus.of(0x400).name()).isNull();
      assertThat(CommandStatus.of(0x400).code()).isEqualTo(0x400);
    }
  }

  @Nested
  class CStrings {
    @Test
    void a_c_octet_string_of_exactly_the_maximum_is_accepted_and_one_more_is_refused()
        throws Exception {
      String max = "1".repeat(20);
      SubmitSm ok =
          SubmitSm.of(
              Address.international(max), Address.EMPTY, DataCoding.SMSC_DEFAULT, Octets.EMPTY);
      assertThat(((SubmitSm) PduCodec.decode(Octets.wrap(PduCodec.encode(ok)))).source().address())
          .isEqualTo(max);
      SubmitSm tooLong =
          SubmitSm.of(
              Address.international(max + "1"),
              Address.EMPTY,
              DataCoding.SMSC_DEFAULT,
              Octets.EMPTY);
      assertThatThrownBy(() -> PduCodec.encode(tooLong))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unterminated_string_at_the_end_of_the_body_is_refused_with_its_field() {
      Octets bindNoNul = Octets.fromHex("00000015000000090000000000000001" + "4142434445");
      assertThatThrownBy(() -> PduCodec.decode(bindNoNul))
          .isInstanceOfSatisfying(
              MalformedMessageException.class,
              e -> assertThat(Field.statusFor(e)).isEqualTo(CommandStatus.INVALID_SYSTEM_ID));
    }
  }

  @Nested
  class Receipts {
    private final Instant submit = Instant.parse("2026-01-01T10:00:00Z");
    private final DeliveryReceipt receipt =
        new DeliveryReceipt(
            "1a2b",
            1,
            0,
            submit,
            submit.plusSeconds(120),
            MessageState.UNDELIVERABLE,
            27,
            "A text longer than twenty characters");

    @Test
    void the_text_form_is_the_customary_one() {
      assertThat(receipt.toText())
          .isEqualTo(
              "id:1a2b sub:001 dlvrd:000 submit date:2601011000 done date:2601011002"
                  + " stat:UNDELIV err:027 text:A text longer than t");
    }

    @Test
    void the_deliver_sm_carries_receipt_tlvs_and_reads_back() {
      DeliverSm d =
          receipt.toDeliverSm(
              Address.international("0015550199"), Address.international("0015550100"));
      assertThat(d.esmClass().isDeliveryReceipt()).isTrue();
      assertThat(d.tlvs().find(TlvTag.RECEIPTED_MESSAGE_ID).orElseThrow().value())
          .isEqualTo(Octets.fromHex("3161326200"));
      assertThat(d.tlvs().find(TlvTag.MESSAGE_STATE).orElseThrow().unsigned()).isEqualTo(5);
      assertThat(d.tlvs().find(TlvTag.NETWORK_ERROR_CODE).orElseThrow().value())
          .isEqualTo(Octets.fromHex("03001b"));
      DeliveryReceipt back = DeliveryReceipt.from(d);
      assertThat(back.messageId()).isEqualTo("1a2b");
      assertThat(back.state()).isEqualTo(MessageState.UNDELIVERABLE);
      assertThat(back.error()).isEqualTo(27);
      assertThat(back.doneDate()).isEqualTo(submit.plusSeconds(120));
    }

    @Test
    void receipts_from_other_smscs_parse() {
      DeliveryReceipt r =
          DeliveryReceipt.parse(
              "id:94251430923 sub:001 dlvrd:001 submit date:0911040124 done date:"
                  + "0911040124 stat:ACCEPTD err:107 text: 26F102");
      assertThat(r.messageId()).isEqualTo("94251430923");
      assertThat(r.state()).isEqualTo(MessageState.ACCEPTED);
      assertThat(r.error()).isEqualTo(107);
      assertThat(DeliveryReceipt.parse("not a receipt")).isNull();
    }

    @Test
    void receipt_text_with_an_overflowing_count_or_impossible_date_is_not_a_receipt() {
      String form =
          "id:1a2b sub:%s dlvrd:001 submit date:%s done date:0911040124 stat:DELIVRD err:000";
      assertThat(DeliveryReceipt.parse(String.format(form, "001", "0911040124"))).isNotNull();
      assertThat(DeliveryReceipt.parse(String.format(form, "99999999999", "0911040124"))).isNull();
      assertThat(DeliveryReceipt.parse(String.format(form, "001", "0913400124"))).isNull();
    }

    @Test
    void a_non_decimal_err_field_reads_as_zero() {
      DeliveryReceipt r =
          DeliveryReceipt.parse(
              "id:7 sub:001 dlvrd:000 submit date:0911040124 done date:0911040124 stat:UNDELIV"
                  + " err:0x1B");
      assertThat(r.error()).isZero();
      assertThat(r.state()).isEqualTo(MessageState.UNDELIVERABLE);
    }
  }
}
