package org.ss7sim.simulator.node.hlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.error.RawErrorParam;
import org.ss7sim.map.message.CamelInfo;
import org.ss7sim.map.message.CamelRoutingInfo;
import org.ss7sim.map.message.Elements;
import org.ss7sim.map.message.ForwardingData;
import org.ss7sim.map.message.InterrogateSsRes;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.ProvideRoamingNumberArg;
import org.ss7sim.map.message.RegisterSsArg;
import org.ss7sim.map.message.SendRoutingInfoArg;
import org.ss7sim.map.message.SendRoutingInfoRes;
import org.ss7sim.map.message.SsCode;
import org.ss7sim.map.message.SsForBsCode;
import org.ss7sim.map.message.SsInfo;
import org.ss7sim.map.message.UpdateLocationArg;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.operation.Operation;
import org.ss7sim.map.service.Confirmation;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.MapProbe;
import org.ss7sim.simulator.node.msc.Msc;
import org.ss7sim.simulator.node.msc.VisitorRecord;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BitString;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * Supplementary services and subscriber data between HLR, VLR and GMSC (issues 18 and 19, TS 29.002
 * §8.1, §8.8.1, §10.1, §11.2–§11.6) on the demo network under virtual time, the SMSC's node played
 * by a {@link MapProbe} (a second VLR, an SMSC and a GMSC in one): what the VLR holds after
 * InsertSubscriberData, what each SS operation answers and pushes, SendRoutingInfo's forwardingData
 * and T-CSI, and the old VLR after CancelLocation. The pcap is read back by tshark's gsm_map.
 */
class SubscriberDataTest {
  static final String IMSI = "001010000400000";
  static final String MSISDN = "9990150000000";
  static final String HLR = "999010000001";
  static final String MSC = "999010000002";
  static final String PROBE = "999010000003";
  static final String SCP = "999010000004";

  @TempDir Path dir;
  Tracer tracer;
  SimNetwork net;
  MapProbe probe;
  SimNode mscNode;
  Msc msc;
  Hlr hlr;
  Path pcap;
  int flows;

  /** The demo network with one more subscriber block: CSIs, two conditional forwardings, BAIC. */
  static Network network() throws Exception {
    String yaml;
    try (InputStream in =
        ConfigLoader.class.getResourceAsStream(ConfigLoader.DEMO_NETWORK_RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String first = "      - {msisdn: \"9990110000000\", imsi: \"001010000000000\", count: 1000}\n";
    assertThat(yaml).contains(first);
    yaml =
        yaml.replace(
            first,
            first
                + "      - {msisdn: \""
                + MSISDN
                + "\", imsi: \""
                + IMSI
                + "\", count: 3,\n"
                + "         o_csi: {scf: scp, service_key: 7},\n"
                + "         mo_sms_csi: {scf: scp, service_key: 8, default_handling: continue},\n"
                + "         t_csi: {scf: scp, service_key: 9},\n"
                + "         call_forwarding: {cfb: \"9990110000099\", cfnry: \"9990110000098\","
                + " no_reply_time: 15},\n"
                + "         call_barring: [baic]}\n");
    return ConfigLoader.parseNetwork("subscriber-data", yaml);
  }

  @BeforeEach
  void start() throws Exception {
    pcap = dir.resolve("ss.pcap");
    tracer = new Tracer(org.ss7sim.wire.pcap.PcapWriter.create(pcap), 1000);
    Network network = network();
    NodeKinds kinds = new NodeKinds(network, true, dir);
    probe = new MapProbe(Ssn.MSC);
    net =
        SimNetwork.start(
            network,
            Set.of(),
            tracer,
            n -> n.name().equals("smsc") ? probe : kinds.logicFor(n),
            new VirtualTime());
    mscNode = net.node("msc").orElseThrow();
    msc = (Msc) mscNode.logic().orElseThrow();
    hlr = (Hlr) net.node("hlr").orElseThrow().logic().orElseThrow();
  }

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
    tracer.close();
  }

  private <T> T await(CompletableFuture<T> f) throws Exception {
    return net.await(f, Duration.ofSeconds(30));
  }

  private boolean updateLocation(String imsi) throws Exception {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    String flow = "ul-" + ++flows;
    mscNode.execute(
        () -> mscNode.flows().starting(flow, () -> msc.updateLocation(imsi, done::complete)));
    return await(done);
  }

  private <A extends org.ss7sim.map.message.MapParameter, R> Confirmation<R> ss(
      String imsi, Operation<A, R> op, A arg) throws Exception {
    CompletableFuture<Confirmation<R>> done = new CompletableFuture<>();
    String flow = "ss-" + ++flows;
    mscNode.execute(
        () ->
            mscNode
                .flows()
                .starting(flow, () -> msc.supplementaryService(imsi, op, arg, done::complete)));
    Confirmation<R> c = await(done);
    // the push (if any) goes out after the answer: let it arrive
    runFor(Duration.ofSeconds(1));
    return c;
  }

  private void runFor(Duration d) throws Exception {
    CompletableFuture<Void> later = new CompletableFuture<>();
    net.clock().schedule(d, () -> later.complete(null));
    net.await(later, d.plusSeconds(1));
  }

  private VisitorRecord visitor() {
    return msc.visitor(IMSI).orElseThrow();
  }

  private static RegisterSsArg register(SsCode code, String number, Integer noReply) {
    return new RegisterSsArg(
        code,
        null,
        number == null ? null : AddressString.international(number),
        null,
        noReply,
        null,
        null,
        List.of());
  }

  private static SsForBsCode code(SsCode code) {
    return SsForBsCode.of(code);
  }

  private static MapErrorCode error(Confirmation<?> c) {
    assertThat(c).as(String.valueOf(c)).isInstanceOf(Confirmation.Error.class);
    return ((Confirmation.Error<?>) c).error().code();
  }

  private static <R> R result(Confirmation<R> c) {
    assertThat(c).as(String.valueOf(c)).isInstanceOf(Confirmation.Result.class);
    return ((Confirmation.Result<R>) c).result();
  }

  @Test
  void update_location_inserts_the_ss_data_and_the_o_csi_and_mo_sms_csi_in_the_vlr()
      throws Exception {
    assertThat(updateLocation(IMSI)).isTrue();
    VisitorRecord v = visitor();
    assertThat(v.msisdn()).isEqualTo(MSISDN);
    // CFB, CFNRy: provisioned, registered, active (0x07); BAIC: provisioned, active (0x05)
    assertThat(v.ss().keySet()).containsExactlyInAnyOrder(0x29, 0x2a, 0x9a);
    assertThat(v.ssStatus(0x29)).isEqualTo(0x07);
    assertThat(v.forwardedTo(0x29)).contains("9990110000099");
    assertThat(v.forwardedTo(0x2a)).contains("9990110000098");
    assertThat(
            v.ss().get(0x2a).forwardingInfo().forwardingFeatureList().get(0).noReplyConditionTime())
        .isEqualTo(15);
    assertThat(v.ssStatus(0x9a)).isEqualTo(0x05);
    // O-CSI: DP2 collectedInfo, service key 7, the SCP's GT, release by default
    var o = v.camel().oCsi().oBcsmCamelTdpDataList().get(0);
    assertThat(o.oBcsmTriggerDetectionPoint()).isEqualTo(2);
    assertThat(o.serviceKey()).isEqualTo(7);
    assertThat(o.gsmScfAddress().digits()).isEqualTo(SCP);
    assertThat(o.defaultCallHandling()).isEqualTo(1);
    var sms = v.camel().moSmsCsi().smsCamelTdpDataList().get(0);
    assertThat(sms.smsTriggerDetectionPoint()).isEqualTo(1);
    assertThat(sms.serviceKey()).isEqualTo(8);
    assertThat(sms.defaultSmsHandling()).isEqualTo(0);
    // T-CSI is the GMSC's, not the VLR's
    assertThat(v.camel().vtCsi()).isNull();

    closeAndCheckPcap();
    String isd = Tshark.verbose(pcap, List.of("-Y", "gsm_old.localValue == 7"));
    assertThat(isd)
        .contains("provisionedSS")
        .contains("vlrCamelSubscriptionInfo")
        .contains("o-CSI")
        .contains("mo-sms-CSI")
        .contains("serviceKey: 7")
        .contains("serviceKey: 8");
  }

  @Test
  void ss_operations_are_answered_and_every_change_is_pushed_to_the_serving_vlr() throws Exception {
    assertThat(updateLocation(IMSI)).isTrue();
    long pushed = hlr.subscriberDataPushed();

    // registerSS CFU: registered and active; CFB and CFNRy become quiescent (TS 23.082 §1.6)
    SsInfo reg =
        result(ss(IMSI, MapOperations.REGISTER_SS, register(SsCode.CFU, "9990110000077", null)));
    assertThat(reg.forwardingInfo().ssCode()).isEqualTo(SsCode.CFU);
    assertThat(reg.forwardingInfo().forwardingFeatureList().get(0).ssStatus().get(0))
        .isEqualTo(0x07);
    assertThat(hlr.subscriberDataPushed()).isEqualTo(pushed + 1);
    assertThat(visitor().forwardedTo(0x21)).contains("9990110000077");
    assertThat(visitor().ssStatus(0x21)).isEqualTo(0x07);
    assertThat(visitor().ssStatus(0x29)).isEqualTo(0x0f);
    assertThat(visitor().operative(0x29)).isFalse();

    // deactivateSS CFU: registered, not active; CFB operative again
    result(ss(IMSI, MapOperations.DEACTIVATE_SS, code(SsCode.CFU)));
    assertThat(visitor().ssStatus(0x21)).isEqualTo(0x06);
    assertThat(visitor().operative(0x29)).isTrue();
    // activateSS CFU again, then eraseSS: provisioned only, no number
    result(ss(IMSI, MapOperations.ACTIVATE_SS, code(SsCode.CFU)));
    assertThat(visitor().ssStatus(0x21)).isEqualTo(0x07);
    SsInfo erased = result(ss(IMSI, MapOperations.ERASE_SS, code(SsCode.CFU)));
    assertThat(erased.forwardingInfo().forwardingFeatureList().get(0).ssStatus().get(0))
        .isEqualTo(0x04);
    assertThat(visitor().ssStatus(0x21)).isEqualTo(0x04);
    assertThat(visitor().forwardedTo(0x21)).isEmpty();
    // barring: activate BAOC, deactivate BAIC
    SsInfo baoc = result(ss(IMSI, MapOperations.ACTIVATE_SS, code(SsCode.BAOC)));
    assertThat(baoc.callBarringInfo().callBarringFeatureList().get(0).ssStatus().get(0))
        .isEqualTo(0x05);
    assertThat(visitor().ssStatus(0x92)).isEqualTo(0x05);
    result(ss(IMSI, MapOperations.DEACTIVATE_SS, code(SsCode.BAIC)));
    assertThat(visitor().ssStatus(0x9a)).isEqualTo(0x04);
    assertThat(hlr.subscriberDataPushed()).isEqualTo(pushed + 6);

    // interrogateSS reads without pushing
    InterrogateSsRes cfb = result(ss(IMSI, MapOperations.INTERROGATE_SS, code(SsCode.CFB)));
    assertThat(cfb.forwardingFeatureList().get(0).forwardedToNumber().digits())
        .isEqualTo("9990110000099");
    InterrogateSsRes baocState = result(ss(IMSI, MapOperations.INTERROGATE_SS, code(SsCode.BAOC)));
    assertThat(baocState.ssStatus().get(0)).isEqualTo(0x05);

    // bad requests get the spec's errors and change nothing
    Confirmation<SsInfo> again = ss(IMSI, MapOperations.ERASE_SS, code(SsCode.CFU));
    assertThat(error(again)).isEqualTo(MapErrorCode.SS_ERROR_STATUS);
    assertThat(((RawErrorParam) ((Confirmation.Error<?>) again).error().parameter()).element())
        .as("ss-ErrorStatus carries SS-Status: provisioned only")
        .isEqualTo(Octets.fromHex("040104"));
    assertThat(error(ss(IMSI, MapOperations.ACTIVATE_SS, code(SsCode.CFU))))
        .isEqualTo(MapErrorCode.SS_ERROR_STATUS);
    assertThat(error(ss(IMSI, MapOperations.DEACTIVATE_SS, code(SsCode.CFNRC))))
        .isEqualTo(MapErrorCode.SS_ERROR_STATUS);
    assertThat(
            error(
                ss(IMSI, MapOperations.REGISTER_SS, register(SsCode.BAOC, "9990110000077", null))))
        .isEqualTo(MapErrorCode.ILLEGAL_SS_OPERATION);
    assertThat(
            error(
                ss(IMSI, MapOperations.REGISTER_SS, register(SsCode.CLIP, "9990110000077", null))))
        .isEqualTo(MapErrorCode.ILLEGAL_SS_OPERATION);
    assertThat(error(ss(IMSI, MapOperations.REGISTER_SS, register(SsCode.CFU, null, null))))
        .isEqualTo(MapErrorCode.DATA_MISSING);
    assertThat(
            error(ss(IMSI, MapOperations.REGISTER_SS, register(SsCode.CFNRY, "9990110000077", 40))))
        .isEqualTo(MapErrorCode.UNEXPECTED_DATA_VALUE);
    assertThat(error(ss(IMSI, MapOperations.ERASE_SS, code(SsCode.BAIC))))
        .isEqualTo(MapErrorCode.ILLEGAL_SS_OPERATION);
    assertThat(error(ss(IMSI, MapOperations.INTERROGATE_SS, code(SsCode.CLIP))))
        .isEqualTo(MapErrorCode.SS_NOT_AVAILABLE);
    // an IMSI of no subscriber of this HLR, from another VLR
    Confirmation<SsInfo> stranger =
        await(
            probe.invoke(
                "ss-stranger",
                PROBE,
                Ssn.VLR,
                HLR,
                Ssn.HLR,
                MapApplicationContext.NETWORK_FUNCTIONAL_SS,
                2,
                new org.ss7sim.map.dialogue.MapOpenInfo(
                    new AddressString(0, AddressString.LAND_MOBILE, "001019999999999"),
                    AddressString.international(PROBE),
                    null,
                    List.of()),
                MapOperations.ACTIVATE_SS,
                code(SsCode.BAOC)));
    assertThat(error(stranger))
        .as("no subscriber of this HLR")
        .isEqualTo(MapErrorCode.DATA_MISSING);
    assertThat(hlr.subscriberDataPushed()).isEqualTo(pushed + 6);

    // on the wire: the SS dialogue ends, then the HLR opens its own InsertSubscriberData dialogue
    List<String> first = labels(tracer.flow("ss-2"));
    assertThat(first)
        .containsSubsequence(
            "msc>TC-BEGIN registerSs",
            "hlr>TC-END result",
            "hlr>TC-BEGIN insertSubscriberData",
            "msc>TC-END result");
    assertThat(labels(tracer.flow("ss-" + (flows - 1))))
        .as("an error pushes nothing")
        .noneMatch(l -> l.contains("insertSubscriberData"));

    closeAndCheckPcap();
    // registerSS 10, eraseSS 11, activateSS 12, deactivateSS 13, interrogateSS 14, ISD 7
    assertThat(Tshark.field(pcap, List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .contains("10", "11", "12", "13", "14", "7");
    String verbose = Tshark.verbose(pcap, List.of("-Y", "gsm_old.localValue == 7"));
    assertThat(verbose).contains("ss-Status").contains("forwardedToNumber");
  }

  @Test
  void sri_gives_forwarding_data_for_cfu_and_cfnrc_and_the_t_csi_to_a_gmsc_offering_camel()
      throws Exception {
    // a GMSC offering CAMEL phases 1 and 2: the T-CSI in camelRoutingInfo, no roaming number
    SendRoutingInfoRes camel = result(sri(MSISDN, false, true));
    CamelRoutingInfo cri = Elements.camelRoutingInfo(camel).orElseThrow();
    var t = cri.gmscCamelSubscriptionInfo().tCsi().tBcsmCamelTdpDataList().get(0);
    assertThat(t.tBcsmTriggerDetectionPoint()).isEqualTo(12);
    assertThat(t.serviceKey()).isEqualTo(9);
    assertThat(t.gsmScfAddress().digits()).isEqualTo(SCP);
    assertThat(camel.roamingNumber()).isNull();
    assertThat(camel.imsi().digits()).isEqualTo(IMSI);
    // the same GMSC again with suppress-T-CSI, and a GMSC without CAMEL: the roaming number
    assertThat(result(sri(MSISDN, true, true)).roamingNumber()).isNotNull();
    assertThat(result(sri(MSISDN, false, false)).roamingNumber()).isNotNull();
    assertThat(Elements.camelRoutingInfo(result(sri(MSISDN, false, false)))).isEmpty();

    // CFU registered: forwardingData, no ProvideRoamingNumber
    result(ss(IMSI, MapOperations.REGISTER_SS, register(SsCode.CFU, "9990110000077", null)));
    SendRoutingInfoRes cfu = result(sri(MSISDN, false, false));
    ForwardingData fd = Elements.forwardingData(cfu).orElseThrow();
    assertThat(fd.forwardedToNumber().digits()).isEqualTo("9990110000077");
    assertThat(cfu.roamingNumber()).isNull();
    // with T-CSI too: camelRoutingInfo carries the forwarding data (TS 29.002 §10.1)
    CamelRoutingInfo both =
        Elements.camelRoutingInfo(result(sri(MSISDN, false, true))).orElseThrow();
    assertThat(both.forwardingData().forwardedToNumber().digits()).isEqualTo("9990110000077");
    result(ss(IMSI, MapOperations.ERASE_SS, code(SsCode.CFU)));

    // an absent subscriber: absentSubscriber, or CFNRc's number once registered
    String absent = "9990120000001";
    String absentImsi = "001010000100001";
    assertThat(error(sri(absent, false, false))).isEqualTo(MapErrorCode.ABSENT_SUBSCRIBER);
    result(
        ss(absentImsi, MapOperations.REGISTER_SS, register(SsCode.CFNRC, "9990110000066", null)));
    SendRoutingInfoRes cfnrc = result(sri(absent, false, false));
    assertThat(Elements.forwardingData(cfnrc).orElseThrow().forwardedToNumber().digits())
        .isEqualTo("9990110000066");

    closeAndCheckPcap();
    String verbose = Tshark.verbose(pcap, List.of("-Y", "gsm_old.localValue == 22"));
    assertThat(verbose)
        .contains("camelRoutingInfo")
        .contains("t-CSI")
        .contains("termAttemptAuthorized")
        .contains("forwardingData")
        .contains("suppress-T-CSI");
  }

  /** SendRoutingInfo from the probe as a GMSC, with camelInfo when {@code camel}. */
  private Confirmation<SendRoutingInfoRes> sri(String msisdn, boolean suppressTCsi, boolean camel)
      throws Exception {
    SendRoutingInfoArg plain =
        SendRoutingInfoArg.of(
            AddressString.international(msisdn), 0, AddressString.international(PROBE));
    SendRoutingInfoArg arg =
        !camel
            ? plain
            : new SendRoutingInfoArg(
                plain.msisdn(),
                null,
                0,
                false,
                null,
                plain.gmscOrGsmScfAddress(),
                null,
                List.of(
                    Elements.camelInfo(
                        new CamelInfo(
                            BitString.of(true, true), suppressTCsi, null, null, List.of()))));
    return await(
        probe.invoke(
            "sri-" + ++flows,
            PROBE,
            Ssn.MSC,
            msisdn,
            Ssn.HLR,
            MapApplicationContext.LOCATION_INFO_RETRIEVAL,
            3,
            null,
            MapOperations.SEND_ROUTING_INFO,
            arg));
  }

  @Test
  void a_vlr_whose_subscriber_was_cancelled_answers_absent_and_unidentified() throws Exception {
    String imsi = "001010000000005";
    // before: the VLR gives a roaming number and takes the short message
    assertThat(result(prn(imsi)).roamingNumber()).isNotNull();
    assertThat(mtForwardSm(imsi)).isInstanceOf(Confirmation.Result.class);

    // the subscriber registers at the probe's VLR: the HLR cancels it at msc
    assertThat(ulAtProbe(imsi)).isInstanceOf(Confirmation.Result.class);
    runFor(Duration.ofSeconds(1));
    assertThat(msc.cancelledLocations()).contains(imsi);
    assertThat(probe.received())
        .anySatisfy(i -> assertThat(i.is(MapOperations.INSERT_SUBSCRIBER_DATA)).isTrue());

    // after: PRN absentSubscriber (TS 23.018 §7.3.2), MT-ForwardSM unidentifiedSubscriber
    assertThat(error(prn(imsi))).isEqualTo(MapErrorCode.ABSENT_SUBSCRIBER);
    assertThat(error(mtForwardSm(imsi))).isEqualTo(MapErrorCode.UNIDENTIFIED_SUBSCRIBER);
    // and a change pushed to it for that subscriber would be unidentified too
    assertThat(msc.delivered().getOrDefault("9990110000005", List.of())).hasSize(1);

    // back at msc: present again
    assertThat(updateLocation(imsi)).isTrue();
    assertThat(result(prn(imsi)).roamingNumber()).isNotNull();
    assertThat(mtForwardSm(imsi)).isInstanceOf(Confirmation.Result.class);

    closeAndCheckPcap();
    // cancelLocation 3; errors absentSubscriber 27 and unidentifiedSubscriber 5
    assertThat(Tshark.field(pcap, List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .contains("3", "4", "44");
    String verbose = Tshark.verbose(pcap, List.of("-Y", "gsm_map"));
    assertThat(verbose).contains("absentSubscriber").contains("unidentifiedSubscriber");
  }

  /**
   * ProvideSubscriberInfo to the VLR (TS 29.002 §8.11.2), from the probe as the HLR or a gsmSCF
   * would send it — or an attacker knowing the IMSI: location and state of a subscriber the VLR
   * holds, dataMissing for one it does not (unknown, or its location cancelled).
   */
  @Test
  void the_vlr_tells_location_and_state_of_a_subscriber_it_holds_and_data_missing_otherwise()
      throws Exception {
    String imsi = "001010000000007";
    var info = result(psi(imsi)).subscriberInfo();
    var location = info.locationInformation();
    assertThat(location.vlrNumber().digits()).isEqualTo(MSC);
    assertThat(location.mscNumber().digits()).isEqualTo(MSC);
    assertThat(location.ageOfLocationInformation()).isZero();
    int lac = org.ss7sim.mtp.PointCode.parse("1-5-1").value();
    assertThat(location.cellGlobalId())
        .isEqualTo(new org.ss7sim.map.common.CellGlobalId("001", "01", lac, 8));
    assertThat(info.subscriberState().kind())
        .isEqualTo(org.ss7sim.map.common.SubscriberState.Kind.ASSUMED_IDLE);
    // an absent subscriber: not reachable, IMSI detached
    var absent = result(psi("001010000100001")).subscriberInfo().subscriberState();
    assertThat(absent.kind())
        .isEqualTo(org.ss7sim.map.common.SubscriberState.Kind.NET_DET_NOT_REACHABLE);
    assertThat(absent.notReachableReason()).isEqualTo(1);
    // an IMSI of no subscriber
    assertThat(error(psi("001019999999999"))).isEqualTo(MapErrorCode.DATA_MISSING);

    // the subscriber registers at the probe's VLR: the HLR cancels it at msc, which no longer
    // knows where it is
    assertThat(ulAtProbe(imsi)).isInstanceOf(Confirmation.Result.class);
    runFor(Duration.ofSeconds(1));
    assertThat(error(psi(imsi))).isEqualTo(MapErrorCode.DATA_MISSING);
    // back at msc: known again
    assertThat(updateLocation(imsi)).isTrue();
    assertThat(result(psi(imsi)).subscriberInfo().locationInformation()).isNotNull();

    closeAndCheckPcap();
    // provideSubscriberInfo 70; the answer's location and state as tshark reads them
    String verbose = Tshark.verbose(pcap, List.of("-Y", "gsm_old.localValue == 70"));
    assertThat(verbose)
        .contains("locationInformation")
        .contains("cellGlobalIdOrServiceAreaIdFixedLength")
        .contains("assumedIdle")
        .contains("netDetNotReachable");
    // the errors carry no operation code: the only dataMissing of the run are the VLR's
    assertThat(Tshark.verbose(pcap, List.of("-Y", "gsm_map"))).contains("dataMissing");
  }

  /**
   * PurgeMS to the HLR (TS 29.002 §8.1.6, TS 23.012 §3.6.1.4): from a VLR that does not serve the
   * subscriber it changes nothing; with the serving VLR's number (what a forged one carries) the
   * subscriber is purged — absent for SRI-for-SM (diagnostic 4), SRI (purgedMS) and ATI (msPurged)
   * — until its next UpdateLocation.
   */
  @Test
  void purge_ms_from_the_serving_vlr_makes_the_subscriber_absent_until_it_updates_its_location()
      throws Exception {
    String imsi = "001010000000008";
    String msisdn = "9990110000008";
    assertThat(result(purge(imsi, PROBE)).freezeTmsi()).isFalse();
    assertThat(sriSm(msisdn)).isInstanceOf(Confirmation.Result.class);
    assertThat(result(sri(msisdn, false, false)).roamingNumber()).isNotNull();

    assertThat(result(purge(imsi, MSC)).freezeTmsi()).isTrue();
    Confirmation<?> sm = sriSm(msisdn);
    assertThat(error(sm)).isEqualTo(MapErrorCode.ABSENT_SUBSCRIBER_SM);
    assertThat(error(sri(msisdn, false, false))).isEqualTo(MapErrorCode.ABSENT_SUBSCRIBER);
    var state = result(ati(msisdn)).subscriberInfo().subscriberState();
    assertThat(state.kind())
        .isEqualTo(org.ss7sim.map.common.SubscriberState.Kind.NET_DET_NOT_REACHABLE);
    assertThat(state.notReachableReason()).isZero();
    assertThat(error(purge("001019999999999", MSC))).isEqualTo(MapErrorCode.UNKNOWN_SUBSCRIBER);
    // and the HLR opens no USSD dialogue towards it
    assertThat(pushUssd(msisdn))
        .isEqualTo(org.ss7sim.simulator.node.Outcome.failed("absent_subscriber"));

    // the handset is seen again: UpdateLocation clears the flag
    assertThat(updateLocation(imsi)).isTrue();
    assertThat(sriSm(msisdn)).isInstanceOf(Confirmation.Result.class);
    assertThat(pushUssd(msisdn)).isEqualTo(org.ss7sim.simulator.node.Outcome.succeeded());
    assertThat(result(ati(msisdn)).subscriberInfo().subscriberState().kind())
        .isEqualTo(org.ss7sim.map.common.SubscriberState.Kind.ASSUMED_IDLE);

    closeAndCheckPcap();
    // purgeMS 67 with and without freezeTMSI; the errors with their purge causes
    String verbose = Tshark.verbose(pcap, List.of("-Y", "gsm_map"));
    assertThat(verbose)
        .contains("purgeMS")
        .contains("freezeTMSI")
        .contains("absentSubscriberDiagnosticSM: 4")
        .contains("purgedMS (3)")
        .contains("msPurged (0)");
  }

  /** A network-initiated USSD notification to {@code msisdn}'s handset: its outcome. */
  private org.ss7sim.simulator.node.Outcome pushUssd(String msisdn) throws Exception {
    CompletableFuture<org.ss7sim.simulator.node.Outcome> outcome = new CompletableFuture<>();
    var hlrNode = net.node("hlr").orElseThrow();
    hlrNode.execute(
        () ->
            hlr.pushUssd(
                "ussd-" + ++flows,
                msisdn,
                List.of(),
                "Your balance is low",
                answers -> {},
                new org.ss7sim.simulator.node.AttemptListener() {
                  @Override
                  public void onOutcome(org.ss7sim.simulator.node.Outcome o) {
                    outcome.complete(o);
                  }

                  @Override
                  public void onEnded() {}
                }));
    return await(outcome);
  }

  /**
   * Stops the network and closes the capture, then (tshark installed) asserts tshark finds no
   * malformed frame in it.
   */
  private void closeAndCheckPcap() throws Exception {
    net.close();
    net = null;
    tracer.close();
    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
  }

  private Confirmation<?> ulAtProbe(String imsi) throws Exception {
    return await(
        probe.invoke(
            "ul-probe-" + ++flows,
            PROBE,
            Ssn.VLR,
            HLR,
            Ssn.HLR,
            MapApplicationContext.NETWORK_LOC_UP,
            3,
            null,
            MapOperations.UPDATE_LOCATION,
            new UpdateLocationArg(
                new Imsi(imsi),
                null,
                AddressString.international(PROBE),
                AddressString.international(PROBE),
                null,
                null,
                List.of())));
  }

  private Confirmation<org.ss7sim.map.message.ProvideSubscriberInfoRes> psi(String imsi)
      throws Exception {
    return await(
        probe.invoke(
            "psi-" + ++flows,
            PROBE,
            Ssn.HLR,
            MSC,
            Ssn.VLR,
            MapApplicationContext.SUBSCRIBER_INFO_ENQUIRY,
            3,
            null,
            MapOperations.PROVIDE_SUBSCRIBER_INFO,
            org.ss7sim.map.message.ProvideSubscriberInfoArg.of(
                new Imsi(imsi),
                new org.ss7sim.map.message.RequestedInfo(
                    true, true, null, false, null, false, false, List.of()))));
  }

  private Confirmation<org.ss7sim.map.message.PurgeMsRes> purge(String imsi, String vlr)
      throws Exception {
    return await(
        probe.invoke(
            "purge-" + ++flows,
            PROBE,
            Ssn.VLR,
            HLR,
            Ssn.HLR,
            MapApplicationContext.MS_PURGING,
            3,
            null,
            MapOperations.PURGE_MS,
            new org.ss7sim.map.message.PurgeMsArg(
                new Imsi(imsi), AddressString.international(vlr), null, null, List.of())));
  }

  private Confirmation<org.ss7sim.map.message.RoutingInfoForSmRes> sriSm(String msisdn)
      throws Exception {
    return await(
        probe.invoke(
            "srism-" + ++flows,
            PROBE,
            Ssn.MSC,
            msisdn,
            Ssn.HLR,
            MapApplicationContext.SHORT_MSG_GATEWAY,
            3,
            null,
            MapOperations.SEND_ROUTING_INFO_FOR_SM,
            org.ss7sim.map.message.RoutingInfoForSmArg.of(
                AddressString.international(msisdn), true, AddressString.international(PROBE))));
  }

  private Confirmation<org.ss7sim.map.message.AnyTimeInterrogationRes> ati(String msisdn)
      throws Exception {
    return await(
        probe.invoke(
            "ati-" + ++flows,
            PROBE,
            Ssn.MSC,
            msisdn,
            Ssn.HLR,
            MapApplicationContext.ANY_TIME_ENQUIRY,
            3,
            null,
            MapOperations.ANY_TIME_INTERROGATION,
            org.ss7sim.map.message.AnyTimeInterrogationArg.of(
                new org.ss7sim.map.message.SubscriberIdentity(
                    null, AddressString.international(msisdn)),
                new org.ss7sim.map.message.RequestedInfo(
                    true, true, null, false, null, false, false, List.of()),
                AddressString.international(PROBE))));
  }

  private Confirmation<org.ss7sim.map.message.ProvideRoamingNumberRes> prn(String imsi)
      throws Exception {
    return await(
        probe.invoke(
            "prn-" + ++flows,
            PROBE,
            Ssn.MSC,
            MSC,
            Ssn.VLR,
            MapApplicationContext.ROAMING_NUMBER_ENQUIRY,
            3,
            null,
            MapOperations.PROVIDE_ROAMING_NUMBER,
            ProvideRoamingNumberArg.of(new Imsi(imsi), AddressString.international(MSC))));
  }

  private Confirmation<org.ss7sim.map.message.MtForwardSmRes> mtForwardSm(String imsi)
      throws Exception {
    // an SMS-DELIVER "hi" from 12345 (GSM 7-bit)
    Octets tpdu = Octets.fromHex("0405812143f500006240707173442102e834");
    return await(
        probe.invoke(
            "mt-" + ++flows,
            PROBE,
            Ssn.MSC,
            MSC,
            Ssn.MSC,
            MapApplicationContext.SHORT_MSG_MT_RELAY,
            3,
            null,
            MapOperations.MT_FORWARD_SM,
            MtForwardSmArg.of(
                new SmRpDa.ByImsi(new Imsi(imsi)),
                new SmRpOa.ServiceCentre(AddressString.international(PROBE)),
                tpdu)));
  }

  /** Who sent it and its label, e.g. {@code hlr>TC-END result}. */
  static List<String> labels(List<TraceEvent> events) {
    return events.stream().map(e -> e.from() + ">" + e.label()).toList();
  }
}
