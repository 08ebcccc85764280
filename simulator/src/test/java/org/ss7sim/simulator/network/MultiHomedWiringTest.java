package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.m3ua.node.M3uaNode;
import org.ss7sim.m3ua.node.M3uaNodeBuilder;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.Transport;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.Octets;

/**
 * SCTP multi-homing as far as it can be checked without kernel SCTP: a multi-homed listening end
 * and a multi-homed connecting end of the network file are wired ({@link LinkWiring}) into the
 * associations the SCTP transport is asked for — every local address bound on the first one's port,
 * every remote address of the peer tried — and the listening end admits the peer from any of its
 * addresses (the {@code allowed_peers} default), refusing others with a refusal that names the link
 * and the address. A recording transport stands in for kernel SCTP.
 */
class MultiHomedWiringTest {
  private static final String NETWORK =
      """
      name: multi-homed
      defaults: {transport: sctp}
      nodes:
        - name: stp
          kind: stp
          point_code: 200
          links:
            - name: sut
              peer: sut
              role: sgp
              listen: true
              local: ["127.0.0.1:3905", 127.0.0.2]
              remote: [127.0.0.5, 127.0.0.6]
              routing_context: 100
            - name: sg
              peer: sg
              role: asp
              listen: false
              local: [127.0.0.1, 127.0.0.2]
              remote: ["127.0.0.7:2905", 127.0.0.8]
              routing_context: 200
        - name: sut
          kind: endpoint
          external: true
          point_code: 101
        - name: sg
          kind: stp
          external: true
          point_code: 300
      """;

  @TempDir Path dir;

  /** What the node asked the SCTP transport for. */
  private static final class RecordingSctp implements Transport {
    final Map<String, AssociationConfig> listened = new LinkedHashMap<>();
    final Map<String, AssociationListener> listeners = new LinkedHashMap<>();
    final Map<String, AssociationConfig> connected = new LinkedHashMap<>();

    @Override
    public TransportKind kind() {
      return TransportKind.SCTP;
    }

    @Override
    public Association connect(AssociationConfig config, AssociationListener listener) {
      connected.put(config.name(), config);
      return new Peer(config.name(), List.of());
    }

    @Override
    public AssociationServer listen(AssociationConfig config, AssociationListener listener) {
      listened.put(config.name(), config);
      listeners.put(config.name(), listener);
      return new AssociationServer() {
        @Override
        public SocketAddress localAddress() {
          return config.localAddresses().get(0);
        }

        @Override
        public void close() {}
      };
    }
  }

  /** An association seen from the node: its peer's addresses, whether the node closed it. */
  private static final class Peer implements Association {
    final String name;
    final List<SocketAddress> remotes;
    boolean closed;
    final List<Octets> sent = new ArrayList<>();

    Peer(String name, List<SocketAddress> remotes) {
      this.name = name;
      this.remotes = remotes;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public TransportKind kind() {
      return TransportKind.SCTP;
    }

    @Override
    public boolean isUp() {
      return !closed && !remotes.isEmpty();
    }

    @Override
    public boolean send(int streamId, long ppid, Octets payload) {
      sent.add(payload);
      return true;
    }

    @Override
    public int outboundStreams() {
      return 16;
    }

    @Override
    public boolean carriesStreams() {
      return true;
    }

    @Override
    public List<SocketAddress> remoteAddresses() {
      return remotes;
    }

    @Override
    public void abort() {
      closed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void multi_homed_ends_are_wired_with_every_address_and_admit_the_peer_from_any_of_its_own()
      throws Exception {
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("mh.yaml"), NETWORK));
    Node stp = n.node("stp").orElseThrow();
    VirtualClock clock = new VirtualClock();
    RecordingSctp sctp = new RecordingSctp();
    List<String> refusals = new ArrayList<>();
    M3uaNodeBuilder b =
        M3uaNode.builder()
            .localPointCode(stp.pointCode().orElseThrow())
            .timers(clock)
            .refusals(
                (c, link, peer) ->
                    refusals.add(c + " " + link + " " + ExternalLinks.peerText(peer)));
    LinkWiring.Wired wired = LinkWiring.wire(b, stp, Map.of(), Set.of("stp"), false);
    assertThat(wired.transports()).hasSize(1).allMatch(k -> k.name().equals("SCTP"));
    M3uaNode m3ua = b.transport(sctp).build();
    m3ua.start();

    // the listening end binds both its addresses on the first one's port
    assertThat(sctp.listened.get("sut").localAddresses())
        .containsExactly(
            new InetSocketAddress("127.0.0.1", 3905), new InetSocketAddress("127.0.0.2", 3905));
    // the connecting end tries both of the peer's addresses on the first one's port, from both of
    // its own (ephemeral port)
    AssociationConfig sg = sctp.connected.get("sg");
    assertThat(sg.remoteAddresses())
        .containsExactly(
            new InetSocketAddress("127.0.0.7", 2905), new InetSocketAddress("127.0.0.8", 2905));
    assertThat(sg.localAddresses())
        .containsExactly(
            new InetSocketAddress("127.0.0.1", 0), new InetSocketAddress("127.0.0.2", 0));

    // allowed_peers defaults to every address of the peer: admitted from its second one...
    AssociationListener sut = sctp.listeners.get("sut");
    Peer second = new Peer("sut#a", List.of(new InetSocketAddress("127.0.0.6", 40001)));
    sut.onUp(second);
    assertThat(second.closed).as("peer at its second address admitted").isFalse();
    // ...and not from another address, refused on link sut naming the address
    Peer stranger = new Peer("sut#b", List.of(new InetSocketAddress("127.0.0.9", 40002)));
    sut.onUp(stranger);
    assertThat(stranger.closed).as("peer at an address not its own closed").isTrue();
    assertThat(m3ua.counter(Counter.REFUSED_PEERS)).isEqualTo(1);
    assertThat(refusals).containsExactly("REFUSED_PEERS sut 127.0.0.9:40002");
  }
}
