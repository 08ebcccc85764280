package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * An external STP relaying between simulated nodes (issue 13), {@code examples/external-stp.yaml}
 * against {@code external-stp-b.yaml}: network A simulates an SMSC, an HLR, an MSC and two
 * switches, none linked to another — each has one link, to the STP, which A declares {@code
 * external: true}. Network B (started in this JVM over TCP, as a second process would) plays that
 * STP: it simulates only the STP with its GTT rules and declares A's nodes external. A short
 * message from A's ESME crosses B twice by global title (SRI-for-SM to the HLR's GT, MT-ForwardSM
 * to the MSC's GT, each translated by B) with the answers routed back, and the receipt comes; a
 * call from ssp-a to ssp-b crosses B by point code (ISUP is routed by DPC) and is answered.
 */
class ExternalStpRelayTest {
  /** {@code examples/external-stp-b.yaml} (ss7sim as your STP), its listeners ephemeral. */
  private static String stpFile() throws Exception {
    return Files.readString(example("external-stp-b.yaml"))
        .replaceAll("127\\.0\\.0\\.1:295[0-4]", "127.0.0.1:0");
  }

  /**
   * {@code examples/external-stp.yaml} (the simulated nodes around your STP), each link pointed at
   * the port B's STP listens on for it, SMPP ephemeral.
   */
  private static String networkFile(SimNode stp) throws Exception {
    String yaml =
        Files.readString(example("external-stp.yaml")).replace("smpp_port: 2776", "smpp_port: 0");
    List<String> links = List.of("to-smsc", "to-hlr", "to-msc", "to-ssp-a", "to-ssp-b");
    for (int i = 0; i < links.size(); i++) {
      yaml =
          yaml.replace(
              "127.0.0.1:" + (2950 + i),
              "127.0.0.1:" + stp.listenerAddress(links.get(i)).getPort());
    }
    return yaml;
  }

  private static Path example(String name) {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples").resolve(name);
  }

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
    Network b = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("stp.yaml"), stpFile()));
    Path bDir = Files.createDirectories(dir.resolve("b"));
    relayTrace = new Tracer(null, 0);
    relay = SimNetwork.start(b, Set.of(), relayTrace, new NodeKinds(b, true, bDir)::logicFor);
    SimNode stp = relay.node("stp").orElseThrow();
    Network a =
        ConfigLoader.loadNetwork(Files.writeString(dir.resolve("network.yaml"), networkFile(stp)));
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
