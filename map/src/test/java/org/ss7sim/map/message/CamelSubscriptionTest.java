package org.ss7sim.map.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BitString;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The CAMEL subscription and forwarding types (TS 29.002 §17.7.1, §17.7.3) and {@link Elements},
 * which puts them where InsertSubscriberDataArg, SendRoutingInfoArg and SendRoutingInfoRes keep
 * them unmodelled. Expected bytes written by hand from the ASN.1.
 */
class CamelSubscriptionTest {
  static final AddressString SCF = AddressString.international("999010000004");

  static final TCsi T_CSI =
      new TCsi(
          List.of(new TBcsmCamelTdpData(12, 9, SCF, 1, null, List.of())),
          null,
          2,
          false,
          false,
          List.of());

  @Test
  void t_csi_is_a_list_of_tdp_data_then_the_camel_phase_in_context_tag_0() throws Exception {
    Octets bytes = TCsi.CODEC.encode(T_CSI);
    // T-CSI { t-BcsmCamelTDPDataList { { termAttemptAuthorized (12), serviceKey 9,
    //   gsmSCF-Address [0] international E.164, defaultCallHandling [1] releaseCall } },
    //   camelCapabilityHandling [0] 2 }
    assertThat(bytes)
        .isEqualTo(
            Octets.fromHex(
                "3019"
                    + "3014"
                    + "3012"
                    + "0a010c"
                    + "020109"
                    + "800791990901000040"
                    + "810101"
                    + "800102"));
    assertThat(TCsi.CODEC.decode(bytes)).isEqualTo(T_CSI);
  }

  @Test
  void camel_routing_info_and_forwarding_data_go_into_and_come_out_of_the_sri_result()
      throws Exception {
    ForwardingData fd =
        new ForwardingData(
            AddressString.international("999030000001"), null, null, null, null, List.of());
    CamelRoutingInfo cri =
        new CamelRoutingInfo(
            fd, new GmscCamelSubscriptionInfo(T_CSI, null, null, List.of()), null, List.of());
    SendRoutingInfoRes res =
        new SendRoutingInfoRes(
            new Imsi("001010000400000"), null, null, List.of(Elements.camelRoutingInfo(cri)));
    Octets bytes = SendRoutingInfoRes.CODEC.encode(res);
    // [3] { imsi [9], camelRoutingInfo [8] { forwardingData { [5] ftn }, [0] { t-CSI [0] ... } } }
    assertThat(bytes.toHex()).startsWith("a3").contains("a8").contains("3009850791990903000010");
    SendRoutingInfoRes back = SendRoutingInfoRes.CODEC.decode(bytes);
    assertThat(Elements.camelRoutingInfo(back)).contains(cri);
    assertThat(Elements.forwardingData(back)).isEmpty();
    assertThat(SendRoutingInfoRes.CODEC.encode(back)).isEqualTo(bytes);
  }

  @Test
  void camel_info_with_suppress_t_csi_rides_in_the_sri_argument() throws Exception {
    CamelInfo info = new CamelInfo(BitString.of(true, true), true, null, null, List.of());
    SendRoutingInfoArg arg =
        new SendRoutingInfoArg(
            AddressString.international("9990150000000"),
            null,
            0,
            false,
            null,
            AddressString.international("999010000005"),
            null,
            List.of(Elements.camelInfo(info)));
    Octets bytes = SendRoutingInfoArg.CODEC.encode(arg);
    // camelInfo [11] { supportedCamelPhases BIT STRING phase1 phase2, suppress-T-CSI NULL }
    assertThat(bytes.toHex()).contains("ab06030206c00500");
    assertThat(Elements.camelInfo(SendRoutingInfoArg.CODEC.decode(bytes))).contains(info);
  }

  @Test
  void provisioned_ss_and_vlr_camel_data_ride_in_insert_subscriber_data() throws Exception {
    List<ExtSsInfo> ss =
        List.of(
            ExtSsInfo.of(
                new ExtForwInfo(
                    SsCode.CFB,
                    List.of(
                        new ExtForwFeature(
                            BasicServiceCode.ALL_TELESERVICES,
                            Octets.fromHex("07"),
                            AddressString.international("9990110000099"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of())),
                    null,
                    List.of())),
            ExtSsInfo.of(
                new ExtCallBarInfo(
                    SsCode.BAIC,
                    List.of(
                        new ExtCallBarringFeature(
                            BasicServiceCode.ALL_TELESERVICES,
                            Octets.fromHex("05"),
                            null,
                            List.of())),
                    null,
                    List.of())));
    VlrCamelSubscriptionInfo camel =
        new VlrCamelSubscriptionInfo(
            new OCsi(
                List.of(new OBcsmCamelTdpData(2, 7, SCF, 1, null, List.of())),
                null,
                2,
                false,
                false,
                List.of()),
            null,
            new SmsCsi(
                List.of(new SmsCamelTdpData(1, 8, SCF, 0, null, List.of())),
                3,
                null,
                false,
                false,
                List.of()),
            null,
            null,
            List.of());
    InsertSubscriberDataArg isd =
        new InsertSubscriberDataArg(
            new Imsi("001010000400000"),
            AddressString.international("9990150000000"),
            null,
            null,
            null,
            null,
            null,
            List.of(Elements.provisionedSs(ss), Elements.vlrCamel(camel)));
    Octets bytes = InsertSubscriberDataArg.CODEC.encode(isd);
    InsertSubscriberDataArg back = InsertSubscriberDataArg.CODEC.decode(bytes);
    assertThat(Elements.provisionedSs(back)).isEqualTo(ss);
    assertThat(Elements.vlrCamel(back)).contains(camel);
    // provisionedSS [7] between teleserviceList [6] and vlrCamelSubscriptionInfo [13]
    assertThat(back.unmodelled()).extracting(e -> e.tag()).containsExactly(0xa7, 0xad);
    assertThat(bytes.toHex()).startsWith("30").contains("a7").contains("ad");
    assertThat(InsertSubscriberDataArg.CODEC.encode(back)).isEqualTo(bytes);
  }
}
