package org.ss7sim.simulator.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which call, short message or query (the flow) a message belongs to, found from the protocol
 * identifiers it carries, never from its bytes: a TCAP transaction end is known by the address and
 * transaction id of the node that owns it, an ISUP circuit by its two point codes and CIC, an SMPP
 * submission by the ESME's system id and its user_message_reference.
 *
 * <p>Who writes what:
 *
 * <ul>
 *   <li>The node that starts new protocol state for a flow names the flow while it does ({@link
 *       NodeFlows#starting}): the TC-BEGIN (its originating transaction id) and the IAM (its
 *       circuit) sent meanwhile are bound to it.
 *   <li>A node that answers or relays finds the flow from the identifiers of what it sends: a
 *       TC-CONTINUE/END by the transaction id of the other end ({@code dtid} with the called
 *       address), an ISUP message by its circuit. The first answer of a dialogue binds the
 *       answering end's transaction id too, so every later message of the dialogue is found by
 *       either of its ids.
 *   <li>A TC-END or TC-ABORT received by the node it is for forgets both ends of the dialogue.
 * </ul>
 *
 * <p>One table per run, shared by every node's thread: concurrent maps, keys of a few fields.
 */
public final class FlowTable {
  /** One end of a TCAP transaction: the owning node's SCCP address (as it sends it) and its TID. */
  record TcapEnd(String address, long tid) {}

  /** An ISUP circuit between two signaling points (the lower point code first). */
  record Circuit(long low, long high, int cic) {
    static Circuit of(long opc, long dpc, int cic) {
      return opc <= dpc ? new Circuit(opc, dpc, cic) : new Circuit(dpc, opc, cic);
    }
  }

  /** A submit_sm of an ESME by its user_message_reference. */
  record Submission(String systemId, int reference) {}

  private static final class Dialogue {
    final String flow;
    volatile TcapEnd originator;
    volatile TcapEnd responder;

    Dialogue(String flow) {
      this.flow = flow;
    }
  }

  private final Map<TcapEnd, Dialogue> dialogues = new ConcurrentHashMap<>();
  private final Map<Circuit, String> circuits = new ConcurrentHashMap<>();
  private final Map<Submission, String> submissions = new ConcurrentHashMap<>();
  private final Map<Submission, String> deliveries = new ConcurrentHashMap<>();

  /** A dialogue begins: its originating end belongs to {@code flow}. */
  void begin(TcapEnd originator, String flow) {
    Dialogue d = new Dialogue(flow);
    d.originator = originator;
    dialogues.put(originator, d);
  }

  /**
   * The flow of a TCAP message from the end {@code own} (null for none: TC-END, TC-ABORT) to the
   * end {@code peer} (null for a TC-BEGIN); an answering end seen for the first time joins the
   * dialogue. "" when neither end is known.
   */
  String tcap(TcapEnd own, TcapEnd peer) {
    Dialogue d = own == null ? null : dialogues.get(own);
    if (d == null && peer != null) {
      d = dialogues.get(peer);
      if (d != null && own != null && d.responder == null) {
        d.responder = own;
        dialogues.put(own, d);
      }
    }
    return d == null ? "" : d.flow;
  }

  /** A dialogue ended at its end {@code end}: both ends are forgotten. */
  void ended(TcapEnd end) {
    Dialogue d = dialogues.remove(end);
    if (d != null) {
      TcapEnd o = d.originator;
      TcapEnd r = d.responder;
      if (o != null) {
        dialogues.remove(o, d);
      }
      if (r != null) {
        dialogues.remove(r, d);
      }
    }
  }

  /**
   * A call seizes a circuit (its IAM): from now on the circuit's messages belong to {@code flow}.
   */
  void seize(Circuit c, String flow) {
    circuits.put(c, flow);
  }

  /** The flow of the call on circuit {@code c}, "" if none. */
  String circuit(Circuit c) {
    return circuits.getOrDefault(c, "");
  }

  /** An ESME names the flow of the submit_sm it is about to send with user_message_reference. */
  public void submitting(String systemId, int reference, String flow) {
    submissions.put(new Submission(systemId, reference), flow);
  }

  /** The SMSC takes the flow of a submit_sm it received (forgotten here); "" if unknown. */
  public String submitted(String systemId, int reference) {
    String f = submissions.remove(new Submission(systemId, reference));
    return f == null ? "" : f;
  }

  /**
   * The SMSC names the flow of an MO deliver_sm it is about to send to {@code systemId} with
   * user_message_reference. Kept apart from the ESME's own submissions: the two count their
   * references independently, and one key space let an MO message and a submit_sm of the same ESME
   * with the same reference take each other's flow.
   */
  public void delivering(String systemId, int reference, String flow) {
    deliveries.put(new Submission(systemId, reference), flow);
  }

  /** The ESME takes the flow of an MO deliver_sm it received (forgotten here); "" if unknown. */
  public String delivered(String systemId, int reference) {
    String f = deliveries.remove(new Submission(systemId, reference));
    return f == null ? "" : f;
  }

  /** Dialogues still known (both ends of an answered one count once each). */
  int dialogueEnds() {
    return dialogues.size();
  }

  void clear() {
    dialogues.clear();
    circuits.clear();
    submissions.clear();
    deliveries.clear();
  }
}
