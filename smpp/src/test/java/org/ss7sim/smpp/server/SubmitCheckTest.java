package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.smpp.server.SessionHarness.bind;
import static org.ss7sim.smpp.server.SessionHarness.raw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.SubmitMultiResp;
import org.ss7sim.smpp.pdu.UnsuccessfulDelivery;
import org.ss7sim.testkit.VirtualClock;

/**
 * Bad submissions refused at the door (SMPP 3.4 §5.1.3), each from PDU bytes written here field by
 * field (§4.4.1 submit_sm, §4.7.1 data_sm, §4.5.1 submit_multi), never through our encoder. Each
 * test also checks that the refused message never reached the SMSC.
 */
class SubmitCheckTest {
  private static final int SUBMIT_SM = 0x04;
  private static final int DATA_SM = 0x103;
  private static final int SUBMIT_MULTI = 0x21;

  private MemorySmsc smsc;
  private SessionHarness h;

  @BeforeEach
  void bindTransmitter() {
    VirtualClock clock = new VirtualClock(); // 2026-01-01T00:00:00Z
    smsc = new MemorySmsc(100, true);
    SmppServer server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")), smsc);
    h = new SessionHarness(server, clock, new ArrayDeque<>());
    assertThat(h.answer(bind(BindType.TRANSMITTER, "esme1", "secret")).status())
        .isEqualTo(CommandStatus.OK);
  }

  /** A C-Octet String (§3.1): the ASCII octets, then NULL. */
  private static String c(String s) {
    return HexFormat.of().formatHex(s.getBytes(StandardCharsets.ISO_8859_1)) + "00";
  }

  /** submit_sm fields in §4.4.1 order; every one given as hex by the test. */
  private static final class Sm {
    String serviceType = c("");
    String source = "01 01" + c("447700900001");
    String destination = "01 01" + c("447700900106");
    String esmClass = "00";
    String protocolId = "00";
    String priority = "00";
    String schedule = c("");
    String validity = c("");
    String registeredDelivery = "01";
    String replace = "00";
    String dataCoding = "00";
    String defaultMsgId = "00";
    String shortMessage = "05 48656c6c6f"; // sm_length 5, "Hello"
    String tlvs = "";

    String hex() {
      return (serviceType
              + source
              + destination
              + esmClass
              + protocolId
              + priority
              + schedule
              + validity
              + registeredDelivery
              + replace
              + dataCoding
              + defaultMsgId
              + shortMessage
              + tlvs)
          .replace(" ", "");
    }
  }

  private CommandStatus submit(Sm sm) {
    Pdu resp = h.answer(raw(SUBMIT_SM, 7, sm.hex()));
    assertThat(resp.commandId()).isEqualTo(CommandId.SUBMIT_SM_RESP);
    assertThat(resp.sequence()).isEqualTo(7);
    return resp.status();
  }

  private void refused(Sm sm, CommandStatus expected) {
    assertThat(submit(sm)).isEqualTo(expected);
    assertThat(smsc.size()).as("nothing stored").isZero();
    assertThat(h.server.counters().refusedAtDoor()).isEqualTo(1);
  }

  @Test
  void a_well_formed_submit_is_accepted_as_it_came() {
    assertThat(submit(new Sm())).isEqualTo(CommandStatus.OK);
    assertThat(smsc.messages().get(0).submission().destination())
        .isEqualTo(Address.international("447700900106"));
  }

  // ---- addresses ----------------------------------------------------------------------------

  @Test
  void an_empty_destination_is_esme_rinvdstadr() {
    Sm sm = new Sm();
    sm.destination = "01 01" + c("");
    refused(sm, CommandStatus.INVALID_DEST_ADDRESS);
  }

  @Test
  void a_letter_inside_an_international_destination_is_esme_rinvdstadr() {
    Sm sm = new Sm();
    sm.destination = "01 01" + c("44q700900112");
    refused(sm, CommandStatus.INVALID_DEST_ADDRESS);
  }

  @Test
  void a_letter_inside_a_national_destination_is_esme_rinvdstadr() {
    Sm sm = new Sm();
    sm.destination = "02 08" + c("07700 900112");
    refused(sm, CommandStatus.INVALID_DEST_ADDRESS);
  }

  @Test
  void an_international_number_of_16_digits_is_esme_rinvdstadr() {
    Sm sm = new Sm();
    sm.destination = "01 01" + c("4477009001061234");
    refused(sm, CommandStatus.INVALID_DEST_ADDRESS);
  }

  @Test
  void a_leading_plus_is_stripped_and_the_number_becomes_international() {
    Sm sm = new Sm();
    sm.destination = "00 00" + c("+447700900106"); // TON unknown, NPI unknown
    assertThat(submit(sm)).isEqualTo(CommandStatus.OK);
    assertThat(smsc.messages().get(0).submission().destination())
        .isEqualTo(new Address(1, 1, "447700900106"));
  }

  @Test
  void a_plus_followed_by_a_letter_is_still_refused() {
    Sm sm = new Sm();
    sm.destination = "01 01" + c("+44q700900112");
    refused(sm, CommandStatus.INVALID_DEST_ADDRESS);
  }

  @Test
  void an_alphanumeric_destination_is_esme_rinvdstton() {
    Sm sm = new Sm();
    sm.destination = "05 00" + c("INFO");
    refused(sm, CommandStatus.INVALID_DEST_TON);
  }

  @Test
  void a_reserved_destination_ton_is_esme_rinvdstton_and_npi_esme_rinvdstnpi() {
    Sm sm = new Sm();
    sm.destination = "07 01" + c("447700900106");
    refused(sm, CommandStatus.INVALID_DEST_TON);
    Sm npi = new Sm();
    npi.destination = "01 02" + c("447700900106");
    assertThat(submit(npi)).isEqualTo(CommandStatus.INVALID_DEST_NPI);
  }

  @Test
  void an_alphanumeric_source_is_fine_up_to_eleven_characters() {
    Sm sm = new Sm();
    sm.source = "05 00" + c("MyBank");
    assertThat(submit(sm)).isEqualTo(CommandStatus.OK);
    Sm longer = new Sm();
    longer.source = "05 00" + c("MyBankAlerts");
    assertThat(submit(longer)).isEqualTo(CommandStatus.INVALID_SOURCE_ADDRESS);
  }

  @Test
  void a_letter_in_a_numeric_source_is_esme_rinvsrcadr() {
    Sm sm = new Sm();
    sm.source = "01 01" + c("4477x0900001");
    refused(sm, CommandStatus.INVALID_SOURCE_ADDRESS);
  }

  @Test
  void an_empty_source_is_allowed() {
    Sm sm = new Sm();
    sm.source = "00 00" + c("");
    assertThat(submit(sm)).isEqualTo(CommandStatus.OK);
  }

  @Test
  void an_internet_plan_destination_is_not_held_to_digits() {
    Sm sm = new Sm();
    sm.destination = "00 0e" + c("user@example.org");
    assertThat(submit(sm)).isEqualTo(CommandStatus.OK);
  }

  // ---- message fields -----------------------------------------------------------------------

  @Test
  void a_delivery_receipt_esm_class_from_an_esme_is_esme_rinvesmclass() {
    Sm sm = new Sm();
    sm.esmClass = "04"; // xx0001xx: SMSC delivery receipt, SMSC -> ESME only
    refused(sm, CommandStatus.INVALID_ESM_CLASS);
  }

  @Test
  void a_reserved_esm_class_type_is_esme_rinvesmclass_but_udhi_and_store_and_forward_pass() {
    Sm sm = new Sm();
    sm.esmClass = "3c"; // type 1111: reserved
    refused(sm, CommandStatus.INVALID_ESM_CLASS);
    Sm ok = new Sm();
    ok.esmClass = "43"; // UDHI + store and forward
    ok.shortMessage = "0b 050003aa0201 48656c6c6f";
    assertThat(submit(ok)).isEqualTo(CommandStatus.OK);
  }

  @Test
  void a_udh_longer_than_the_message_is_esme_rinvmsglen() {
    Sm sm = new Sm();
    sm.esmClass = "40";
    sm.shortMessage = "03 050003"; // UDHL 5, only 2 octets follow
    refused(sm, CommandStatus.INVALID_MESSAGE_LENGTH);
  }

  @Test
  void a_reserved_priority_flag_is_esme_rinvprtflg() {
    Sm sm = new Sm();
    sm.priority = "04";
    refused(sm, CommandStatus.INVALID_PRIORITY_FLAG);
  }

  @Test
  void registered_delivery_with_a_reserved_bit_is_esme_rinvregdlvflg() {
    Sm sm = new Sm();
    sm.registeredDelivery = "21";
    refused(sm, CommandStatus.INVALID_REGISTERED_DELIVERY);
    assertThat(CommandStatus.INVALID_REGISTERED_DELIVERY.code()).isEqualTo(0x07);
  }

  @Test
  void a_replace_if_present_flag_of_2_is_esme_rinvrepflag() {
    Sm sm = new Sm();
    sm.replace = "02";
    refused(sm, CommandStatus.INVALID_REPLACE_FLAG);
  }

  @Test
  void a_reserved_data_coding_is_esme_rinvdcs_of_smpp_5() {
    Sm sm = new Sm();
    sm.dataCoding = "0b";
    refused(sm, CommandStatus.INVALID_DATA_CODING);
    assertThat(CommandStatus.INVALID_DATA_CODING.code()).isEqualTo(0x104);
    Sm flash = new Sm();
    flash.dataCoding = "f0"; // GSM message class 0
    assertThat(submit(flash)).isEqualTo(CommandStatus.OK);
  }

  @Test
  void ucs2_text_of_odd_length_is_esme_rinvmsglen() {
    Sm sm = new Sm();
    sm.dataCoding = "08";
    sm.shortMessage = "03 004100";
    refused(sm, CommandStatus.INVALID_MESSAGE_LENGTH);
  }

  @Test
  void a_canned_message_id_is_esme_rinvdftmsgid() {
    Sm sm = new Sm();
    sm.defaultMsgId = "03";
    refused(sm, CommandStatus.INVALID_DEFAULT_MESSAGE_ID);
  }

  @Test
  void short_message_and_message_payload_together_are_esme_rinvmsglen() {
    Sm sm = new Sm();
    sm.tlvs = "0424 0003 616263"; // message_payload "abc"
    refused(sm, CommandStatus.INVALID_MESSAGE_LENGTH);
    Sm only = new Sm();
    only.shortMessage = "00";
    only.tlvs = "0424 0003 616263";
    assertThat(submit(only)).isEqualTo(CommandStatus.OK);
  }

  // ---- times --------------------------------------------------------------------------------

  @Test
  void an_unparsable_schedule_time_is_esme_rinvsched() {
    Sm sm = new Sm();
    sm.schedule = c("2601011200000X0+"); // tenths must be a digit
    refused(sm, CommandStatus.INVALID_SCHEDULE_TIME);
  }

  @Test
  void an_unparsable_validity_is_esme_rinvexpiry() {
    Sm sm = new Sm();
    sm.validity = c("261301120000000+"); // month 13
    refused(sm, CommandStatus.INVALID_EXPIRY_TIME);
  }

  @Test
  void a_validity_period_that_has_already_passed_is_esme_rinvexpiry() {
    Sm sm = new Sm();
    sm.validity = c("251231230000000+"); // an hour before the clock's 2026-01-01T00:00Z
    refused(sm, CommandStatus.INVALID_EXPIRY_TIME);
    Sm future = new Sm();
    future.validity = c("260101010000000+");
    assertThat(submit(future)).isEqualTo(CommandStatus.OK);
    Sm relative = new Sm();
    relative.validity = c("000001000000000R"); // one day from now
    assertThat(submit(relative)).isEqualTo(CommandStatus.OK);
  }

  // ---- data_sm and submit_multi -------------------------------------------------------------

  @Test
  void data_sm_to_a_destination_with_a_letter_is_esme_rinvdstadr_in_data_sm_resp() {
    String body =
        (c("")
                + "01 01"
                + c("447700900001")
                + "01 01"
                + c("44q700900112")
                + "00" // esm_class
                + "01" // registered_delivery
                + "00" // data_coding
                + "0424 0002 6869")
            .replace(" ", "");
    Pdu resp = h.answer(raw(DATA_SM, 9, body));
    assertThat(resp.commandId()).isEqualTo(CommandId.DATA_SM_RESP);
    assertThat(resp.status()).isEqualTo(CommandStatus.INVALID_DEST_ADDRESS);
    assertThat(smsc.size()).isZero();
  }

  @Test
  void submit_multi_lists_each_bad_destination_with_its_own_status_and_delivers_the_rest() {
    String body =
        (c("")
                + "01 01"
                + c("447700900001")
                + "03" // number_of_dests
                + "01 01 01"
                + c("447700900106") // SME, good
                + "01 01 01"
                + c("44q700900112") // SME, letter
                + "01 05 00"
                + c("INFO") // SME, alphanumeric
                + "00 00 00" // esm_class, protocol_id, priority_flag
                + c("")
                + c("")
                + "01 00 00 00" // registered_delivery, replace, data_coding, default id
                + "02 6869")
            .replace(" ", "");
    Pdu resp = h.answer(raw(SUBMIT_MULTI, 11, body));
    assertThat(resp.status()).isEqualTo(CommandStatus.OK);
    assertThat(((SubmitMultiResp) resp).unsuccessful())
        .containsExactly(
            new UnsuccessfulDelivery(
                Address.international("44q700900112"), CommandStatus.INVALID_DEST_ADDRESS),
            new UnsuccessfulDelivery(new Address(5, 0, "INFO"), CommandStatus.INVALID_DEST_TON));
    assertThat(smsc.size()).isEqualTo(1);
  }

  @Test
  void submit_multi_whose_only_destination_is_bad_answers_with_that_destinations_status() {
    String body =
        (c("")
                + "01 01"
                + c("447700900001")
                + "01"
                + "01 01 01"
                + c("")
                + "00 00 00"
                + c("")
                + c("")
                + "01 00 00 00"
                + "02 6869")
            .replace(" ", "");
    Pdu resp = h.answer(raw(SUBMIT_MULTI, 12, body));
    assertThat(resp.status()).isEqualTo(CommandStatus.INVALID_DEST_ADDRESS);
    assertThat(smsc.size()).isZero();
  }
}
