package org.ss7sim.simulator.node.ssp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.isup.message.InitialAddress;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.parameter.OriginalCalledNumber;
import org.ss7sim.isup.parameter.RedirectingNumber;
import org.ss7sim.isup.parameter.RedirectionInformation;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.SendRoutingInfoArg;
import org.ss7sim.map.message.SendRoutingInfoRes;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.MapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingReason;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.TCsi;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The gateway MSC against HLR answers the test controls (gmsc.yaml; the hlr node runs {@link
 * ScriptedHlr}), over M3UA on the loopback through the STP: calls forwarded on the HLR's forwarding
 * data carry the redirection parameters in the IAM (issue 18, Q.763 §3.39/3.44/3.45); calls to
 * subscribers with a T-CSI go through the gsmSCF first (issue 19, TS 23.078 §4.5.3: InitialDP at
 * DP12, Continue → second SRI with suppress-T-CSI, Connect, ReleaseCall, default handling when the
 * gsmSCF cannot be reached); ssp-b's calls cross the gateway MSC as transit calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GmscTest {
  static final String SCP = "999010000004";
  static final String SCP_DOWN = "999010000006";

  @TempDir static Path dir;
  static DemoNetwork demo;
  static final ScriptedHlr HLR = new ScriptedHlr();

  /** An HLR whose SRI answers are the test's, by MSISDN; it keeps the arguments it received. */
  static final class ScriptedHlr implements NodeLogic, MapUser {
    final List<SendRoutingInfoArg> received = Collections.synchronizedList(new ArrayList<>());
    MapStack map;

    @Override
    public void start(SimNode node) {
      map = new MapStack(node.tcap(Ssn.HLR.value()).orElseThrow(), this, MapConfig.defaults());
    }

    @Override
    public void stop() {}

    @Override
    @Deprecated
    public void onInvoke(MapDialogue d, InvokeId id, MapOperation op, MapParameter arg) {}

    @Override
    public void onInvocation(Invocation<?, ?> inv) {
      MapDialogue d = inv.dialogue();
      SendRoutingInfoArg a = inv.as(MapOperations.SEND_ROUTING_INFO).orElseThrow().argument();
      received.add(a);
      boolean suppressed;
      try {
        suppressed = ExtendedRoutingInfo.suppressesTCsi(a.unmodelled());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      Object answer = answer(a.msisdn().digits(), suppressed);
      if (answer instanceof MapErrorCode code) {
        d.returnError(inv.invokeId(), MapError.of(code));
      } else {
        d.returnResult(inv.invokeId(), (SendRoutingInfoRes) answer);
      }
      d.close();
    }

    static Object answer(String msisdn, boolean suppressed) {
      String last = msisdn.substring(msisdn.length() - 2);
      return switch (last) {
        case "01" ->
            forwarded(new ForwardingData("9992021111", ForwardingReason.UNCONDITIONAL, true));
        case "02" -> suppressed ? roaming("9992021222") : camel(SCP, false, Optional.empty());
        case "03", "04" -> suppressed ? roaming("9992021999") : camel(SCP, false, Optional.empty());
        case "05" -> suppressed ? roaming("9992021555") : camel(SCP_DOWN, false, Optional.empty());
        case "06" -> suppressed ? roaming("9992021666") : camel(SCP_DOWN, true, Optional.empty());
        case "07" ->
            camel(
                SCP,
                false,
                Optional.of(new ForwardingData("9992021777", ForwardingReason.NO_REPLY, true)));
        case "08" -> roaming("9992022888"); // busy line
        case "09" -> forwarded(new ForwardingData("9992021999", ForwardingReason.BUSY, false));
        default -> MapErrorCode.UNKNOWN_SUBSCRIBER;
      };
    }

    static SendRoutingInfoRes roaming(String msrn) {
      return new SendRoutingInfoRes(
          new Imsi("001010000000001"), AddressString.international(msrn), null, List.of());
    }

    static SendRoutingInfoRes forwarded(ForwardingData f) {
      return new SendRoutingInfoRes(
          new Imsi("001010000000001"), null, null, List.of(ExtendedRoutingInfo.encode(f)));
    }

    static SendRoutingInfoRes camel(String scf, boolean release, Optional<ForwardingData> f) {
      return new SendRoutingInfoRes(
          new Imsi("001010000000001"),
          null,
          null,
          List.of(ExtendedRoutingInfo.encode(new TCsi(300, scf, release), f)));
    }
  }

  @BeforeAll
  void start() throws Exception {
    String yaml;
    try (var in = getClass().getResourceAsStream("gmsc.yaml")) {
      yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("gmsc.yaml"), yaml));
    assertThat(NetworkValidator.validate(n)).isEmpty();
    demo = new DemoNetwork(n, dir, (kinds, node) -> node.name().equals("hlr") ? HLR : null);
  }

  @AfterAll
  void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private static Outcome call(String from, String flow, String number) throws Exception {
    HLR.received.clear();
    Outcome o = demo.call(from, flow, number, Duration.ofMillis(100));
    assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(10))).as("leaks after " + flow).isEmpty();
    return o;
  }

  /** The ISUP messages {@code node} sent in {@code flow}, decoded. */
  private static List<IsupMessage> isupSent(String flow, String node) throws Exception {
    List<IsupMessage> out = new ArrayList<>();
    for (TraceEvent e : demo.tracer.flow(flow)) {
      if (e.from().equals(node) && e.carrier() == TraceEvent.Carrier.M3UA) {
        if (M3uaCodec.decode(e.bytes()) instanceof Data d && d.protocolData().si() == 5) {
          out.add(IsupMessageCodec.decode(d.protocolData().userData()));
        }
      }
    }
    return out;
  }

  private static List<InitialAddress> iams(String flow, String node) throws Exception {
    return isupSent(flow, node).stream()
        .filter(m -> m instanceof InitialAddress)
        .map(m -> (InitialAddress) m)
        .toList();
  }

  private static List<String> labels(String flow) {
    return demo.tracer.flow(flow).stream()
        .map(e -> (e.from().startsWith("stp") ? "stp" : e.from()) + " " + e.label())
        .toList();
  }

  @Test
  void forwarding_data_in_the_sri_answer_forwards_the_call_with_redirection_in_the_iam()
      throws Exception {
    Outcome o = call("gmsc", "cfu", "9990110000001");
    assertThat(o.success()).as(o.toString()).isTrue();
    List<InitialAddress> iams = iams("cfu", "gmsc");
    assertThat(iams).hasSize(1);
    InitialAddress iam = iams.get(0);
    assertThat(iam.calledPartyNumber().digits()).startsWith("9992021111");
    RedirectingNumber rn = iam.optional().find(RedirectingNumber.class);
    assertThat(rn).isEqualTo(new RedirectingNumber(4, 1, 0, "9990110000001"));
    assertThat(iam.optional().find(OriginalCalledNumber.class))
        .isEqualTo(new OriginalCalledNumber(4, 1, 0, "9990110000001"));
    RedirectionInformation ri = iam.optional().find(RedirectionInformation.class);
    assertThat(ri.redirectingIndicator()).isEqualTo(3); // call diverted
    assertThat(ri.originalRedirectionReason()).isEqualTo(3); // unconditional
    assertThat(ri.redirectionCounter()).isEqualTo(1);
    assertThat(ri.redirectingReason()).isEqualTo(3);
    // the GMSC offered CAMEL phases 1 and 2, without suppress-T-CSI
    assertThat(HLR.received).hasSize(1);
    assertThat(ExtendedRoutingInfo.suppressesTCsi(HLR.received.get(0).unmodelled())).isFalse();
    assertThat(HLR.received.get(0).unmodelled())
        .containsExactly(ExtendedRoutingInfo.camelInfo(false));
  }

  @Test
  void forwarding_on_busy_with_presentation_restricted_sets_reason_1_and_indicator_4()
      throws Exception {
    Outcome o = call("gmsc", "cfb", "9990110000009");
    assertThat(o.success()).as(o.toString()).isTrue();
    InitialAddress iam = iams("cfb", "gmsc").get(0);
    RedirectionInformation ri = iam.optional().find(RedirectionInformation.class);
    assertThat(ri.redirectingIndicator()).isEqualTo(4);
    assertThat(ri.redirectingReason()).isEqualTo(1);
    assertThat(ri.originalRedirectionReason()).isEqualTo(1);
    assertThat(iam.optional().find(RedirectingNumber.class).presentation()).isEqualTo(1);
  }

  @Test
  void t_csi_sends_initial_dp_at_dp12_and_continue_gets_the_roaming_number_without_t_csi()
      throws Exception {
    Outcome o = call("gmsc", "tcsi-continue", "9990110000002");
    assertThat(o.success()).as(o.toString()).isTrue();
    assertThat(HLR.received).hasSize(2);
    assertThat(ExtendedRoutingInfo.suppressesTCsi(HLR.received.get(0).unmodelled())).isFalse();
    assertThat(ExtendedRoutingInfo.suppressesTCsi(HLR.received.get(1).unmodelled())).isTrue();
    assertThat(labels("tcsi-continue"))
        .containsSubsequence(
            "gmsc TC-BEGIN sendRoutingInfo",
            "hlr TC-END result",
            "gmsc TC-BEGIN initialDP",
            "scp TC-END continue",
            "gmsc TC-BEGIN sendRoutingInfo",
            "hlr TC-END result");
    InitialAddress iam = iams("tcsi-continue", "gmsc").get(0);
    assertThat(iam.calledPartyNumber().digits()).startsWith("9992021222");
    assertThat(iam.optional().find(RedirectionInformation.class)).isNull();
  }

  @Test
  void the_gsm_scf_connect_routes_the_call_to_its_destination_without_a_second_sri()
      throws Exception {
    Outcome o = call("gmsc", "tcsi-connect", "9990110000003");
    assertThat(o.success()).as(o.toString()).isTrue();
    assertThat(HLR.received).hasSize(1);
    assertThat(labels("tcsi-connect")).anyMatch(l -> l.startsWith("scp TC-END connect"));
    assertThat(iams("tcsi-connect", "gmsc").get(0).calledPartyNumber().digits())
        .startsWith("9992021333");
  }

  @Test
  void the_gsm_scf_release_call_releases_with_its_cause_and_no_iam() throws Exception {
    Outcome o = call("gmsc", "tcsi-release", "9990110000004");
    assertThat(o.cause()).isEqualTo("call_rejected");
    assertThat(iams("tcsi-release", "gmsc")).isEmpty();
  }

  @Test
  void an_unreachable_gsm_scf_gives_default_handling_continue() throws Exception {
    Outcome o = call("gmsc", "tcsi-default-continue", "9990110000005");
    assertThat(o.success()).as(o.toString()).isTrue();
    assertThat(HLR.received).hasSize(2);
    assertThat(iams("tcsi-default-continue", "gmsc").get(0).calledPartyNumber().digits())
        .startsWith("9992021555");
  }

  @Test
  void an_unreachable_gsm_scf_gives_default_handling_release_cause_31() throws Exception {
    Outcome o = call("gmsc", "tcsi-default-release", "9990110000006");
    assertThat(o.cause()).isEqualTo("normal_unspecified");
    assertThat(HLR.received).hasSize(1);
    assertThat(iams("tcsi-default-release", "gmsc")).isEmpty();
  }

  @Test
  void continue_with_forwarding_data_in_the_camel_routing_info_forwards_the_call()
      throws Exception {
    Outcome o = call("gmsc", "tcsi-forward", "9990110000007");
    assertThat(o.success()).as(o.toString()).isTrue();
    assertThat(HLR.received).hasSize(1);
    InitialAddress iam = iams("tcsi-forward", "gmsc").get(0);
    assertThat(iam.calledPartyNumber().digits()).startsWith("9992021777");
    assertThat(iam.optional().find(RedirectionInformation.class).redirectingReason())
        .isEqualTo(2); // no reply
  }

  @Test
  void a_transit_call_to_a_toll_free_number_goes_through_the_scp_and_back() throws Exception {
    Outcome o = call("ssp-b", "transit-0800", "08001");
    assertThat(o.success()).as(o.toString()).isTrue();
    assertThat(labels("transit-0800"))
        .extracting(l -> l.split(" cic")[0])
        .containsSubsequence(
            "ssp-b IAM",
            "gmsc TC-BEGIN initialDP",
            "scp TC-END connect",
            "gmsc IAM",
            "ssp-b ACM",
            "gmsc ACM",
            "ssp-b ANM",
            "gmsc ANM",
            "ssp-b REL",
            "gmsc REL");
    assertThat(iams("transit-0800", "gmsc").get(0).calledPartyNumber().digits())
        .startsWith("9992021000");
  }

  @Test
  void a_transit_call_to_a_forwarded_mobile_number_carries_the_redirection() throws Exception {
    Outcome o = call("ssp-b", "transit-cfu", "9990110000001");
    assertThat(o.success()).as(o.toString()).isTrue();
    InitialAddress iam = iams("transit-cfu", "gmsc").get(0);
    assertThat(iam.optional().find(RedirectingNumber.class).digits()).isEqualTo("9990110000001");
    // the caller's number is passed on as received
    assertThat(iam.optional().find(org.ss7sim.isup.parameter.CallingPartyNumber.class).digits())
        .isEqualTo("9992010001");
  }

  @Test
  void a_busy_line_behind_the_transit_call_releases_the_caller_with_cause_17() throws Exception {
    assertThat(call("ssp-b", "transit-busy", "9990110000008").cause()).isEqualTo("user_busy");
  }

  @Test
  void a_toll_free_number_translated_to_a_mobile_number_is_interrogated_next() throws Exception {
    Outcome o = call("gmsc", "tollfree-mobile", "08002");
    assertThat(o.success()).as(o.toString()).isTrue();
    assertThat(labels("tollfree-mobile"))
        .anyMatch(l -> l.startsWith("gmsc TC-BEGIN initialDP"))
        .anyMatch(l -> l.startsWith("gmsc TC-BEGIN sendRoutingInfo"));
  }

  @Test
  void tshark_decodes_the_camel_map_and_redirection_without_malformed_frames() throws Exception {
    call("gmsc", "pcap-cfu", "9990110000001");
    call("gmsc", "pcap-tcsi", "9990110000003");
    demo.flush();
    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
    List<List<String>> redirection =
        Tshark.fields(
            demo.pcap,
            List.of("-Y", "isup.message_type == 1 && isup.redirecting"),
            "isup.redirecting",
            "isup.original_called_number",
            "isup.redirecting_ind",
            "isup.redirection_counter",
            "isup.redirection_reason");
    assertThat(redirection).contains(List.of("9990110000001", "9990110000001", "3", "1", "3"));
    // InitialDP with eventTypeBCSM termAttemptAuthorized (12)
    assertThat(Tshark.field(demo.pcap, List.of("-Y", "camel.eventTypeBCSM"), "camel.eventTypeBCSM"))
        .contains("12");
  }
}
