package org.ss7sim.cap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.NoticeIndication;
import org.ss7sim.sccp.ProtocolClass;
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

/**
 * Two SCCP nodes back to back, an MSC (gsmSSF) and an SCP (gsmSCF), for testing CAP over the real
 * TCAP stack without SCCP: what a node sends is queued and delivered to the other node's user for
 * the called SSN when the test calls {@link #pump()}. Every message is recorded; messages to the
 * SCP can be dropped (an SCP that does not answer) or returned (an SCP that cannot be reached).
 */
public final class LoopbackSccp {
  public static final SccpAddress SSP = SccpAddress.ofSsn(PointCode.itu(1001), Ssn.CAP);
  public static final SccpAddress SCP = SccpAddress.ofSsn(PointCode.itu(2002), Ssn.CAP);

  public final Node ssp = new Node(SSP);
  public final Node scp = new Node(SCP);
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  public final List<UnitdataRequest> wire = new ArrayList<>();

  public LoopbackSccp() {
    ssp.peer = scp;
    scp.peer = ssp;
  }

  /** Delivers queued messages and those their delivery causes, at most 10,000. */
  public int pump() {
    int n = 0;
    while (!queue.isEmpty() && n < 10_000) {
      queue.poll().run();
      n++;
    }
    return n;
  }

  /** Decoded TCAP of every message sent so far, in order. */
  public List<TcMessage> messages() {
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

  /** One side of the loopback. */
  public final class Node implements SccpService {
    final SccpAddress address;
    final Map<Ssn, SccpUser> users = new HashMap<>();
    Node peer;

    /** Messages arriving here are lost. */
    public boolean dropIncoming;

    /** The next message sent from here comes back as an N-NOTICE. */
    public boolean returnNext;

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
      if (peer.dropIncoming) {
        return;
      }
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
