package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;

/**
 * The SMPP 5.0 broadcast PDUs (§4.4, §4.6): bytes written here field by field, decoded, re-encoded
 * to the same bytes, and cross-checked against jSMPP 3.0.1's own composer (which must produce the
 * identical bytes from the same fields) and decomposer (which must read ours).
 */
class BroadcastPduTest {
  /** broadcast_area_identifier, content_type, rep_num, frequency_interval, message_payload. */
  private static final String BROADCAST_TLVS =
      "0606 0003 003132"
          + "0601 0003 000001"
          + "0604 0002 0003"
          + "0605 0003 080005"
          + "0424 0005 48656c6c6f";

  private static final Octets BROADCAST_SM =
      Octets.fromHex(
          ("0000004b 00000111 00000000 00000005"
                  + "00" // service_type ""
                  + "01 01 343437373030393030303031 00" // source 1/1 "447700900001"
                  + "00" // message_id ""
                  + "01" // priority_flag
                  + "00 00" // schedule_delivery_time, validity_period
                  + "00 00 00" // replace_if_present_flag, data_coding, sm_default_msg_id
                  + BROADCAST_TLVS)
              .replace(" ", ""));

  private static final Octets BROADCAST_SM_RESP =
      Octets.fromHex(
          "00000020 80000111 00000000 00000005 62633030303031 00 0607 0004 00000000"
              .replace(" ", ""));

  private static final Octets QUERY_BROADCAST_SM =
      Octets.fromHex(
          ("0000002d 00000112 00000000 00000006"
                  + "62633030303031 00" // message_id "bc00001"
                  + "01 01 343437373030393030303031 00"
                  + "0204 0002 002a") // user_message_reference 42
              .replace(" ", ""));

  private static final Octets QUERY_BROADCAST_SM_RESP =
      Octets.fromHex(
          ("00000029 80000112 00000000 00000006"
                  + "62633030303031 00"
                  + "0427 0001 01" // message_state ENROUTE
                  + "0606 0003 003132" // broadcast_area_identifier
                  + "0608 0001 64") // broadcast_area_success 100 %
              .replace(" ", ""));

  private static final Octets CANCEL_BROADCAST_SM =
      Octets.fromHex(
          ("00000028 00000113 00000000 00000007"
                  + "00" // service_type
                  + "62633030303031 00"
                  + "01 01 343437373030393030303031 00")
              .replace(" ", ""));

  private static final Octets CANCEL_BROADCAST_SM_RESP =
      Octets.fromHex("00000010 80000113 0000010f 00000007".replace(" ", ""));

  @Test
  void broadcast_sm_decodes_to_its_fields_and_re_encodes_to_the_same_bytes() throws Exception {
    assertThat(BROADCAST_SM.get(3)).isEqualTo(BROADCAST_SM.length()); // command_length < 256
    BroadcastSm b = (BroadcastSm) PduCodec.decode(BROADCAST_SM);
    assertThat(b.sequence()).isEqualTo(5);
    assertThat(b.source()).isEqualTo(Address.international("447700900001"));
    assertThat(b.messageId()).isEmpty();
    assertThat(b.priorityFlag()).isEqualTo(1);
    assertThat(b.missingMandatoryTlv()).isNull();
    assertThat(b.tlvs().find(TlvTag.BROADCAST_REP_NUM).orElseThrow().unsigned()).isEqualTo(3);
    assertThat(b.tlvs().find(TlvTag.MESSAGE_PAYLOAD).orElseThrow().value())
        .isEqualTo(Octets.fromHex("48656c6c6f"));
    assertThat(Octets.wrap(PduCodec.encode(b))).isEqualTo(BROADCAST_SM);
  }

  @Test
  void the_other_five_round_trip() throws Exception {
    for (Octets o :
        new Octets[] {
          BROADCAST_SM_RESP,
          QUERY_BROADCAST_SM,
          QUERY_BROADCAST_SM_RESP,
          CANCEL_BROADCAST_SM,
          CANCEL_BROADCAST_SM_RESP
        }) {
      assertThat(o.get(3)).as("command_length of " + o).isEqualTo(o.length());
      assertThat(Octets.wrap(PduCodec.encode(PduCodec.decode(o)))).as(o.toHex()).isEqualTo(o);
    }
    assertThat(PduCodec.decode(BROADCAST_SM_RESP))
        .isEqualTo(
            new BroadcastSmResp(
                CommandStatus.OK,
                5,
                "bc00001",
                Tlvs.of(Tlv.of(TlvTag.BROADCAST_ERROR_STATUS, Octets.fromHex("00000000")))));
    assertThat(PduCodec.decode(QUERY_BROADCAST_SM))
        .isEqualTo(
            new QueryBroadcastSm(
                CommandStatus.OK,
                6,
                "bc00001",
                Address.international("447700900001"),
                Tlvs.of(Tlv.u16(TlvTag.USER_MESSAGE_REFERENCE, 42))));
    assertThat(PduCodec.decode(CANCEL_BROADCAST_SM))
        .isEqualTo(
            new CancelBroadcastSm(
                CommandStatus.OK,
                7,
                "",
                "bc00001",
                Address.international("447700900001"),
                Tlvs.EMPTY));
    assertThat(PduCodec.decode(CANCEL_BROADCAST_SM_RESP))
        .isEqualTo(new CancelBroadcastSmResp(CommandStatus.BROADCAST_CANCEL_FAILED, 7));
  }

  @Test
  void jsmpp_composes_the_same_bytes_from_the_same_fields() throws Exception {
    DefaultComposer jsmpp = new DefaultComposer();
    byte[] broadcast =
        jsmpp.broadcastSm(
            5,
            "",
            (byte) 1,
            (byte) 1,
            "447700900001",
            "",
            (byte) 1,
            "",
            "",
            (byte) 0,
            (byte) 0,
            (byte) 0,
            tlv(0x0606, "003132"),
            tlv(0x0601, "000001"),
            tlv(0x0604, "0003"),
            tlv(0x0605, "080005"),
            tlv(0x0424, "48656c6c6f"));
    assertThat(Octets.wrap(broadcast)).isEqualTo(BROADCAST_SM);
    assertThat(
            Octets.wrap(
                jsmpp.queryBroadcastSm(
                    6, "bc00001", (byte) 1, (byte) 1, "447700900001", tlv(0x0204, "002a"))))
        .isEqualTo(QUERY_BROADCAST_SM);
    assertThat(
            Octets.wrap(
                jsmpp.cancelBroadcastSm(7, "", "bc00001", (byte) 1, (byte) 1, "447700900001")))
        .isEqualTo(CANCEL_BROADCAST_SM);
    assertThat(
            Octets.wrap(
                jsmpp.queryBroadcastSmResp(
                    6, "bc00001", tlv(0x0427, "01"), tlv(0x0606, "003132"), tlv(0x0608, "64"))))
        .isEqualTo(QUERY_BROADCAST_SM_RESP);
  }

  @Test
  void jsmpp_reads_the_bytes_we_encode() throws Exception {
    DefaultDecomposer jsmpp = new DefaultDecomposer();
    org.jsmpp.bean.BroadcastSm b =
        jsmpp.broadcastSm(PduCodec.encode(PduCodec.decode(BROADCAST_SM)));
    assertThat(b.getSourceAddr()).isEqualTo("447700900001");
    assertThat(b.getPriorityFlag()).isEqualTo((byte) 1);
    assertThat(b.getOptionalParameters()).hasSize(5);
    org.jsmpp.bean.CancelBroadcastSm c =
        jsmpp.cancelBroadcastSm(PduCodec.encode(PduCodec.decode(CANCEL_BROADCAST_SM)));
    assertThat(c.getMessageId()).isEqualTo("bc00001");
    org.jsmpp.bean.QueryBroadcastSm q =
        jsmpp.queryBroadcastSm(PduCodec.encode(PduCodec.decode(QUERY_BROADCAST_SM)));
    assertThat(q.getSourceAddr()).isEqualTo("447700900001");
  }

  private static OptionalParameter tlv(int tag, String hex) {
    return new OptionalParameter.OctetString((short) tag, Octets.fromHex(hex).toByteArray());
  }

  static String ascii(String s) {
    return new String(s.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
  }
}
