package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.smpp.server.SessionHarness.bind;
import static org.ss7sim.smpp.server.SessionHarness.raw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/**
 * query_sm, cancel_sm, replace_sm (SMPP 3.4 §4.8–4.10) and the SMPP 5.0 broadcast commands against
 * the server, every request written here byte by byte; the SMSC is {@link MemorySmsc} without
 * receipts (messages stay ENROUTE) using {@link MessageManagement}.
 */
class MessageManagementTest {
  private static final String SRC = "01 01" + c("447700900001");
  private static final String DST = "01 01" + c("447700900106");

  private VirtualClock clock;
  private ArrayDeque<Runnable> tasks;
  private MemorySmsc smsc;
  private SmppServer server;
  private SessionHarness h;

  @BeforeEach
  void bindTransceiver() {
    clock = new VirtualClock();
    tasks = new ArrayDeque<>();
    smsc = new MemorySmsc(100, true);
    server =
        new SmppServer(
            SmppServerConfig.defaults(
                "SS7SIM", EsmeAccount.of("esme1", "secret"), EsmeAccount.of("esme2", "secret")),
            smsc);
    h = bound("esme1", BindType.TRANSCEIVER);
  }

  private SessionHarness bound(String systemId, BindType type) {
    SessionHarness s = new SessionHarness(server, clock, tasks);
    assertThat(s.answer(bind(type, systemId, "secret")).status()).isEqualTo(CommandStatus.OK);
    return s;
  }

  private static String c(String s) {
    return HexFormat.of().formatHex(s.getBytes(StandardCharsets.ISO_8859_1)) + "00";
  }

  private static Octets pdu(int commandId, int seq, String body) {
    return raw(commandId, seq, body.replace(" ", ""));
  }

  private String submit(SessionHarness s, String text) {
    String body =
        c("")
            + SRC
            + DST
            + "00 00 00"
            + c("")
            + c("")
            + "01 00 00 00"
            + String.format("%02x", text.length())
            + HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    SubmitSmResp r = (SubmitSmResp) s.answer(pdu(0x04, 2, body));
    assertThat(r.status()).isEqualTo(CommandStatus.OK);
    return r.messageId();
  }

  private QuerySmResp query(SessionHarness s, String id, String source) {
    Pdu r = s.answer(pdu(0x03, 3, c(id) + source));
    assertThat(r.commandId()).isEqualTo(CommandId.QUERY_SM_RESP);
    return (QuerySmResp) r;
  }

  private CommandStatus cancel(String id, String dest) {
    Pdu r = h.answer(pdu(0x08, 4, c("") + c(id) + SRC + dest));
    assertThat(r.commandId()).isEqualTo(CommandId.CANCEL_SM_RESP);
    return r.status();
  }

  private CommandStatus replace(String id, String validity, String text) {
    String body =
        c(id)
            + SRC
            + c("")
            + c(validity)
            + "01 00"
            + String.format("%02x", text.length())
            + HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    Pdu r = h.answer(pdu(0x07, 5, body));
    assertThat(r.commandId()).isEqualTo(CommandId.REPLACE_SM_RESP);
    return r.status();
  }

  @Test
  void query_sm_of_a_pending_message_answers_enroute_without_final_date() {
    String id = submit(h, "hello");
    QuerySmResp q = query(h, id, SRC);
    assertThat(q.status()).isEqualTo(CommandStatus.OK);
    assertThat(q.messageId()).isEqualTo(id);
    assertThat(q.messageState()).isEqualTo(MessageState.ENROUTE.code());
    assertThat(q.finalDate()).isEmpty();
  }

  @Test
  void query_sm_of_an_unknown_id_another_source_or_another_esmes_message_is_esme_rinvmsgid() {
    String id = submit(h, "hello");
    assertThat(query(h, "ffffff", SRC).status()).isEqualTo(CommandStatus.INVALID_MESSAGE_ID);
    assertThat(query(h, id, "01 01" + c("447700900999")).status())
        .isEqualTo(CommandStatus.INVALID_MESSAGE_ID);
    SessionHarness other = bound("esme2", BindType.TRANSMITTER);
    assertThat(query(other, id, SRC).status()).isEqualTo(CommandStatus.INVALID_MESSAGE_ID);
    // the error answer keeps its body (SMPP 3.4 §4.8.2 has no "not returned" note; Cloudhopper
    // cannot read a query_sm_resp without one): the id asked about, no final date
    QuerySmResp unknown = query(h, "ffffff", SRC);
    assertThat(unknown.messageId()).isEqualTo("ffffff");
    assertThat(unknown.finalDate()).isEmpty();
  }

  @Test
  void cancel_sm_deletes_a_pending_message_and_refuses_a_final_one() {
    String id = submit(h, "hello");
    assertThat(cancel(id, "00 00 00")).isEqualTo(CommandStatus.OK);
    assertThat(smsc.state(id)).contains(MessageState.DELETED);
    QuerySmResp q = query(h, id, SRC);
    assertThat(q.messageState()).isEqualTo(MessageState.DELETED.code());
    assertThat(q.finalDate()).hasSize(16);
    assertThat(cancel(id, "00 00 00")).isEqualTo(CommandStatus.CANCEL_FAILED);
    assertThat(cancel("ffffff", "00 00 00")).isEqualTo(CommandStatus.INVALID_MESSAGE_ID);
  }

  @Test
  void cancel_sm_without_a_message_id_cancels_every_pending_message_to_that_destination() {
    String a = submit(h, "one");
    String b = submit(h, "two");
    assertThat(cancel("", DST)).isEqualTo(CommandStatus.OK);
    assertThat(smsc.state(a)).contains(MessageState.DELETED);
    assertThat(smsc.state(b)).contains(MessageState.DELETED);
    assertThat(cancel("", DST)).as("nothing left").isEqualTo(CommandStatus.CANCEL_FAILED);
  }

  @Test
  void replace_sm_replaces_the_text_of_a_pending_message() {
    String id = submit(h, "hello");
    assertThat(replace(id, "", "HELLO")).isEqualTo(CommandStatus.OK);
    assertThat(smsc.messages().get(0).submission().payload())
        .isEqualTo(Octets.wrap("HELLO".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void
      replace_sm_with_a_past_validity_is_esme_rinvexpiry_and_of_a_cancelled_message_rreplacefail() {
    String id = submit(h, "hello");
    assertThat(replace(id, "251231230000000+", "x")).isEqualTo(CommandStatus.INVALID_EXPIRY_TIME);
    cancel(id, "00 00 00");
    assertThat(replace(id, "", "x")).isEqualTo(CommandStatus.REPLACE_FAILED);
  }

  @Test
  void a_service_without_message_management_answers_the_commands_own_failure() {
    SmppServer plain =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
            s -> SubmitResult.accepted("1"));
    SessionHarness p = new SessionHarness(plain, clock, tasks);
    p.answer(bind(BindType.TRANSMITTER, "esme1", "secret"));
    assertThat(p.answer(pdu(0x03, 3, c("1") + SRC)).status()).isEqualTo(CommandStatus.QUERY_FAILED);
    assertThat(p.answer(pdu(0x08, 4, c("") + c("1") + SRC + DST)).status())
        .isEqualTo(CommandStatus.CANCEL_FAILED);
  }

  // ---- SMPP 5.0 broadcast -------------------------------------------------------------------

  private static final String BROADCAST_TLVS =
      "0606 0003 003132 0601 0003 000001 0604 0002 0003 0605 0003 080005 0424 0002 6869";

  private static String broadcastBody(String tlvs) {
    return c("") + SRC + c("") + "00" + c("") + c("") + "00 00 00" + tlvs;
  }

  @Test
  void broadcast_sm_is_answered_esme_rbcastfail_by_an_smsc_without_cell_broadcast() {
    Pdu r = h.answer(pdu(0x111, 8, broadcastBody(BROADCAST_TLVS)));
    assertThat(r.commandId()).isEqualTo(CommandId.BROADCAST_SM_RESP);
    assertThat(r.sequence()).isEqualTo(8);
    assertThat(r.status().code()).isEqualTo(0x10D);
  }

  @Test
  void broadcast_sm_without_a_mandatory_tlv_is_esme_rmissingtlv() {
    String withoutRepNum = "0606 0003 003132 0601 0003 000001 0605 0003 080005";
    Pdu r = h.answer(pdu(0x111, 9, broadcastBody(withoutRepNum)));
    assertThat(r.status().code()).isEqualTo(0xC3);
  }

  @Test
  void query_and_cancel_broadcast_sm_get_their_smpp_5_failure_codes() {
    Pdu q = h.answer(pdu(0x112, 10, c("bc1") + SRC));
    assertThat(q.commandId()).isEqualTo(CommandId.QUERY_BROADCAST_SM_RESP);
    assertThat(q.status().code()).isEqualTo(0x10E);
    Pdu x = h.answer(pdu(0x113, 11, c("") + c("bc1") + SRC));
    assertThat(x.commandId()).isEqualTo(CommandId.CANCEL_BROADCAST_SM_RESP);
    assertThat(x.status().code()).isEqualTo(0x10F);
  }

  @Test
  void broadcast_sm_from_a_receiver_is_esme_rinvbndsts() {
    SessionHarness rx = bound("esme2", BindType.RECEIVER);
    Pdu r = rx.answer(pdu(0x111, 12, broadcastBody(BROADCAST_TLVS)));
    assertThat(r.commandId()).isEqualTo(CommandId.BROADCAST_SM_RESP);
    assertThat(r.status()).isEqualTo(CommandStatus.INVALID_BIND_STATUS);
  }
}
