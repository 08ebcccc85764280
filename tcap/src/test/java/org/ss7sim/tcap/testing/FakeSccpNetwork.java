package org.ss7sim.tcap.testing;

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
import org.ss7sim.wire.Octets;

/**
 * The one fake SCCP network of the TCAP, MAP and INAP tests (shipped in the tcap test-jar, which
 * map and inap use in test scope; testkit cannot hold it because sccp and tcap depend on testkit):
 * two SCCP nodes joined back to back, for testing a TC-user without the real SCCP. What one node
 * sends is queued and delivered to the other's user for the called SSN when the test calls {@link
 * #pump()}. Every message is recorded in order. A node can drop what arrives (a peer that never
 * answers) or return the next message it sends as an N-NOTICE (a peer that cannot be reached).
 */
public final class FakeSccpNetwork {
  /** The default address of node {@link #a}: PC 101, SSN MSC. */
  public static final SccpAddress ADDRESS_A = SccpAddress.ofSsn(PointCode.itu(101), Ssn.MSC);

  /** The default address of node {@link #b}: PC 202, SSN HLR. */
  public static final SccpAddress ADDRESS_B = SccpAddress.ofSsn(PointCode.itu(202), Ssn.HLR);

  public final Node a;
  public final Node b;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

  /** Every message sent so far, in order. */
  public final List<UnitdataRequest> wire = new ArrayList<>();

  public FakeSccpNetwork() {
    this(ADDRESS_A, ADDRESS_B);
  }

  public FakeSccpNetwork(SccpAddress addressA, SccpAddress addressB) {
    a = new Node(addressA);
    b = new Node(addressB);
    a.peer = b;
    b.peer = a;
  }

  /** Delivers queued messages (and the messages their delivery causes), at most 10,000. */
  public int pump() {
    int n = 0;
    while (!queue.isEmpty() && n < 10_000) {
      queue.poll().run();
      n++;
    }
    return n;
  }

  /** Forgets the messages waiting for delivery (a peer that never answers them). */
  public void dropQueued() {
    queue.clear();
  }

  /** Hands {@code data} to node {@code to}'s subsystem as if the other node had sent it. */
  public void inject(Node to, SccpAddress called, SccpAddress calling, Octets data) {
    to.receive(called, calling, data);
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

  /** The last message sent, decoded. */
  public TcMessage last() {
    List<TcMessage> m = messages();
    return m.get(m.size() - 1);
  }

  /** One side of the network. */
  public final class Node implements SccpService {
    public final SccpAddress address;
    final Map<Ssn, SccpUser> users = new HashMap<>();
    Node peer;

    /** Messages arriving here are lost. */
    public boolean dropIncoming;

    /** The next message sent from here comes back as an N-NOTICE (subsystem failure). */
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
      queue.add(() -> peer.receive(r.called(), r.calling(), r.data()));
    }

    /** Hands raw bytes to this node's user for the called SSN as if they came from the peer. */
    public void receive(SccpAddress called, SccpAddress calling, Octets data) {
      SccpUser u = users.get(called.ssn());
      if (u != null) {
        u.onUnitdata(new UnitdataIndication(called, calling, ProtocolClass.CLASS_1, 0, true, data));
      }
    }
  }
}
