package org.ss7sim.simulator.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.Octets;

/** {@code ss7sim decode}'s layers against real captures and third-party vectors. */
class CaptureDecoderTest {
  @Test
  void a_real_sri_for_sm_is_decoded_down_to_the_tcap_component() throws Exception {
    List<DecodedMessage> out = CaptureDecoder.decode(TestData.capture("pcapr-sri-sm.pcap"));
    JsonNode j = out.get(0).json();
    assertThat(j.at("/m3ua/type").asText()).isEqualTo("DATA");
    assertThat(j.at("/m3ua/class").asText()).isEqualTo("TRANSFER");
    assertThat(j.at("/m3ua/rc").asLong()).isEqualTo(3);
    assertThat(j.at("/mtp3/si").asInt()).isEqualTo(3);
    assertThat(j.at("/sccp/type").asText()).isEqualTo("UDT");
    assertThat(j.at("/sccp/called/ssn").asInt()).isEqualTo(6);
    assertThat(j.at("/sccp/called/gt").asText()).isEqualTo("8618903100031");
    assertThat(j.at("/sccp/calling/ssn").asInt()).isEqualTo(8);
    assertThat(j.at("/tcap/type").asText()).isEqualTo("BEGIN");
    assertThat(j.at("/tcap/otid").asText()).isEqualTo("036c3101");
    assertThat(j.at("/tcap/acn").asText())
        .isEqualTo("0.4.0.0.1.0.20.2"); // shortMsgGatewayContext-v2
    assertThat(j.at("/tcap/components/0/type").asText()).isEqualTo("invoke");
    assertThat(j.at("/tcap/components/0/opCode").asInt()).isEqualTo(45); // sendRoutingInfoForSM
    assertThat(out.get(0).text()).contains("TCAP BEGIN otid=036c3101", "invoke(1, op 45)");
  }

  @Test
  void the_map_layer_names_the_operation_and_its_addresses() throws Exception {
    JsonNode sri =
        CaptureDecoder.decode(TestData.capture("pcapr-sri-sm.pcap")).get(0).json().get("map");
    assertThat(sri.get("operation").asText()).isEqualTo("sendRoutingInfoForSm");
    assertThat(sri.get("msisdn").asText()).isEqualTo("8618903100031");
    assertThat(sri.get("serviceCentreAddress").asText()).isEqualTo("8613700006");
    JsonNode ul = CaptureDecoder.decode(TestData.capture("pcapr-lu.pcap")).get(0).json();
    assertThat(ul.at("/map/operation").asText()).isEqualTo("updateLocation");
    assertThat(ul.at("/map/imsi").asText()).isEqualTo("001011356567851");
  }

  @Test
  void segmented_xudts_over_m2pa_are_reassembled_and_the_sms_text_shown() throws Exception {
    List<DecodedMessage> out = CaptureDecoder.decode(TestData.capture("pcapr-dump-m2pa-sms.pcap"));
    List<JsonNode> forwardSm =
        out.stream()
            .<JsonNode>map(DecodedMessage::json)
            .filter(j -> j.at("/map/operation").asText().equals("forwardSm"))
            .toList();
    assertThat(forwardSm).hasSize(3); // the three MT SMS of the capture (tshark agrees)
    JsonNode first = forwardSm.get(0);
    assertThat(first.at("/m2pa/type").asText()).isEqualTo("USER_DATA");
    assertThat(first.at("/sccp/type").asText()).isEqualTo("XUDT");
    assertThat(first.at("/sccp/reassembled").asInt()).isEqualTo(239);
    assertThat(first.at("/map/smRpDa").asText()).isEqualTo("imsi:228012120109856");
    assertThat(first.at("/map/smRpOa").asText()).isEqualTo("sc:41799797800");
    assertThat(first.at("/map/text").asText()).startsWith("1234567890");
  }

  @Test
  void continue_and_end_carry_both_transaction_ids_as_lowercase_hex() throws Exception {
    List<DecodedMessage> out = CaptureDecoder.decode(TestData.capture("pcapr-lu.pcap"));
    JsonNode cont = out.get(1).json();
    assertThat(cont.at("/tcap/type").asText()).isEqualTo("CONTINUE");
    assertThat(cont.at("/tcap/otid").asText()).isEqualTo("1100000d");
    assertThat(cont.at("/tcap/dtid").asText()).isEqualTo("2c5b001c");
    assertThat(out.get(3).json().at("/tcap/type").asText()).isEqualTo("END");
    assertThat(out.get(3).json().at("/tcap/components/0/type").asText())
        .isEqualTo("returnResultLast");
  }

  @Test
  void smpp_pdus_in_tcp_segments_are_decoded() throws Exception {
    List<DecodedMessage> out =
        CaptureDecoder.decode(TestData.capture("smpp-bind-submit-unbind.pcap")).stream()
            .filter(DecodedMessage::isMessage)
            .toList();
    assertThat(out.stream().map(m -> m.json().at("/smpp/command").asText()).toList())
        .containsExactly(
            "bind_transmitter",
            "bind_transmitter_resp",
            "enquire_link",
            "enquire_link_resp",
            "submit_sm",
            "submit_sm_resp",
            "unbind",
            "unbind_resp");
    assertThat(out.get(4).json().at("/smpp/sequence").asInt()).isEqualTo(3);
  }

  @Test
  void an_isup_iam_inside_m3ua_shows_cic_and_numbers(@TempDir Path dir) throws Exception {
    Octets iam = GoldenVectors.named("isup.tsv", "jss7-IAMTest-testThree_Trace").bytes();
    int pd = 4 + 12 + iam.length();
    int pad = (4 - pd % 4) % 4;
    Octets m3ua =
        Bytes.build()
            .u8(1)
            .u8(0)
            .u8(1)
            .u8(1)
            .u32(8 + pd + pad)
            .u16(0x0210)
            .u16(pd)
            .u32(1)
            .u32(2)
            .u8(5)
            .u8(2)
            .u8(0)
            .u8(0)
            .octets(iam)
            .zeros(pad)
            .octets();
    Path hex = Files.writeString(dir.resolve("iam.hex"), "# IAM from jss7\n" + m3ua.toHex() + "\n");
    JsonNode j = CaptureDecoder.decode(hex).get(0).json();
    assertThat(j.at("/mtp3/si").asInt()).isEqualTo(5);
    assertThat(j.at("/isup/type").asText()).isEqualTo("IAM");
    assertThat(j.at("/isup/cic").asInt()).isEqualTo(0x0073); // CIC octets 73 00, LSB first
    assertThat(j.at("/isup/called").asText()).isNotEmpty();
    assertThat(j.at("/isup/calling").asText()).isNotEmpty();
  }

  @Test
  void a_malformed_layer_is_reported_with_its_reason_and_decoding_stops() throws Exception {
    List<DecodedMessage> out =
        CaptureDecoder.decode(TestData.capture("m3ua-draft6-isup-call.pcap"));
    // The capture uses the pre-RFC draft-6 Protocol Data tag 0x0002, which RFC 4666 lacks.
    assertThat(out).hasSize(6);
    assertThat(out.get(0).json().get("error").asText())
        .startsWith("m3ua: ")
        .contains("Protocol Data");
    assertThat(out.get(0).json().has("isup")).isFalse();
  }

  @Test
  void sip_over_udp_and_tcp_is_decoded_with_its_headers_and_body(@TempDir Path dir)
      throws Exception {
    String invite =
        "INVITE sip:9992021000@127.0.0.1:5060 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
            + "From: <sip:4930123@127.0.0.1>;tag=1\r\n"
            + "To: <sip:9992021000@127.0.0.1>\r\n"
            + "Call-ID: abc@127.0.0.1\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Content-Type: application/sdp\r\n"
            + "Content-Length: 11\r\n\r\n"
            + "v=0\r\no=- \r\n";
    String ringing = "SIP/2.0 180 Ringing\r\ni: abc@127.0.0.1\r\nCSeq: 1 INVITE\r\nl: 0\r\n\r\n";
    Octets ringingBytes = Octets.wrap(ringing.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    org.ss7sim.wire.pcap.Endpoint uac = org.ss7sim.wire.pcap.Endpoint.of("127.0.0.1", 5061);
    org.ss7sim.wire.pcap.Endpoint gw = org.ss7sim.wire.pcap.Endpoint.of("127.0.0.1", 5060);
    Path pcap = dir.resolve("sip.pcap");
    try (var w = org.ss7sim.wire.pcap.PcapWriter.create(pcap)) {
      w.writeUdp(
          1_000_000,
          uac,
          gw,
          Octets.wrap(invite.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      w.writeTcpSegment(2_000_000, gw, uac, 100, 0x18, ringingBytes.slice(0, 25));
      w.writeTcpSegment(2_000_001, gw, uac, 125, 0x18, ringingBytes.slice(25));
      w.writeUdp(
          3_000_000,
          uac,
          gw,
          Octets.wrap("BYE sip:x@h\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    List<DecodedMessage> out =
        CaptureDecoder.decode(pcap).stream().filter(DecodedMessage::isMessage).toList();
    assertThat(out).hasSize(3);
    JsonNode inv = out.get(0).json();
    assertThat(inv.at("/frame/transport").asText()).isEqualTo("udp");
    assertThat(inv.at("/sip/method").asText()).isEqualTo("INVITE");
    assertThat(inv.at("/sip/uri").asText()).isEqualTo("sip:9992021000@127.0.0.1:5060");
    assertThat(inv.at("/sip/call_id").asText()).isEqualTo("abc@127.0.0.1");
    assertThat(inv.at("/sip/headers/2/name").asText()).isEqualTo("To");
    assertThat(inv.at("/sip/body/type").asText()).isEqualTo("application/sdp");
    assertThat(inv.at("/sip/body/length").asInt()).isEqualTo(11);
    assertThat(inv.at("/sip/body/text").asText()).startsWith("v=0");
    assertThat(out.get(0).text())
        .contains("udp 127.0.0.1:5061 > 127.0.0.1:5060")
        .contains("SIP INVITE sip:9992021000@127.0.0.1:5060 call-id=abc@127.0.0.1");
    JsonNode r = out.get(1).json();
    assertThat(r.at("/frame/transport").asText()).isEqualTo("tcp");
    assertThat(r.at("/frame/fragments").size()).isEqualTo(2);
    assertThat(r.at("/sip/status").asInt()).isEqualTo(180);
    assertThat(out.get(1).text()).contains("SIP 180 Ringing (INVITE) call-id=abc@127.0.0.1");
    // a request line without the SIP version
    assertThat(out.get(2).json().get("error").asText()).startsWith("sip: neither a request line");
  }
}
