package org.ss7sim.map.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.wire.MalformedMessageException;

/**
 * Two SCCP nodes back to back for MAP tests: what one sends is queued and handed to the other's
 * subsystem when the test pumps; every message is recorded in order.
 */
final class BackToBackSccp {
  static final SccpAddress SMSC = SccpAddress.ofSsn(PointCode.itu(101), Ssn.MSC);
  static final SccpAddress HLR = SccpAddress.ofSsn(PointCode.itu(202), Ssn.HLR);

  final Node a = new Node();
  final Node b = new Node();
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  final List<UnitdataRequest> wire = new ArrayList<>();

  BackToBackSccp() {
    a.peer = b;
    b.peer = a;
  }

  int pump() {
    int n = 0;
    while (!queue.isEmpty() && n < 10_000) {
      queue.poll().run();
      n++;
    }
    return n;
  }

  /** Forgets the messages waiting for delivery (a peer that never answers them). */
  void dropQueued() {
    queue.clear();
  }

  /** Hands {@code data} to node {@code to}'s subsystem as if the other node had sent it. */
  void inject(Node to, SccpAddress called, SccpAddress calling, org.ss7sim.wire.Octets data) {
    SccpUser u = to.users.get(called.ssn());
    u.onUnitdata(new UnitdataIndication(called, calling, ProtocolClass.CLASS_1, 0, true, data));
  }

  List<TcMessage> messages() {
    List<TcMessage> out = new ArrayList<>();
    for (UnitdataRequest r : wire) {
      try {
        out.add(TcMessageCodec.decode(r.data()));
      } catch (MalformedMessageException e) {
        throw new AssertionError("undecodable TCAP " + r.data(), e);
      }
    }
    return out;
  }

  final class Node implements SccpService {
    final Map<Ssn, SccpUser> users = new HashMap<>();
    Node peer;

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
      queue.add(
          () -> {
            SccpUser u = peer.users.get(r.called().ssn());
            if (u != null) {
              u.onUnitdata(
                  new UnitdataIndication(
                      r.called(), r.calling(), ProtocolClass.CLASS_1, 0, true, r.data()));
            }
          });
    }
  }
}
