package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.ssp.Ssp;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * A switch behind a mated STP pair stops and comes back (the network of NetnsMultiProcessTest:
 * stp-1a/stp-1b, ssp-01/ssp-02, hlr-01, msc-01, smsc-01; here in one JVM under virtual time). Each
 * STP tells its mate that it can no longer reach the switch (DUNA as transfer-prohibited, Q.704
 * §13.2.2), so the pair tells every node DUNA (RFC 4666 §4.5.1) instead of passing the switch's
 * traffic to each other; when the switch is back both say DAVA and every node reaches it again.
 * Without the STP–STP destination state (each STP taking its mate for an alternative that still
 * works) no node is ever told the switch was lost.
 */
class MatedStpRestartTest {
  static final int SSP2 = 1002;
  static final List<String> STPS = List.of("stp-1a", "stp-1b");
  static final List<String> ENDS = List.of("ssp-01", "hlr-01", "msc-01", "smsc-01");

  @TempDir Path dir;

  /** One DUNA or DAVA for {@link #SSP2} as seen in the pcap. */
  record Ssnm(String from, String to, String type) {}

  @Test
  void a_switch_restarted_behind_the_pair_is_lost_then_reachable_again_from_every_node()
      throws Exception {
    Path file = dir.resolve("restart.yaml");
    Files.writeString(
        file,
        new NetworkGenerator(
                new Shape(
                    "restart", 1, 2, 1, 1, 1, 100, 15, "tcp", Shape.Topology.RING, 1, 2905, 0))
            .network());
    Network network = ConfigLoader.loadNetwork(file);
    NodeKinds kinds = new NodeKinds(network, true, dir);
    ByteArrayOutputStream pcap = new ByteArrayOutputStream();
    Map<Octets, String> nodeAt = new HashMap<>();
    try (Tracer tracer = new Tracer(new PcapWriter(pcap), 1);
        SimNetwork net =
            SimNetwork.start(network, Set.of(), tracer, kinds::logicFor, new VirtualTime())) {
      SimNode ssp1 = net.node("ssp-01").orElseThrow();
      assertThat(call(net, ssp1).success()).isTrue();

      net.stopNode("ssp-02");
      advance(net, Duration.ofSeconds(2));
      for (String n : others()) {
        assertThat(reaches(net, n)).as(n + " reaches ssp-02 while it is down").isFalse();
      }
      assertThat(call(net, ssp1).success()).isFalse();

      net.restartNode("ssp-02");
      for (int i = 0; i < 50 && !others().stream().allMatch(n -> reaches(net, n)); i++) {
        advance(net, Duration.ofMillis(100));
      }
      for (String n : others()) {
        assertThat(reaches(net, n)).as(n + " reaches ssp-02 again").isTrue();
      }
      assertThat(call(net, ssp1).success()).isTrue();
      for (SimNode n : net.nodes()) {
        nodeAt.put(address(n.pcapAddress(n.name())), n.name());
      }
      tracer.flush();
    }

    List<Ssnm> seen = ssnmFor(pcap.toByteArray(), nodeAt);
    for (String stp : STPS) {
      for (String end : ENDS) {
        assertThat(seen)
            .as(stp + " to " + end)
            .filteredOn(s -> s.from().equals(stp) && s.to().equals(end))
            .extracting(Ssnm::type)
            .containsSubsequence("DUNA", "DAVA")
            .endsWith("DAVA");
      }
      String mate = stp.equals("stp-1a") ? "stp-1b" : "stp-1a";
      assertThat(seen)
          .as(stp + " to its mate")
          .filteredOn(s -> s.from().equals(stp) && s.to().equals(mate))
          .extracting(Ssnm::type)
          .containsSubsequence("DUNA", "DAVA")
          .endsWith("DAVA");
    }
  }

  private static List<String> others() {
    List<String> out = new ArrayList<>(STPS);
    out.addAll(ENDS);
    return out;
  }

  private static boolean reaches(SimNetwork net, String node) {
    SimNode n = net.node(node).orElseThrow();
    try {
      return n.call(
          () -> n.m3ua().accessible(new PointCode(n.m3ua().localPointCode().format(), SSP2)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Octets address(org.ss7sim.wire.pcap.Endpoint e) {
    return Octets.of(e.address().getAddress());
  }

  /**
   * Every DUNA / DAVA naming {@link #SSP2} in the capture, in order, by sending and receiving node.
   */
  private static List<Ssnm> ssnmFor(byte[] capture, Map<Octets, String> nodeAt) throws Exception {
    List<Ssnm> out = new ArrayList<>();
    for (CapturedMessage m : PcapReader.read(Octets.of(capture))) {
      M3uaMessage decoded = M3uaCodec.decode(m.payload());
      List<AffectedPointCode> apcs;
      String type;
      if (decoded instanceof DestinationUnavailable d) {
        apcs = d.affectedPointCodes();
        type = "DUNA";
      } else if (decoded instanceof DestinationAvailable d) {
        apcs = d.affectedPointCodes();
        type = "DAVA";
      } else {
        continue;
      }
      if (apcs.stream().anyMatch(a -> a.pointCode() == SSP2 && a.mask() == 0)) {
        out.add(
            new Ssnm(nodeAt.get(address(m.source())), nodeAt.get(address(m.destination())), type));
      }
    }
    return out;
  }

  /** Runs {@code net}'s virtual time for {@code d}. */
  static void advance(SimNetwork net, Duration d) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    net.clock().schedule(d, () -> done.complete(null));
    net.await(done, d.plusSeconds(5));
  }

  /**
   * Places one call from {@code node} (ssp-001 of a generated network) to ssp-002 and waits for its
   * end.
   */
  static Outcome call(SimNetwork net, SimNode node) throws Exception {
    Ssp ssp = (Ssp) node.logic().orElseThrow();
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    CompletableFuture<Void> ended = new CompletableFuture<>();
    node.execute(
        () ->
            ssp.placeCall(
                "restart",
                "99920002001",
                "99920001999",
                Duration.ofMillis(100),
                new Ssp.CallListener() {
                  @Override
                  public void onOutcome(Outcome o) {
                    outcome.complete(o);
                  }

                  @Override
                  public void onEnded() {
                    ended.complete(null);
                  }
                }));
    net.await(ended, Duration.ofSeconds(60));
    return outcome.get();
  }
}
