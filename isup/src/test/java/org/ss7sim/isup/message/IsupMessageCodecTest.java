package org.ss7sim.isup.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.isup.parameter.AccessTransport;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.LocationNumber;
import org.ss7sim.isup.parameter.OriginalCalledNumber;
import org.ss7sim.isup.parameter.RawParameter;
import org.ss7sim.isup.parameter.RedirectingNumber;
import org.ss7sim.isup.parameter.RedirectionInformation;
import org.ss7sim.isup.parameter.UserServiceInformation;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;

class IsupMessageCodecTest {

  static IsupMessage roundTrip(Octets bytes) throws MalformedMessageException {
    IsupMessage m = IsupMessageCodec.decode(bytes);
    assertThat(IsupMessageCodec.encode(m)).as("re-encoding of %s", m).isEqualTo(bytes);
    assertThat(IsupMessageCodec.decode(IsupMessageCodec.encode(m))).isEqualTo(m);
    return m;
  }

  /**
   * jSS7 vectors whose optional-part pointer is missing: tshark 4.0.17 marks them malformed too.
   */
  static final List<String> MALFORMED_IN_TSHARK =
      List.of("jss7-CNFTest-getDefaultBody", "jss7-SAMTest-getDefaultBody");

  static Stream<GoldenVector> wellFormedVectors() {
    return GoldenVectors.tsv("isup.tsv", n -> !MALFORMED_IN_TSHARK.contains(n)).stream();
  }

  @Nested
  class ThirdPartyVectors {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ss7sim.isup.message.IsupMessageCodecTest#wellFormedVectors")
    void every_vector_decodes_and_re_encodes_to_identical_bytes(GoldenVector v) throws Exception {
      IsupMessage m = roundTrip(v.bytes());
      // The `tshark` column names the message and CIC, e.g. "isup | ACM (CIC 2828)".
      String expected = v.tshark().split("\\|")[1].trim();
      String abbreviation = expected.substring(0, expected.indexOf(' '));
      int cic = Integer.parseInt(expected.replaceAll(".*\\(CIC (\\d+)\\).*", "$1"));
      assertThat(m.cic().value()).isEqualTo(cic);
      assertThat(m.type().name()).isEqualTo(abbreviation.equals("UBLA") ? "UBA" : abbreviation);
    }

    @Test
    void cgb_two_params_vector_has_range_10_and_two_status_octets() throws Exception {
      var m =
          (CircuitGroupBlocking)
              roundTrip(GoldenVectors.named("isup.tsv", "jss7-CGBTest-testTwo_Params").bytes());
      assertThat(m.rangeAndStatus().range()).isEqualTo(0x0a);
      assertThat(m.rangeAndStatus().status()).isEqualTo(Octets.ofUnsigned(0x02, 0x03));
      assertThat(m.supervisionType().hardwareFailure()).isTrue();
    }

    @Test
    void iam_default_body_has_every_parameter_in_wire_order() throws Exception {
      var m =
          (InitialAddress)
              roundTrip(GoldenVectors.named("isup.tsv", "jss7-IAMTest-getDefaultBody").bytes());
      assertThat(m.cic().value()).isEqualTo(2828);
      assertThat(m.natureOfConnection().bits()).isEqualTo(0x10);
      assertThat(m.natureOfConnection().echoControlDeviceIncluded()).isTrue();
      assertThat(m.callingPartysCategory().bits()).isEqualTo(0x0a);
      assertThat(m.calledPartyNumber().natureOfAddress()).isEqualTo(4);
      assertThat(m.calledPartyNumber().digits()).isEqualTo("79000000000f");
      assertThat(m.calledPartyNumber().endOfPulsing()).isTrue();
      CallingPartyNumber calling = m.optional().find(CallingPartyNumber.class);
      assertThat(calling.digits()).isEqualTo("79000000000");
      assertThat(calling.screening()).isEqualTo(1);
      assertThat(m.optional().find(RedirectingNumber.class).digits()).isEqualTo("9000000000");
      assertThat(m.optional().find(OriginalCalledNumber.class)).isNotNull();
      assertThat(m.optional().find(RedirectionInformation.class).bits()).isEqualTo(0x3203);
      assertThat(m.optional().find(UserServiceInformation.class).informationTransferCapability())
          .isEqualTo(0);
      assertThat(m.optional().list())
          .extracting(p -> p.code())
          .containsExactly(0x0a, 0x0b, 0x13, 0x28, 0x1d, 0x31, 0x34, 0x6f);
      assertThat(m.optional().find(0x6f)).isInstanceOf(RawParameter.class);
    }

    @Test
    void iam_trace_carries_location_number_and_access_transport() throws Exception {
      var m =
          (InitialAddress)
              roundTrip(GoldenVectors.named("isup.tsv", "jss7-IAMTest-testThree_Trace").bytes());
      assertThat(m.cic().value()).isEqualTo(115);
      assertThat(m.calledPartyNumber().digits()).isEqualTo("970754629");
      assertThat(m.calledPartyNumber().internalNetworkNumberNotAllowed()).isTrue();
      assertThat(m.optional().find(CallingPartyNumber.class).digits()).isEqualTo("953658690");
      assertThat(m.optional().find(LocationNumber.class).digits()).isEqualTo("710502300");
      assertThat(m.optional().find(AccessTransport.class).content().length()).isEqualTo(19);
    }

    @Test
    void rel_vector_carries_cause_31_from_transit_network() throws Exception {
      var m =
          (Release)
              roundTrip(GoldenVectors.named("isup.tsv", "jss7-RELTest-getDefaultBody").bytes());
      assertThat(m.cause().cause()).isEqualTo(CauseValue.NORMAL_UNSPECIFIED);
      assertThat(m.cause().location()).isEqualTo(3);
    }

    @Test
    void cqr_vector_has_range_1_and_three_circuit_states() throws Exception {
      var m =
          (CircuitGroupQueryResponse)
              roundTrip(GoldenVectors.named("isup.tsv", "jss7-CQRTest-getDefaultBody").bytes());
      assertThat(m.rangeAndStatus().range()).isEqualTo(1);
      assertThat(m.circuitStates().content()).isEqualTo(Octets.ofUnsigned(1, 2, 3));
    }

    @ParameterizedTest
    @MethodSource("org.ss7sim.isup.message.IsupMessageCodecTest#malformedNames")
    void vectors_without_optional_part_pointer_are_rejected_as_tshark_does(String name) {
      assertThatThrownBy(
              () -> IsupMessageCodec.decode(GoldenVectors.named("isup.tsv", name).bytes()))
          .isInstanceOf(MalformedMessageException.class);
    }
  }

  static Stream<String> malformedNames() {
    return MALFORMED_IN_TSHARK.stream();
  }

  @Nested
  class RealCallCapture {
    /**
     * ISUP bytes of each frame of the 2004 draft-6 M3UA capture: tag 0x0002, SIO, routing label.
     */
    List<Octets> isupOfCapture() throws Exception {
      Path pcap = TestData.capture("m3ua-draft6-isup-call.pcap");
      List<Octets> out = new ArrayList<>();
      for (CapturedMessage c : PcapReader.read(pcap)) {
        Octets p = c.payload();
        assertThat(p.get(8) << 8 | p.get(9)).isEqualTo(0x0002);
        int length = p.get(10) << 8 | p.get(11);
        out.add(p.slice(12 + 5, 8 + length));
      }
      return out;
    }

    @Test
    void the_real_call_decodes_to_iam_cfn_acm_anm_rel_rlc_on_cic_213_and_re_encodes()
        throws Exception {
      List<IsupMessage> messages = new ArrayList<>();
      for (Octets o : isupOfCapture()) {
        messages.add(roundTrip(o));
      }
      assertThat(messages)
          .extracting(IsupMessage::type)
          .containsExactly(
              IsupMessageType.IAM,
              IsupMessageType.CFN,
              IsupMessageType.ACM,
              IsupMessageType.ANM,
              IsupMessageType.REL,
              IsupMessageType.RLC);
      assertThat(messages).allSatisfy(m -> assertThat(m.cic().value()).isEqualTo(213));
      assertThat(((Confusion) messages.get(1)).cause().cause())
          .isEqualTo(CauseValue.PARAMETER_NON_EXISTENT_DISCARDED);
    }
  }

  @Nested
  class OwnVectors {
    Octets golden(String name) {
      return GoldenVectors.hexResource(IsupMessageCodecTest.class, "/golden/isup/" + name);
    }

    @Test
    void iam_with_odd_called_and_even_calling_number() throws Exception {
      var m = (InitialAddress) roundTrip(golden("iam-en-bloc-calling.hex"));
      assertThat(m.cic()).isEqualTo(Cic.of(17));
      assertThat(m.forwardCall().isdnUserPartAllTheWay()).isTrue();
      assertThat(m.forwardCall().isdnAccess()).isTrue();
      assertThat(m.calledPartyNumber().digits()).isEqualTo("123456789");
      assertThat(m.optional().find(CallingPartyNumber.class))
          .isEqualTo(CallingPartyNumber.national("0123456789"));
    }

    @Test
    void rel_with_normal_clearing() throws Exception {
      var m = (Release) roundTrip(golden("rel-normal-clearing.hex"));
      assertThat(m.cause().cause()).isEqualTo(CauseValue.NORMAL_CLEARING);
      assertThat(m.optional().isEmpty()).isTrue();
    }

    @Test
    void grs_has_range_without_status() throws Exception {
      var m = (CircuitGroupReset) roundTrip(golden("grs-range-7.hex"));
      assertThat(m.rangeAndStatus().circuits()).isEqualTo(8);
      assertThat(m.rangeAndStatus().status().isEmpty()).isTrue();
    }

    @Test
    void cgba_status_bits_address_circuits_from_the_message_cic() throws Exception {
      var m = (CircuitGroupBlockingAcknowledgement) roundTrip(golden("cgba-hardware.hex"));
      assertThat(m.rangeAndStatus().status(0)).isTrue();
      assertThat(m.rangeAndStatus().status(1)).isTrue();
      assertThat(m.rangeAndStatus().status(2)).isFalse();
      assertThat(m.rangeAndStatus().status(8)).isTrue();
      assertThat(m.rangeAndStatus().status(9)).isFalse();
    }

    @Test
    void unknown_optional_parameter_is_kept_raw_and_cic_4095_survives() throws Exception {
      var m = (CallProgress) roundTrip(golden("cpg-alerting.hex"));
      assertThat(m.cic().value()).isEqualTo(4095);
      assertThat(m.optional().list())
          .containsExactly(new RawParameter(0xfe, Octets.ofUnsigned(0xab, 0xcd)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
      "sam-overlap.hex, SAM",
      "inr-calling-party.hex, INR",
      "inf-calling-party.hex, INF",
      "cot-success.hex, COT",
      "con-answered.hex, CON",
      "fot.hex, FOT",
      "sus-network.hex, SUS",
      "res-network.hex, RES",
      "far-uus.hex, FAR",
      "faa-uus.hex, FAA",
      "cfn-97.hex, CFN",
      "acm-alerting.hex, ACM"
    })
    void annotated_vector_decodes_to_its_type_and_re_encodes(String file, IsupMessageType type)
        throws Exception {
      IsupMessage m = roundTrip(golden(file));
      assertThat(m.type()).isEqualTo(type);
      assertThat(m.cic().value()).isEqualTo(17);
    }

    @Test
    void annotated_fields_match_the_records() throws Exception {
      var sam = (SubsequentAddress) roundTrip(golden("sam-overlap.hex"));
      assertThat(sam.subsequentNumber().digits()).isEqualTo("89f");
      var inf = (Information) roundTrip(golden("inf-calling-party.hex"));
      assertThat(inf.indicators().callingPartyAddressResponse()).isEqualTo(3);
      assertThat(inf.optional().find(CallingPartyNumber.class).digits()).isEqualTo("1234");
      var acm = (AddressComplete) roundTrip(golden("acm-alerting.hex"));
      assertThat(acm.backwardCall().calledPartyStatus()).isEqualTo(1);
      assertThat(acm.backwardCall().isdnUserPartAllTheWay()).isTrue();
      var cfn = (Confusion) roundTrip(golden("cfn-97.hex"));
      assertThat(cfn.cause().cause()).isEqualTo(CauseValue.MESSAGE_TYPE_NON_EXISTENT);
    }

    @Test
    void unknown_message_type_keeps_its_body() throws Exception {
      var m = (UnknownMessage) roundTrip(Octets.fromHex("0100ee0102aabb"));
      assertThat(m.typeCode()).isEqualTo(0xee);
      assertThat(m.body()).isEqualTo(Octets.fromHex("0102aabb"));
    }
  }

  @Nested
  class MalformedInput {
    void rejects(String hex, String reasonPart) {
      assertThatThrownBy(() -> IsupMessageCodec.decode(Octets.fromHex(hex)))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining(reasonPart);
    }

    @Test
    void too_short_for_cic_and_type() {
      rejects("0100", "CIC and message type");
    }

    @Test
    void truncated_fixed_part() {
      rejects("110001002001", "mandatory fixed part");
    }

    @Test
    void mandatory_pointer_of_zero() {
      rejects("11000c0000", "is 0");
    }

    @Test
    void pointer_past_the_end() {
      rejects("11000c0900", "past the end");
    }

    @Test
    void variable_parameter_overrunning_the_message() {
      rejects("11000c0200098290", "overruns");
    }

    @Test
    void optional_parameter_overrunning_the_message() {
      rejects("11002c01010a05830100", "overruns");
    }

    @Test
    void optional_part_without_end_octet() {
      rejects("11002c0101fe01aa", "end of optional parameters");
    }

    @Test
    void truncated_called_party_number() {
      rejects("1100010020010a0002000183", "called party number");
    }

    @Test
    void cause_value_without_extension_bit() {
      rejects("11000c020002821000", "extension bit");
    }

    @Test
    void range_and_status_with_wrong_status_length() {
      rejects("1100180001020903", "status");
    }
  }
}
