package org.ss7sim.simulator.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.simulator.decode.StackMessages.aarq;
import static org.ss7sim.simulator.decode.StackMessages.components;
import static org.ss7sim.simulator.decode.StackMessages.connect;
import static org.ss7sim.simulator.decode.StackMessages.gt;
import static org.ss7sim.simulator.decode.StackMessages.initialDp;
import static org.ss7sim.simulator.decode.StackMessages.m3ua;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.PcapReader;

/**
 * Which application reads a TCAP message's components (MAP, INAP, CAP) and the INAP layer: decided
 * by application context name, then the transaction, then the SSN — never by SSN alone when the
 * dialogue says otherwise.
 */
class TcapApplicationTest {
  static final ObjectMapper JSON = new ObjectMapper();
  // Deliberately not SSN 241: the context name alone must make these INAP.
  static final SccpAddress SSP = gt("0010100001", 12);
  static final SccpAddress SCP = gt("0010100002", 13);
  static final SccpAddress SSP_241 = gt("0010100001", 241);
  static final SccpAddress SCP_241 = gt("0010100002", 241);

  static JsonNode decode(Octets m3ua, StackDecoder.CaptureState state) {
    ObjectNode root = JSON.createObjectNode();
    String text = StackDecoder.m3ua(m3ua, root, state);
    root.put("text", text);
    return root;
  }

  @Nested
  class InapLayer {
    @Test
    void initial_dp_is_shown_with_service_key_and_numbers_by_its_context_name() {
      Octets begin =
          m3ua(
              new Begin(
                  TransactionId.of(0x1001),
                  aarq(StackMessages.INAP_ACN),
                  components(initialDp(1, 42, "8001234", "5550100"))),
              SCP,
              SSP);
      JsonNode j = decode(begin, new StackDecoder.CaptureState());
      assertThat(j.at("/tcap/application").asText()).isEqualTo("inap");
      assertThat(j.at("/inap/operation").asText()).isEqualTo("initialDP");
      assertThat(j.at("/inap/serviceKey").asLong()).isEqualTo(42);
      assertThat(j.at("/inap/calledPartyNumber").asText()).isEqualTo("8001234");
      assertThat(j.at("/inap/callingPartyNumber").asText()).isEqualTo("5550100");
      assertThat(j.has("map")).isFalse();
      assertThat(j.get("text").asText())
          .contains("| INAP initialDP serviceKey=42 calledPartyNumber=8001234");
    }

    @Test
    void a_continue_without_dialogue_portion_is_inap_because_its_transaction_began_so() {
      StackDecoder.CaptureState state = new StackDecoder.CaptureState();
      decode(
          m3ua(
              new Begin(
                  TransactionId.of(0x1001),
                  aarq(StackMessages.INAP_ACN),
                  components(initialDp(1, 42, "8001234", "5550100"))),
              SCP,
              SSP),
          state);
      // op 20 would be MAP's (unassigned) 20 without the transaction memory
      Octets cont =
          m3ua(
              new Continue(
                  TransactionId.of(0x2002),
                  TransactionId.of(0x1001),
                  null,
                  components(connect(2, "0201234567"))),
              SSP,
              SCP);
      JsonNode j = decode(cont, state);
      assertThat(j.at("/tcap/application").asText()).isEqualTo("inap");
      assertThat(j.at("/inap/operation").asText()).isEqualTo("connect");
      assertThat(j.at("/inap/destinationRoutingAddress/0").asText()).isEqualTo("0201234567");
      // and the SCP's later TC-END to the SSP's id is still INAP
      Octets end =
          m3ua(
              new End(
                  TransactionId.of(0x2002),
                  null,
                  components(new ReturnError(InvokeId.of(1), ErrorCode.local(7), null))),
              SCP,
              SSP);
      JsonNode e = decode(end, state);
      assertThat(e.at("/inap/error").asText()).isEqualTo("missingParameter");
    }

    @Test
    void without_context_or_transaction_the_inap_ssn_decides_and_otherwise_map() {
      Octets cont241 =
          m3ua(
              new Continue(
                  TransactionId.of(1), TransactionId.of(2), null, components(connect(2, "0201"))),
              SSP_241,
              SCP_241);
      assertThat(decode(cont241, new StackDecoder.CaptureState()).at("/inap/operation").asText())
          .isEqualTo("connect");
      Octets contOther =
          m3ua(
              new Continue(
                  TransactionId.of(1), TransactionId.of(2), null, components(connect(2, "0201"))),
              SSP,
              SCP);
      JsonNode j = decode(contOther, new StackDecoder.CaptureState());
      assertThat(j.at("/tcap/application").asText()).isEqualTo("map");
      assertThat(j.has("inap")).isFalse();
    }

    @Test
    void a_cap_context_is_read_by_the_cap_layer() {
      Octets begin =
          m3ua(
              new Begin(
                  TransactionId.of(5),
                  aarq(org.ss7sim.wire.ber.ObjectIdentifier.of(0, 4, 0, 0, 1, 0, 50, 1)),
                  components(initialDp(1, 7, "1234", "5678"))),
              gt("0010100002", 146),
              gt("0010100001", 146));
      JsonNode j = decode(begin, new StackDecoder.CaptureState());
      assertThat(j.at("/tcap/application").asText()).isEqualTo("cap");
      assertThat(j.has("map")).isFalse();
      assertThat(j.at("/cap/operation").asText()).isEqualTo("initialDP");
      assertThat(j.at("/cap/serviceKey").asLong()).isEqualTo(7);
      assertThat(j.get("text").asText()).contains("| CAP initialDP serviceKey=7");
    }
  }

  @Nested
  class ThirdPartyCap {
    /**
     * CAMEL InitialDP dialogues from a live trace (jss7 TcBeginTest.testRealTrace) and Wireshark's
     * camel.pcap (pycrate pkts_tcap_cap-0, -5), wrapped here in a UDT between HLR SSNs (6): the
     * context name alone must make them CAP, not MAP.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {
          "jss7-TcBeginTest-testRealTrace-TCAP",
          "pycrate-pkts_tcap_cap-0",
          "pycrate-pkts_tcap_cap-5"
        })
    void camel_begins_are_recognised_by_their_context_name(String vector) throws Exception {
      Octets tcap = org.ss7sim.testkit.GoldenVectors.named("tcap.tsv", vector).bytes();
      org.ss7sim.tcap.message.TcMessage m = org.ss7sim.tcap.message.TcMessageCodec.decode(tcap);
      assertThat(TcapUser.ofContext(m.dialoguePortion().applicationContext()))
          .as(String.valueOf(m.dialoguePortion().applicationContext()))
          .isEqualTo(TcapUser.CAP);
      JsonNode j =
          decode(
              m3ua(m, gt("0010100002", 6), gt("0010100001", 6)), new StackDecoder.CaptureState());
      assertThat(j.at("/tcap/application").asText()).isEqualTo("cap");
      assertThat(j.has("map")).isFalse();
      assertThat(j.at("/cap/operation").asText()).isEqualTo("initialDP");
      assertThat(j.at("/cap/serviceKey").isNumber()).as(j.toString()).isTrue();
      assertThat(j.has("error")).as(j.toString()).isFalse();
    }
  }

  /**
   * {@link StackDecoder#label}: the strings the ladders show (SimNode traces each message with it).
   */
  @Nested
  class Label {
    @Test
    void management_messages_are_their_type() {
      assertThat(StackDecoder.label(Octets.fromHex("0100030100000008"))).isEqualTo("ASPUP");
      assertThat(StackDecoder.label(Octets.fromHex("0100"))).isEqualTo("malformed M3UA");
    }

    @Test
    void map_dialogues_name_the_operation() throws Exception {
      Octets sri = PcapReader.read(TestData.capture("pcapr-sri-sm.pcap")).get(0).payload();
      assertThat(StackDecoder.label(sri)).isEqualTo("TC-BEGIN sendRoutingInfoForSm");
      Octets end = PcapReader.read(TestData.capture("pcapr-lu.pcap")).get(3).payload();
      assertThat(StackDecoder.label(end)).isEqualTo("TC-END result");
    }

    @Test
    void inap_dialogues_name_the_operation_by_context_or_ssn() {
      Octets begin =
          m3ua(
              new Begin(
                  TransactionId.of(1),
                  aarq(StackMessages.INAP_ACN),
                  components(initialDp(1, 42, "8001234", "5550100"))),
              SCP,
              SSP);
      assertThat(StackDecoder.label(begin)).isEqualTo("TC-BEGIN initialDP");
      Octets cont =
          m3ua(
              new Continue(
                  TransactionId.of(1),
                  TransactionId.of(2),
                  null,
                  components(connect(1, "0201"), connect(2, "0202"))),
              SSP_241,
              SCP_241);
      assertThat(StackDecoder.label(cont)).isEqualTo("TC-CONTINUE connect connect");
      Octets error =
          m3ua(
              new End(
                  TransactionId.of(1),
                  null,
                  components(new ReturnError(InvokeId.of(1), ErrorCode.local(7), null))),
              SSP_241,
              SCP_241);
      assertThat(StackDecoder.label(error)).isEqualTo("TC-END error " + ErrorCode.local(7));
    }

    @Test
    void isup_is_peeked_at_for_type_and_cic() throws Exception {
      Octets iam =
          org.ss7sim.testkit.GoldenVectors.named("isup.tsv", "jss7-IAMTest-testThree_Trace")
              .bytes();
      int pd = 4 + 12 + iam.length();
      int pad = (4 - pd % 4) % 4;
      Octets m =
          org.ss7sim.testkit.Bytes.build()
              .hex("01000101")
              .u32(8 + pd + pad)
              .u16(0x0210)
              .u16(pd)
              .u32(1)
              .u32(2)
              .hex("05020000")
              .octets(iam)
              .zeros(pad)
              .octets();
      assertThat(StackDecoder.label(m)).isEqualTo("IAM cic=115");
    }
  }
}
