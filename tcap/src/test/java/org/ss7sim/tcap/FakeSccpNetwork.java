package org.ss7sim.tcap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.NoticeIndication;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Two SCCP nodes joined back to back, for testing TCAP without the real SCCP: what one node sends
 * is queued and delivered to the other's user for the called SSN when the test calls {@link
 * #pump()}. Every message is recorded in order; a node can be told to return the next message with
 * an N-NOTICE instead.
 */
final class FakeSccpNetwork {
  static final SccpAddress ADDRESS_A = SccpAddress.ofSsn(PointCode.itu(101), Ssn.MSC);
  static final SccpAddress ADDRESS_B = SccpAddress.ofSsn(PointCode.itu(202), Ssn.HLR);

  final Node a = new Node(ADDRESS_A);
  final Node b = new Node(ADDRESS_B);
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  final List<UnitdataRequest> wire = new ArrayList<>();

  FakeSccpNetwork() {
    a.peer = b;
    b.peer = a;
  }

  /** Delivers queued messages (and the messages their delivery causes), at most 10,000. */
  int pump() {
    int n = 0;
    while (!queue.isEmpty() && n < 10_000) {
      queue.poll().run();
      n++;
    }
    return n;
  }

  /** Decoded TCAP of every message sent so far. */
  List<TcMessage> messages() {
    List<TcMessage> out = new ArrayList<>();
    for (UnitdataRequest r : wire) {
      try {
        out.add(TcMessageCodec.decode(r.data()));
      } catch (MalformedMessageException e) {
        throw new AssertionError("we sent undecodable bytes " + r.data(), e);
      }
    }
    return out;
  }

  TcMessage last() {
    List<TcMessage> m = messages();
    return m.get(m.size() - 1);
  }

  final class Node implements SccpService {
    final SccpAddress address;
    final Map<Ssn, SccpUser> users = new HashMap<>();
    Node peer;
    boolean returnNext;

    Node(SccpAddress address) {
      this.address = address;
    }

    @Override
    public void register(Ssn ssn, SccpUser user) {
      users.put(ssn, user);
    }

    @Override
    public void unregister(Ssn ssn) {
      users.remove(ssn);
    }

    @Override
    public void unitdata(UnitdataRequest r) {
      wire.add(r);
      if (returnNext) {
        returnNext = false;
        queue.add(
            () ->
                users
                    .get(r.calling().ssn())
                    .onNotice(
                        new NoticeIndication(
                            r.called(), r.calling(), ReturnCause.SUBSYSTEM_FAILURE, r.data())));
        return;
      }
      queue.add(() -> peer.receive(r.called(), r.calling(), r.data()));
    }

    /** Hands raw bytes to this node's user as if they came from the peer. */
    void receive(SccpAddress called, SccpAddress calling, Octets data) {
      SccpUser u = users.get(called.ssn());
      if (u != null) {
        u.onUnitdata(
            new UnitdataIndication(
                called, calling, org.ss7sim.sccp.ProtocolClass.CLASS_1, 0, true, data));
      }
    }
  }
}
