package org.ss7sim.map.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * sendIMSI and the supplementary service operations (registerSS, eraseSS, activateSS, deactivateSS,
 * interrogateSS) against bytes nobody here wrote: the encodings asserted by jSS7's unit tests
 * (RestComm/jss7 map/map-impl/src/test/java/org/restcomm/protocols/ss7/map/service/oam/
 * SendImsiRequestTest, SendImsiResponseTest and …/service/supplementary/RegisterSSRequestTest,
 * RegisterSSResponseTest, EraseSSRequestTest, ForwardingInfoTest, CallBarringInfoTest, SSDataTest,
 * InterrogateSSResponseTest @299d5efc/c44178c0). Each is decoded, the fields jSS7 asserts are
 * checked, and it re-encodes to the same bytes.
 */
class SupplementaryServiceVectorsTest {
  private static <T> T roundTrip(BerCodec<T> codec, String hex) throws MalformedMessageException {
    Octets bytes = Octets.fromHex(hex);
    T v = codec.decode(bytes);
    assertThat(codec.encode(v)).as("re-encoded %s", v).isEqualTo(bytes);
    return v;
  }

  @Test
  void send_imsi_argument_is_the_bare_msisdn() throws Exception {
    SendImsiArg a = roundTrip(SendImsiArg.CODEC, "0406913232784126");
    assertThat(a.msisdn()).isEqualTo(AddressString.international("2323871462"));
    assertThat(new SendImsiArg(AddressString.international("2323871462")).msisdn().digits())
        .isEqualTo("2323871462");
  }

  @Test
  void send_imsi_result_is_the_bare_imsi() throws Exception {
    SendImsiRes r = roundTrip(SendImsiRes.CODEC, "040711112122225555");
    assertThat(r.imsi()).isEqualTo(new Imsi("11111222225555"));
  }

  @Test
  void register_ss_argument_with_every_component() throws Exception {
    RegisterSsArg a =
        roundTrip(
            RegisterSsArg.CODEC,
            "3024040112820123840591110100f1860591110100f2850101870106880102890591110100f3");
    assertThat(a.ssCode()).isEqualTo(SsCode.CLIR);
    assertThat(a.basicService()).isEqualTo(BasicServiceCode.bearerService(0x23));
    assertThat(a.forwardedToNumber()).isEqualTo(AddressString.international("1110001"));
    assertThat(a.forwardedToSubaddress()).isEqualTo(Octets.fromHex("91110100f2"));
    assertThat(a.noReplyConditionTime()).isEqualTo(1);
    assertThat(a.defaultPriority()).isEqualTo(6); // priorityLevelA
    assertThat(a.nbrUser()).isEqualTo(2);
    // jSS7 writes longFTN-Supported [9] (a NULL in TS 29.002) with contents: kept as it came
    assertThat(a.unmodelled()).hasSize(1);
    assertThat(a.unmodelled().get(0).tag()).isEqualTo(0x89);
  }

  @Test
  void register_ss_for_call_forwarding_as_an_attacker_sends_it() throws Exception {
    RegisterSsArg cfu =
        new RegisterSsArg(
            SsCode.CFU,
            BasicServiceCode.TELEPHONY,
            AddressString.international("4479001234"),
            null,
            null,
            null,
            null,
            List.of());
    Octets bytes = RegisterSsArg.CODEC.encode(cfu);
    assertThat(bytes).isEqualTo(Octets.fromHex("300e0401218301118406914497002143"));
    assertThat(RegisterSsArg.CODEC.decode(bytes)).isEqualTo(cfu);
  }

  @Test
  void register_ss_result_with_ss_data() throws Exception {
    SsInfo r = roundTrip(SsInfo.CODEC, "a303040112");
    assertThat(r.ssData().ssCode()).isEqualTo(SsCode.CLIR);
    assertThat(r.forwardingInfo()).isNull();
    assertThat(r.callBarringInfo()).isNull();
  }

  @Test
  void erase_ss_argument() throws Exception {
    SsForBsCode a = roundTrip(SsForBsCode.CODEC, "3003040112");
    assertThat(a.ssCode()).isEqualTo(SsCode.CLIR);
    assertThat(a.basicService()).isNull();
    assertThat(a.longFtnSupported()).isFalse();
  }

  @Test
  void forwarding_info_with_and_without_ss_code() throws Exception {
    ForwardingInfo f = roundTrip(ForwardingInfo.CODEC, "300730053003830190");
    assertThat(f.ssCode()).isNull();
    assertThat(f.forwardingFeatureList()).hasSize(1);
    // allVoiceGroupCallServices
    assertThat(f.forwardingFeatureList().get(0).basicService())
        .isEqualTo(BasicServiceCode.teleservice(0x90));
    ForwardingInfo g = roundTrip(ForwardingInfo.CODEC, "300a04012130053003830190");
    assertThat(g.ssCode()).isEqualTo(SsCode.CFU);
    // as the forwardingInfo [0] alternative of SS-Info
    SsInfo info = roundTrip(SsInfo.CODEC, "a00a04012130053003830190");
    assertThat(info.forwardingInfo()).isEqualTo(g);
  }

  @Test
  void call_barring_info() throws Exception {
    CallBarringInfo c = roundTrip(CallBarringInfo.CODEC, "300a0401213005300384010e");
    assertThat(c.ssCode()).isEqualTo(SsCode.CFU);
    // Q=1 P=1 R=1 A=0
    assertThat(c.callBarringFeatureList().get(0).ssStatus()).isEqualTo(Octets.ofUnsigned(0x0e));
  }

  @Test
  void ss_data_keeps_the_subscription_option_in_its_place() throws Exception {
    SsData d = roundTrip(SsData.CODEC, "301404011284010a8201023003830163020103850106");
    assertThat(d.ssCode()).isEqualTo(SsCode.CLIR);
    assertThat(d.ssStatus()).isEqualTo(Octets.ofUnsigned(0x0a));
    assertThat(d.basicServiceGroupList()).containsExactly(BasicServiceCode.teleservice(0x63));
    assertThat(d.defaultPriority()).isEqualTo(3);
    assertThat(d.nbrUser()).isEqualTo(6);
    // cliRestrictionOption [2] temporaryDefaultAllowed
    assertThat(d.unmodelled()).hasSize(1);
    assertThat(d.unmodelled().get(0).tag()).isEqualTo(0x82);
  }

  @Test
  void interrogate_ss_result_in_each_of_its_four_forms() throws Exception {
    assertThat(roundTrip(InterrogateSsRes.CODEC, "800101").ssStatus())
        .isEqualTo(Octets.ofUnsigned(1));
    assertThat(roundTrip(InterrogateSsRes.CODEC, "a203830160").basicServiceGroupList())
        .containsExactly(BasicServiceCode.teleservice(0x60));
    assertThat(roundTrip(InterrogateSsRes.CODEC, "a3053003840101").forwardingFeatureList())
        .singleElement()
        .extracting(ForwardingFeature::ssStatus)
        .isEqualTo(Octets.ofUnsigned(1));
    assertThat(roundTrip(InterrogateSsRes.CODEC, "a403040101").genericServiceInfo().ssStatus())
        .isEqualTo(Octets.ofUnsigned(1));
  }

  @Test
  void wrong_shapes_are_refused() {
    // SS-Code of two octets
    assertThatThrownBy(() -> SsForBsCode.CODEC.decode(Octets.fromHex("300404021212")))
        .isInstanceOf(MalformedMessageException.class);
    // SS-Info alternative [2] does not exist
    assertThatThrownBy(() -> SsInfo.CODEC.decode(Octets.fromHex("a203040112")))
        .isInstanceOf(MalformedMessageException.class);
    // RegisterSS-Arg without its mandatory ss-Code
    assertThatThrownBy(() -> RegisterSsArg.CODEC.decode(Octets.fromHex("3003830111")))
        .isInstanceOf(MalformedMessageException.class);
    // an IMSI of two octets
    assertThatThrownBy(() -> SendImsiRes.CODEC.decode(Octets.fromHex("04021111")))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void the_operations_are_in_their_application_contexts_with_typed_descriptors() {
    assertThat(MapOperation.of(58, MapApplicationContext.IMSI_RETRIEVAL, 2))
        .contains(MapOperation.SEND_IMSI);
    for (int code = 10; code <= 14; code++) {
      assertThat(MapOperation.of(code, MapApplicationContext.NETWORK_FUNCTIONAL_SS, 2))
          .as("opcode %d", code)
          .isPresent();
    }
    assertThat(MapOperations.REGISTER_SS.resultType()).isEqualTo(SsInfo.class);
    assertThat(MapOperations.SEND_IMSI.argumentType()).isEqualTo(SendImsiArg.class);
    assertThat(MapOperations.INTERROGATE_SS.resultType()).isEqualTo(InterrogateSsRes.class);
  }
}
