package org.ss7sim.tcap;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ComponentCodec;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.Abrt;
import org.ss7sim.tcap.dialogue.DialoguePortion;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Envelope;
import org.ss7sim.tcap.message.MessageType;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.transaction.DialogueEvent;
import org.ss7sim.tcap.transaction.DialogueMachine;
import org.ss7sim.tcap.transaction.DialogueState;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The receiving side of the transaction sublayer (Q.774 §3.1.3, §3.1.4) and of dialogue handling
 * (§3.2.2), part of the stack's shell: checks the transaction portion, routes each received message
 * to its dialogue by transaction id, builds the indication, and hands the event to the {@link
 * DialogueMachine} through {@link TcapStack#carryOut}. What it cannot accept before the machine is
 * asked (bad transaction portion, unknown transaction id, a Continue whose otid is not the peer's)
 * it answers itself: P-Abort to the sender when its transaction id is known; TC-P-ABORT to the
 * local user when the dialogue is; End and Abort never answered.
 */
final class TransactionSublayer {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionSublayer.class);

  private final TcapStack stack;

  TransactionSublayer(TcapStack stack) {
    this.stack = stack;
  }

  void onUnitdata(UnitdataIndication ind) {
    stack.counters().messagesReceived++;
    try {
      Envelope e = TcMessageCodec.decodeEnvelope(ind.data());
      if (e.problem() != null) {
        badTransactionPortion(e, ind);
        return;
      }
      switch (e.type()) {
        case UNIDIRECTIONAL -> receiveUnidirectional(e, ind);
        case BEGIN -> receiveBegin(e, ind);
        case CONTINUE -> receiveContinue(e, ind);
        case END -> receiveEnd(e, ind);
        case ABORT -> receiveAbort(e, ind);
      }
    } catch (RuntimeException ex) {
      stack.counters().userCallbackFailures++;
      LOG.debug("TCAP message from {} dropped", ind.calling(), ex);
    }
  }

  private void badTransactionPortion(Envelope e, UnitdataIndication ind) {
    if (e.problem().equals(PAbortCause.UNRECOGNIZED_MESSAGE_TYPE)) {
      stack.counters().discardedUnrecognizedMessageType++;
    } else {
      stack.counters().discardedBadTransactionPortion++;
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "TCAP message from {} refused ({}): {}",
          ind.calling(),
          e.problem(),
          e.error().getMessage());
    }
    boolean answerable = e.type() != MessageType.END && e.type() != MessageType.ABORT;
    if (answerable && e.otid() != null) {
      stack.sendPAbort(ind.calling(), ind.called(), e.otid(), e.problem());
    }
    DialogueEntry d = e.dtid() == null ? null : lookup(e.dtid());
    if (d != null) {
      providerAbort(d, e.problem());
    }
  }

  /** A local TC-P-ABORT outside the dialogue machine's table: release and tell the user. */
  private void providerAbort(DialogueEntry d, PAbortCause cause) {
    stack.release(d);
    stack.deliver(
        () ->
            stack
                .user()
                .onAbort(
                    new AbortIndication(d.handle, AbortIndication.Kind.PROVIDER, cause, null)));
  }

  private DialogueEntry lookup(TransactionId dtid) {
    return dtid.length() == 4 ? stack.dialogues().get(dtid.value()) : null;
  }

  private void receiveUnidirectional(Envelope e, UnitdataIndication ind) {
    ComponentCodec.Decoded decoded = ComponentCodec.decodeLeniently(e.components());
    if (decoded.problem() != null) {
      stack.counters().badComponents++;
    }
    DialoguePortion dp = e.dialoguePortion();
    ObjectIdentifier acn = dp == null ? null : dp.applicationContext();
    Octets ui = dp == null ? null : dp.userInformation();
    stack.deliver(
        () ->
            stack
                .user()
                .onUnidirectional(
                    new UnidirectionalIndication(
                        ind.called(), ind.calling(), acn, ui, decoded.components())));
  }

  private void receiveBegin(Envelope e, UnitdataIndication ind) {
    if (stack.dialogues().size() >= stack.config().maxDialogues()) {
      stack.counters().refusedResourceLimitation++;
      stack.sendPAbort(ind.calling(), ind.called(), e.otid(), PAbortCause.RESOURCE_LIMITATION);
      return;
    }
    DialoguePortion dp = e.dialoguePortion();
    if (dp != null && !(dp.pdu() instanceof Aarq)) {
      stack.counters().discardedBadTransactionPortion++;
      stack.send(
          ind.calling(),
          ind.called(),
          new Abort(
              e.otid(),
              null,
              new DialoguePortion(new Abrt(Abrt.AbortSource.DIALOGUE_SERVICE_PROVIDER, null))),
          0);
      return;
    }
    DialogueEntry d =
        new DialogueEntry(
            stack,
            stack.allocateTid(),
            ind.called(),
            ind.calling(),
            dp == null ? null : dp.applicationContext());
    d.remoteTid = e.otid().value();
    d.remoteTidLength = (byte) e.otid().length();
    d.answerWithAare = dp != null;
    stack.dialogues().put(d.localTid, d);
    List<Reject> rejects = new ArrayList<>(0);
    List<Component> components = ComponentSublayer.receive(stack, d, e, rejects);
    Octets ui = dp == null ? null : dp.userInformation();
    queueRejects(d, rejects);
    BeginIndication indication =
        new BeginIndication(d.handle, d.applicationContext, ui, components);
    received(d, DialogueEvent.BEGIN_RECEIVED, e, ind, () -> stack.user().onBegin(indication));
    notifyRejects(d, rejects);
  }

  /** Runs the dialogue machine for a received message and lets the shell carry out the actions. */
  private void received(
      DialogueEntry d,
      DialogueEvent event,
      Envelope e,
      UnitdataIndication ind,
      Runnable indication) {
    stack.carryOut(
        d,
        event,
        DialogueMachine.handle(d.state, event),
        new TcapStack.Step(null, ind, e.otid(), e.dialoguePortion(), indication));
  }

  /** Queues the component sublayer's Rejects to go out with the dialogue's next message. */
  private void queueRejects(DialogueEntry d, List<Reject> rejects) {
    for (int i = 0; i < rejects.size(); i++) {
      d.queue(rejects.get(i));
      stack.counters().rejectsSent++;
    }
  }

  /** TC-L-REJECT indications. */
  private void notifyRejects(DialogueEntry d, List<Reject> rejects) {
    for (int i = 0; i < rejects.size(); i++) {
      Reject r = rejects.get(i);
      stack.deliver(() -> stack.user().onLocalReject(d.handle, r));
    }
  }

  private void receiveContinue(Envelope e, UnitdataIndication ind) {
    DialogueEntry d = lookup(e.dtid());
    if (d == null) {
      stack.counters().discardedUnknownDialogue++;
      stack.sendPAbort(
          ind.calling(), ind.called(), e.otid(), PAbortCause.UNRECOGNIZED_TRANSACTION_ID);
      return;
    }
    DialogueMachine.Outcome outcome =
        DialogueMachine.handle(d.state, DialogueEvent.CONTINUE_RECEIVED);
    if (outcome.unexpected()) {
      stack.carryOut(
          d,
          DialogueEvent.CONTINUE_RECEIVED,
          outcome,
          new TcapStack.Step(null, ind, e.otid(), null, null));
      return;
    }
    if (d.state != DialogueState.INITIATION_SENT && !e.otid().equals(d.remoteTransactionId())) {
      incorrectOtid(d, e, ind);
      return;
    }
    ObjectIdentifier acn = null;
    Octets ui = null;
    if (d.state == DialogueState.INITIATION_SENT
        && e.dialoguePortion() != null
        && e.dialoguePortion().pdu() instanceof Aare aare) {
      acn = aare.applicationContext();
      ui = aare.userInformation();
    }
    List<Reject> rejects = new ArrayList<>(0);
    List<Component> components = ComponentSublayer.receive(stack, d, e, rejects);
    ContinueIndication indication = new ContinueIndication(d.handle, acn, ui, components);
    queueRejects(d, rejects);
    received(d, DialogueEvent.CONTINUE_RECEIVED, e, ind, () -> stack.user().onContinue(indication));
    notifyRejects(d, rejects);
  }

  /**
   * A Continue for an established dialogue whose originating id is not the peer's id learned from
   * its first answer (Q.774 §3.1.4.2, incorrect transaction portion): the message is not accepted,
   * the sender gets a P-Abort (incorrectTransactionPortion) addressed with the id it used, the peer
   * transaction bound to the dialogue gets one too (the dialogue ends), and the TC-user gets
   * TC-P-ABORT.
   */
  private void incorrectOtid(DialogueEntry d, Envelope e, UnitdataIndication ind) {
    stack.counters().discardedBadTransactionPortion++;
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Continue for {} from {} with otid {} instead of {}: P-Abort",
          d,
          ind.calling(),
          e.otid(),
          d.remoteTransactionId());
    }
    stack.sendPAbort(
        ind.calling(), ind.called(), e.otid(), PAbortCause.INCORRECT_TRANSACTION_PORTION);
    stack.sendPAbort(
        d.remoteAddress,
        d.localAddress,
        d.remoteTransactionId(),
        PAbortCause.INCORRECT_TRANSACTION_PORTION);
    providerAbort(d, PAbortCause.INCORRECT_TRANSACTION_PORTION);
  }

  private void receiveEnd(Envelope e, UnitdataIndication ind) {
    DialogueEntry d = lookup(e.dtid());
    if (d == null) {
      stack.counters().discardedUnknownDialogue++;
      return;
    }
    DialogueMachine.Outcome outcome = DialogueMachine.handle(d.state, DialogueEvent.END_RECEIVED);
    if (outcome.unexpected()) {
      stack.carryOut(d, DialogueEvent.END_RECEIVED, outcome, TcapStack.Step.sending(null));
      return;
    }
    ObjectIdentifier acn = null;
    Octets ui = null;
    if (e.dialoguePortion() != null && e.dialoguePortion().pdu() instanceof Aare aare) {
      acn = aare.applicationContext();
      ui = aare.userInformation();
    }
    List<Reject> rejects = new ArrayList<>(0);
    List<Component> components = ComponentSublayer.receive(stack, d, e, rejects);
    EndIndication indication = new EndIndication(d.handle, acn, ui, components);
    received(d, DialogueEvent.END_RECEIVED, e, ind, () -> stack.user().onEnd(indication));
    notifyRejects(d, rejects);
  }

  private void receiveAbort(Envelope e, UnitdataIndication ind) {
    DialogueEntry d = lookup(e.dtid());
    if (d == null) {
      stack.counters().discardedUnknownDialogue++;
      return;
    }
    AbortIndication indication =
        e.pAbortCause() != null
            ? new AbortIndication(d.handle, AbortIndication.Kind.PROVIDER, e.pAbortCause(), null)
            : new AbortIndication(d.handle, AbortIndication.Kind.USER, null, e.dialoguePortion());
    received(d, DialogueEvent.ABORT_RECEIVED, e, ind, () -> stack.user().onAbort(indication));
  }

  /**
   * N-NOTICE: SCCP returned one of our messages; tell the user of its dialogue (Q.774 §3.1.3.3).
   */
  void onNotice(org.ss7sim.sccp.NoticeIndication notice) {
    Envelope e = TcMessageCodec.decodeEnvelope(notice.data());
    if (e.problem() == null
        && (e.type() == MessageType.BEGIN || e.type() == MessageType.CONTINUE)) {
      DialogueEntry d = lookup(e.otid());
      if (d != null) {
        stack.deliver(() -> stack.user().onNotice(new NoticeIndication(d.handle, notice.reason())));
      }
    }
  }
}
