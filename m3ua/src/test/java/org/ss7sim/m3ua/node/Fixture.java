package org.ss7sim.m3ua.node;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.MtpStatus;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.injvm.InJvmNetwork;
import org.ss7sim.transport.injvm.InJvmTransport;
import org.ss7sim.transport.injvm.Trampoline;
import org.ss7sim.wire.Octets;

/** In-JVM nodes on a virtual clock, all on one run-to-completion thread. */
final class Fixture {
  final VirtualClock clock = new VirtualClock();
  final Trampoline loop = new Trampoline();
  final InJvmNetwork network = new InJvmNetwork();
  final InJvmTransport transport = new InJvmTransport(network, clock, loop);

  M3uaNodeBuilder node(int pc) {
    return M3uaNode.builder()
        .localPointCode(PointCode.itu(pc))
        .owner(loop)
        .timers(clock)
        .transport(transport);
  }

  static AssociationConfig serverAt(int port) {
    return AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", port));
  }

  static AssociationConfig clientTo(String name, int port) {
    return AssociationConfig.client(name, new InetSocketAddress("127.0.0.1", port));
  }

  static AspLinkConfig asp(String name, int port, long rc, TrafficModeType mode) {
    return new AspLinkConfig(
        name, TransportKind.IN_JVM, clientTo(name, port), List.of(rc), mode, null, false);
  }

  static MtpTransfer message(int opc, int dpc, int sls, String hex) {
    return new MtpTransfer(
        PointCode.itu(opc),
        PointCode.itu(dpc),
        ServiceIndicator.SCCP,
        NetworkIndicator.NATIONAL,
        0,
        sls,
        Octets.fromHex(hex));
  }

  void settle() {
    clock.advance(Duration.ofMillis(1));
  }

  /** Records what an MTP user receives. */
  static final class User implements MtpUser {
    final List<MtpTransfer> received = new ArrayList<>();
    final List<String> events = new ArrayList<>();

    @Override
    public void onTransfer(MtpTransfer indication) {
      received.add(indication);
    }

    @Override
    public void onPause(PointCode affected) {
      events.add("pause " + affected.value());
    }

    @Override
    public void onResume(PointCode affected) {
      events.add("resume " + affected.value());
    }

    @Override
    public void onStatus(MtpStatus status) {
      events.add("status " + status.affected().value() + " " + status.cause());
    }
  }

  /** A hand-driven M3UA peer: sends raw bytes, records decoded messages. */
  final class RawPeer implements AssociationListener {
    final List<M3uaMessage> received = new ArrayList<>();

    /** The bytes of each message in {@link #received}, as they came. */
    final List<Octets> receivedBytes = new ArrayList<>();

    final List<String> events = new ArrayList<>();
    final List<Integer> streams = new ArrayList<>();
    final Association association;

    RawPeer(int port) {
      association = transport.connect(clientTo("raw", port), this);
    }

    void send(M3uaMessage m) {
      association.send(0, 3, M3uaCodec.encode(m));
    }

    void sendRaw(String hex) {
      association.send(0, 3, Octets.fromHex(hex));
    }

    M3uaMessage last() {
      return received.get(received.size() - 1);
    }

    @Override
    public void onUp(Association a) {
      events.add("up");
    }

    @Override
    public void onDown(Association a, String cause) {
      events.add("down");
    }

    @Override
    public void onMessage(Association a, int streamId, long ppid, Octets payload) {
      try {
        streams.add(streamId);
        received.add(M3uaCodec.decode(payload));
        receivedBytes.add(payload);
      } catch (Exception e) {
        throw new AssertionError("node sent undecodable bytes " + payload, e);
      }
    }
  }
}
