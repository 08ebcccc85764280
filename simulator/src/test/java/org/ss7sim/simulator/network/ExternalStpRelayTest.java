package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Alphabet;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.smsc.Esme;
import org.ss7sim.simulator.trace.MessageCounters;
import org.ss7sim.simulator.trace.Tracer;

/**
 * An external STP relaying between simulated nodes (issue 13): network A simulates an SMSC, an HLR,
 * an MSC and two switches, none linked to another — each has one link, to the STP, which A declares
 * {@code external: true}. Network B (started in this JVM over TCP, as a second process would) plays
 * that STP: it simulates only the STP with its GTT rules and declares A's nodes external. A short
 * message from A's ESME crosses B twice by global title (SRI-for-SM to the HLR's GT, MT-ForwardSM
 * to the MSC's GT, each translated by B) with the answers routed back, and the receipt comes; a
 * call from ssp-a to ssp-b crosses B by point code (ISUP is routed by DPC) and is answered.
 */
class ExternalStpRelayTest {
  private static final String STP =
      """
      name: relay-stp
      nodes:
        - name: stp
          kind: stp
          point_code: 1-1-1
          gtt:
            - {prefix: "999010000001", to: hlr, ssn: 6}
            - {prefix: "999010000002", to: msc, ssn: 8}
            - {prefix: "999010000003", to: smsc, ssn: 8}
            - {prefix: "99901", to: hlr, ssn: 6}
          links:
            - {name: to-smsc, peer: smsc, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 10, allowed_peers: 127.0.0.1}
            - {name: to-hlr, peer: hlr, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 11, allowed_peers: 127.0.0.1}
            - {name: to-msc, peer: msc, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 12, allowed_peers: 127.0.0.1}
            - {name: to-ssp-a, peer: ssp-a, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 13, allowed_peers: 127.0.0.1}
            - {name: to-ssp-b, peer: ssp-b, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 14, allowed_peers: 127.0.0.1}
        - {name: smsc, kind: smsc, external: true, point_code: 1-6-1, global_titles: "999010000003"}
        - {name: hlr, kind: hlr, external: true, point_code: 1-4-1, global_titles: "999010000001"}
        - {name: msc, kind: msc, external: true, point_code: 1-5-1, global_titles: "999010000002"}
        - {name: ssp-a, kind: ssp, external: true, point_code: 1-2-1}
        - {name: ssp-b, kind: ssp, external: true, point_code: 1-2-2}
      """;

  private static final String NETWORK =
      """
      name: behind-an-external-stp
      nodes:
        - name: smsc
          kind: smsc
          point_code: 1-6-1
          global_titles: "999010000003"
          smpp_port: 0
          accounts:
            - {system_id: esme1, password: secret}
          links:
            - {name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:%d", routing_context: 10}
        - name: hlr
          kind: hlr
          point_code: 1-4-1
          global_titles: "999010000001"
          subscribers:
            - {msisdn: "9990110000000", imsi: "001010000000000", count: 100}
          links:
            - {name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:%d", routing_context: 11}
        - name: msc
          kind: msc
          point_code: 1-5-1
          global_titles: "999010000002"
          msrn_prefix: "99901999"
          links:
            - {name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:%d", routing_context: 12}
        - name: ssp-a
          kind: ssp
          point_code: 1-2-1
          lines:
            - {prefix: "999201", behaviour: answer}
          trunks:
            - {to: ssp-b, cics: 1-31, prefixes: ["999202"]}
          links:
            - {name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:%d", routing_context: 13}
        - name: ssp-b
          kind: ssp
          point_code: 1-2-2
          lines:
            - {prefix: "999202", behaviour: answer}
          trunks:
            - {to: ssp-a, cics: 1-31, select: descending, prefixes: ["999201"]}
          links:
            - {name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:%d", routing_context: 14}
        - name: esme1
          kind: esme
          smsc: smsc
        - {name: stp, kind: stp, external: true, point_code: 1-1-1}
      """;

  @TempDir Path dir;
  SimNetwork relay;
  Tracer relayTrace;
  DemoNetwork network;

  @AfterEach
  void stop() {
    if (network != null) {
      network.close();
    }
    if (relay != null) {
      relay.close();
    }
  }

  @Test
  void sms_by_global_title_and_a_call_by_point_code_cross_the_external_stp() throws Exception {
    Network b = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("stp.yaml"), STP));
    Path bDir = Files.createDirectories(dir.resolve("b"));
    relayTrace = new Tracer(null, 0);
    relay = SimNetwork.start(b, Set.of(), relayTrace, new NodeKinds(b, true, bDir)::logicFor);
    SimNode stp = relay.node("stp").orElseThrow();
    Object[] ports =
        java.util.stream.Stream.of("to-smsc", "to-hlr", "to-msc", "to-ssp-a", "to-ssp-b")
            .map(l -> stp.listenerAddress(l).getPort())
            .toArray();
    Network a =
        ConfigLoader.loadNetwork(
            Files.writeString(dir.resolve("network.yaml"), NETWORK.formatted(ports)));
    assertThat(a.node("smsc").orElseThrow().links())
        .as("A's nodes reach each other only through the external STP")
        .allMatch(l -> l.peer().equals("stp"));
    network = new DemoNetwork(a, Files.createDirectories(dir.resolve("a")));
    assertThat(network.net.externalLinks().awaitUp(Duration.ofSeconds(20)))
        .as("links to the external STP down")
        .isEmpty();
    long relayedBefore = stp.call(() -> stp.m3ua().counter(Counter.DATA_RECEIVED));

    // by global title: SRI-for-SM and MT-ForwardSM translated by B, answers routed back
    Esme esme = network.net.attachment("esme1", Esme.class).orElseThrow();
    DemoNetwork.Result sms = new DemoNetwork.Result();
    esme.submit(
        "sms-1",
        "9990110000042",
        new SmsOptions("1000", Optional.of("via the STP"), 11, Alphabet.GSM7, true),
        sms);
    Outcome delivered = sms.await(Duration.ofSeconds(20));
    assertThat(delivered.success()).as(delivered.toString()).isTrue();
    assertThat(network.tracer.flow("sms-1"))
        .extracting(e -> e.from() + ">" + e.to() + " " + e.label())
        .as("A's nodes send only to the STP")
        .containsSubsequence(
            "smsc>stp TC-BEGIN sendRoutingInfoForSm",
            "hlr>stp TC-END result",
            "smsc>stp TC-BEGIN mtForwardSm",
            "msc>stp TC-END result");

    // by point code: the IAM to ssp-b and its answers
    Outcome call = network.call("ssp-a", "call-1", "9992021000", Duration.ofMillis(50));
    assertThat(call.success()).as(call.toString()).isTrue();

    // B relayed them all: what its STP sent on, by layer and type
    Map<MessageCounters.Key, Long> sent = relayTrace.counters().sent();
    assertThat(sent)
        .containsKey(new MessageCounters.Key("stp", "tcap", "TC-BEGIN sendRoutingInfoForSm"))
        .containsKey(new MessageCounters.Key("stp", "tcap", "TC-BEGIN mtForwardSm"))
        .containsKey(new MessageCounters.Key("stp", "isup", "IAM"))
        .containsKey(new MessageCounters.Key("stp", "isup", "ANM"));
    assertThat(stp.call(() -> stp.m3ua().counter(Counter.DATA_RECEIVED)))
        .isGreaterThanOrEqualTo(relayedBefore + 8);
  }
}
