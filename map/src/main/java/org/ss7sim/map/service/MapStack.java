package org.ss7sim.map.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapDialogueEntry.Request;
import org.ss7sim.map.service.MapDialogueMachine.Action;
import org.ss7sim.map.service.MapDialogueMachine.Event;
import org.ss7sim.map.service.MapDialogueMachine.Outcome;
import org.ss7sim.map.service.MapDialogueMachine.State;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.NoticeIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The MAP provider of one node over one {@link TcapStack} (TS 29.002 §14–§16): it is the stack's
 * TC-user and serves one {@link MapUser}. One thread owns it (the TCAP stack's).
 *
 * <p>The layer's shell: for each MAP-user request and TC indication it asks {@link
 * MapDialogueMachine} and carries out the actions on the {@link MapDialogueEntry} it keeps per
 * dialogue (with {@link Answers} and {@link VersionFallback}); {@link MapDialogue} is the user's
 * handle and writes nothing. MAP indications are called from TC indications, which TCAP delivers
 * only after the request that caused them returned; confirmations this layer makes itself in a
 * MAP-user request (a class 4 invoke sent, invokes failed by MAP-CLOSE or MAP-U-ABORT) go through
 * the same TCAP queue ({@link #confirm}), so they too arrive after the request returned.
 */
public final class MapStack implements TcUser {
  private static final Logger LOG = LoggerFactory.getLogger(MapStack.class);

  private final TcapStack tcap;
  private final MapUser user;
  private final MapConfig config;
  private final MapCounters counters = new MapCounters();

  /** How deep we are in MAP-user requests: their confirmations wait until they have returned. */
  private int requestDepth;

  public MapStack(TcapStack tcap, MapUser user, MapConfig config) {
    this.tcap = tcap;
    this.user = user;
    this.config = config;
    tcap.bind(this);
  }

  public MapCounters counters() {
    return counters;
  }

  public MapConfig config() {
    return config;
  }

  /**
   * A new dialogue (MAP-OPEN request) at {@code version}; queue invokes on it and call {@link
   * MapDialogue#send()}. Version 1 dialogues have no dialogue portion.
   */
  public MapDialogue open(
      SccpAddress localAddress,
      SccpAddress remoteAddress,
      MapApplicationContext context,
      int version) {
    if (!context.supports(version)) {
      throw new IllegalArgumentException(context + " has no version " + version);
    }
    Dialogue tc =
        tcap.newDialogue(localAddress, remoteAddress, version == 1 ? null : context.oid(version));
    return new MapDialogueEntry(this, tc, context, version, true, localAddress, remoteAddress)
        .handle;
  }

  // ---- requests from the MapDialogue handle ----

  void openInfo(MapDialogueEntry md, org.ss7sim.map.dialogue.MapOpenInfo info) {
    if (md.state != State.IDLE || !md.initiator) {
      throw new IllegalStateException("MAP-OPEN parameters only before the dialogue is opened");
    }
    md.openInfo = info;
  }

  void invoke(
      MapDialogueEntry md,
      MapOperation operation,
      MapParameter argument,
      Consumer<MapOutcome> listener) {
    requireOpen(md);
    if (!operation.usedIn(md.context, md.version)) {
      throw new IllegalArgumentException(
          operation + " is not an operation of " + md.context + " v" + md.version);
    }
    md.unsent.add(new Request(operation, argument, listener));
  }

  void returnResult(MapDialogueEntry md, InvokeId invokeId, MapParameter result) {
    requireOpen(md);
    MapOperation op = md.received.remove(invokeId.value());
    if (op == null) {
      throw new IllegalArgumentException("no received invoke " + invokeId + " to answer");
    }
    md.tc.returnResultLast(
        invokeId,
        OperationCode.local(op.code()),
        result == null ? null : MapDialogueEntry.encode(op, result, true, md.version));
  }

  void returnError(MapDialogueEntry md, InvokeId invokeId, MapError error) {
    requireOpen(md);
    MapOperation op = md.received.remove(invokeId.value());
    if (op == null) {
      throw new IllegalArgumentException("no received invoke " + invokeId + " to answer");
    }
    org.ss7sim.wire.Octets p = error.encodeParameter();
    md.tc.returnError(invokeId, ErrorCode.local(error.code().code()), p.isEmpty() ? null : p);
  }

  /** MAP-DELIMITER request of the user. */
  void delimiterRequest(MapDialogueEntry md) {
    requestDepth++;
    try {
      send(md);
    } finally {
      requestDepth--;
    }
  }

  /** MAP-CLOSE request of the user. */
  void closeRequest(MapDialogueEntry md) {
    requestDepth++;
    try {
      close(md);
    } finally {
      requestDepth--;
    }
  }

  /** MAP-U-ABORT request of the user. */
  void abortRequest(MapDialogueEntry md) {
    requestDepth++;
    try {
      abort(md, "aborted by the local user");
    } finally {
      requestDepth--;
    }
  }

  /**
   * Tells an invoke's listener how it ended. A confirmation caused by a MAP-user request (a class 4
   * invoke sent, invokes failed by a close or an abort) is delivered after that request has
   * returned, through TCAP's indication queue; one caused by a TC indication or a timer at once, in
   * the order the indication carried.
   */
  void confirm(Request r, MapOutcome outcome) {
    if (requestDepth > 0) {
      tcap.deliverLater(() -> r.listener().accept(outcome));
    } else {
      r.listener().accept(outcome);
    }
  }

  /** MAP-DELIMITER; a forwardSM too large for a TC-BEGIN opens empty (TS 29.002 §15.4.2). */
  void send(MapDialogueEntry md) {
    requireOpen(md);
    boolean holdInvokes =
        md.state == State.IDLE
            && md.version > 1
            && !config.segmentationAvailable()
            && md.carriesForwardSm()
            && md.estimatedBeginOctets() > config.maxBeginOctets();
    step(md, holdInvokes ? Event.DELIMITER_HOLDING_INVOKES : Event.DELIMITER, Step.NONE);
  }

  void close(MapDialogueEntry md) {
    requireOpen(md);
    step(md, Event.CLOSE, new Step(List.of(), false, "dialogue closed locally", -1));
  }

  void abort(MapDialogueEntry md, String reason) {
    step(md, Event.U_ABORT, new Step(List.of(), false, reason, -1));
  }

  private static void requireOpen(MapDialogueEntry md) {
    if (md.state == State.CLOSED) {
      throw new IllegalStateException("MAP dialogue is closed");
    }
  }

  // ---- carrying out the machine's actions ----

  /**
   * What an event brings for the actions: the components of a TC indication (and whether it was the
   * Begin), the reason given to waiting invokes and to the user, the version to fall back to.
   */
  record Step(
      List<Component> components,
      boolean begin,
      String reason,
      String abortReason,
      int lowerVersion) {
    static final Step NONE = new Step(List.of(), false, null, null, -1);

    Step(List<Component> components, boolean begin, String reason, int lowerVersion) {
      this(components, begin, reason, reason, lowerVersion);
    }
  }

  private void step(MapDialogueEntry md, Event event, Step s) {
    Outcome o = MapDialogueMachine.handle(md.state, event);
    if (o.actions().contains(Action.REFUSE)) {
      throw new IllegalStateException(
          event
              + " not allowed in "
              + md.state
              + (md.state == State.IDLE || md.state == State.AWAITING_ACCEPT
                  ? ": close before the dialogue is open; use abort"
                  : ""));
    }
    // The components of a TC-END are delivered while the dialogue is still open, so the user may
    // still answer them; otherwise the dialogue enters its next state before the actions.
    boolean closeAfterComponents =
        o.next() == State.CLOSED
            && !o.actions().isEmpty()
            && o.actions().get(0) == Action.PROCESS_COMPONENTS;
    if (!closeAfterComponents) {
      md.state = o.next();
    }
    for (Action a : o.actions()) {
      switch (a) {
        case REMEMBER_BEGIN_REQUESTS -> {
          md.beginRequests.clear();
          md.beginRequests.addAll(md.unsent);
        }
        case PUSH_INVOKES -> md.pushInvokes(this::confirm);
        case TC_BEGIN -> md.tc.begin(openUserInformation(md));
        case TC_CONTINUE -> md.tc.continueWith();
        case TC_END -> md.tc.end();
        case TC_U_ABORT -> {
          if (md.tc.isOpen()) {
            md.tc.userAbort(null);
          }
        }
        case PROCESS_COMPONENTS -> {
          process(md, s.components(), s.begin());
          if (closeAfterComponents) {
            md.state = o.next();
          }
        }
        case FAIL_PENDING -> failPending(md, s.reason());
        case INDICATE_CLOSE -> callUser(md, () -> user.onClose(md.handle));
        case INDICATE_ABORT -> callUser(md, () -> user.onAbort(md.handle, s.abortReason()));
        case RESTART_AT_LOWER_VERSION -> restart(md, s.lowerVersion());
        case REFUSE -> throw new IllegalStateException(event + " not allowed in " + md.state);
      }
    }
  }

  // ---- TC indications ----

  @Override
  public void onBegin(BeginIndication ind) {
    try {
      handleBegin(ind);
    } catch (RuntimeException e) {
      internalFailure(ind.dialogue(), e);
    }
  }

  private void handleBegin(BeginIndication ind) {
    Dialogue tc = ind.dialogue();
    ObjectIdentifier acn = ind.applicationContext();
    MapApplicationContext context;
    int version;
    if (acn == null) {
      // MAP v1: no dialogue portion; the context follows from the operation (TS 29.002 §14.2.2)
      context = Contexts.ofV1Invoke(ind.components()).orElse(null);
      version = 1;
      if (context == null) {
        for (Component c : ind.components()) {
          if (c instanceof Invoke inv) {
            counters.unrecognizedOperations++;
            tc.reject(inv.invokeId(), RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem());
          }
        }
        tc.end();
        return;
      }
    } else {
      long[] arcs = acn.arcs();
      Optional<MapApplicationContext> known =
          arcs.length == 8 && VersionFallback.isMapPrefix(arcs)
              ? Contexts.byId((int) arcs[6])
              : Optional.empty();
      if (known.isEmpty()) {
        counters.refusedDialogues++;
        LOG.debug("refusing dialogue with unknown application context {}", acn);
        tc.userAbort(null);
        return;
      }
      context = known.get();
      version = (int) arcs[7];
      int ours = config.maxVersion(context);
      if (version > ours || !context.supports(version)) {
        counters.refusedDialogues++;
        int offer = Math.min(ours, context.maxVersion());
        if (offer < context.minVersion()) {
          LOG.debug("refusing {} v{}: no version in common", context, version);
          tc.userAbort(null);
          return;
        }
        LOG.debug("refusing {} v{}: offering v{}", context, version, offer);
        tc.refuseApplicationContext(context.oid(offer));
        return;
      }
    }
    MapDialogueEntry md =
        new MapDialogueEntry(
            this, tc, context, version, false, tc.localAddress(), tc.remoteAddress());
    if (ind.userInformation() != null) {
      try {
        if (org.ss7sim.map.dialogue.MapDialoguePdu.fromUserInformation(ind.userInformation())
            instanceof org.ss7sim.map.dialogue.MapOpenInfo open) {
          md.peerOpenInfo = open;
        }
      } catch (MalformedMessageException e) {
        counters.mistypedParameters++;
        LOG.debug("undecodable MAP-OPEN user information: {}", e.getMessage());
        abort(md, "undecodable MAP-OPEN");
        return;
      }
    }
    callUser(md, () -> user.onOpen(md.handle));
    if (ind.components().isEmpty() && version > 1 && md.isOpen()) {
      // An empty TC-BEGIN (TS 29.002 §15.4.2): confirm the dialogue so the peer sends its invokes.
      step(md, Event.DELIMITER, Step.NONE);
      return;
    }
    process(md, ind.components(), true);
  }

  @Override
  public void onContinue(ContinueIndication ind) {
    try {
      handleContinue(ind);
    } catch (RuntimeException e) {
      internalFailure(ind.dialogue(), e);
    }
  }

  private void handleContinue(ContinueIndication ind) {
    MapDialogueEntry md = (MapDialogueEntry) ind.dialogue().attachment();
    if (md == null) {
      return;
    }
    step(md, Event.TC_CONTINUE, new Step(ind.components(), false, null, -1));
  }

  @Override
  public void onEnd(EndIndication ind) {
    try {
      handleEnd(ind);
    } catch (RuntimeException e) {
      internalFailure(ind.dialogue(), e);
    }
  }

  private void handleEnd(EndIndication ind) {
    MapDialogueEntry md = (MapDialogueEntry) ind.dialogue().attachment();
    if (md == null) {
      return;
    }
    step(
        md,
        Event.TC_END,
        new Step(ind.components(), false, "dialogue ended without an answer", -1));
  }

  @Override
  public void onAbort(AbortIndication ind) {
    try {
      handleAbort(ind);
    } catch (RuntimeException e) {
      internalFailure(ind.dialogue(), e);
    }
  }

  private void handleAbort(AbortIndication ind) {
    MapDialogueEntry md = (MapDialogueEntry) ind.dialogue().attachment();
    if (md == null) {
      return;
    }
    boolean unanswered = md.state == State.DIALOGUE_INITIATED || md.state == State.AWAITING_ACCEPT;
    if (md.initiator && unanswered) {
      int lower = VersionFallback.lowerVersion(md, ind);
      if (lower > 0) {
        step(md, Event.TC_ABORT_FALLBACK, new Step(List.of(), false, null, lower));
        return;
      }
    }
    String reason = ind.kind() + (ind.pAbortCause() != null ? " " + ind.pAbortCause() : "");
    step(md, Event.TC_ABORT, new Step(List.of(), false, "dialogue aborted: " + reason, reason, -1));
  }

  @Override
  public void onNotice(NoticeIndication ind) {
    LOG.debug("TC-NOTICE on dialogue {}: {}", ind.dialogue().id(), ind.reportCause());
    if (ind.dialogue().attachment() instanceof MapDialogueEntry md) {
      callUser(md, () -> user.onNotice(md.handle, String.valueOf(ind.reportCause())));
    }
  }

  @Override
  public void onInvokeTimeout(Dialogue dialogue, InvokeId invokeId) {
    MapDialogueEntry md = (MapDialogueEntry) dialogue.attachment();
    if (md == null) {
      return;
    }
    Request r = md.pending.remove(invokeId.value());
    if (r != null) {
      r.listener()
          .accept(
              r.operation().operationClass() == 2
                  ? new MapOutcome.Result(null)
                  : new MapOutcome.NoResponse("invocation timer expired"));
    }
  }

  @Override
  public void onLocalReject(Dialogue dialogue, Reject reject) {
    MapDialogueEntry md = (MapDialogueEntry) dialogue.attachment();
    if (md == null || reject.invokeId() == null) {
      return;
    }
    Request r = md.pending.remove(reject.invokeId().value());
    if (r != null) {
      r.listener().accept(new MapOutcome.Rejected(reject.problem(), false));
    }
  }

  // ---- components ----

  private void process(MapDialogueEntry md, List<Component> components, boolean begin) {
    boolean rejected = false;
    for (Component c : components) {
      if (c instanceof Invoke inv) {
        rejected |= !invokeIndication(md, inv);
      } else if (c instanceof ReturnResult rr) {
        rejected |= !Answers.result(md, rr, counters);
      } else if (c instanceof ReturnError re) {
        rejected |= !Answers.error(md, re, counters);
      } else if (c instanceof Reject rj) {
        Answers.peerReject(md, rj);
      }
    }
    // A Reject we queued must reach the peer even when the user has nothing to answer.
    if (rejected && md.received.isEmpty() && md.tc.isOpen() && md.state != State.CLOSED && begin) {
      step(md, Event.CLOSE, new Step(List.of(), false, "dialogue closed after a reject", -1));
    }
  }

  private boolean invokeIndication(MapDialogueEntry md, Invoke inv) {
    Optional<MapOperation> op = MapOperation.of((int) inv.opCode().local(), md.context, md.version);
    if (inv.opCode().global() != null || op.isEmpty()) {
      counters.unrecognizedOperations++;
      LOG.debug("reject: operation {} not in {} v{}", inv.opCode(), md.context, md.version);
      Answers.rejectIfOpen(
          md, inv.invokeId(), RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem());
      return false;
    }
    MapParameter arg;
    try {
      if (inv.parameter() == null) {
        throw new MalformedMessageException("argument missing", 0, "TS 29.002 §17.6");
      }
      arg = op.get().argumentCodec(md.version).decode(inv.parameter());
    } catch (MalformedMessageException | RuntimeException e) {
      counters.mistypedParameters++;
      LOG.debug("reject: mistyped argument of {}: {}", op.get(), e.getMessage());
      Answers.rejectIfOpen(
          md, inv.invokeId(), RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
      return false;
    }
    md.received.put(inv.invokeId().value(), op.get());
    MapOperation operation = op.get();
    Invocation<?, ?> invocation = Invocation.of(md.handle, inv.invokeId(), operation, arg);
    callUser(md, () -> user.onInvocation(invocation));
    return true;
  }

  // ---- version fallback (TS 29.002 §14.2.2) ----

  private void restart(MapDialogueEntry md, int version) {
    counters.versionFallbacks++;
    md.fallbacks++;
    LOG.debug("{} v{} refused, retrying at v{}", md.context, md.version, version);
    List<Request> again = new ArrayList<>();
    for (Request r : md.beginRequests) {
      Request down = VersionFallback.downgrade(r, md.context, version);
      if (down == null) {
        r.listener()
            .accept(new MapOutcome.NoResponse(r.operation() + " does not exist in v" + version));
      } else {
        again.add(down);
      }
    }
    for (Request r : md.unsent) {
      Request down = VersionFallback.downgrade(r, md.context, version);
      if (down != null) {
        again.add(down);
      }
    }
    md.pending.clear();
    md.unsent.clear();
    md.unsent.addAll(again);
    md.version = version;
    md.tc =
        tcap.newDialogue(
            md.localAddress, md.remoteAddress, version == 1 ? null : md.context.oid(version));
    md.tc.attach(md);
    send(md);
  }

  // ---- helpers ----

  private void failPending(MapDialogueEntry md, String reason) {
    List<Request> left = new ArrayList<>(md.pending.values());
    left.addAll(md.unsent);
    md.pending.clear();
    md.unsent.clear();
    for (Request r : left) {
      confirm(r, new MapOutcome.NoResponse(reason));
    }
  }

  private static org.ss7sim.wire.Octets openUserInformation(MapDialogueEntry md) {
    if (md.openInfo == null || md.version < 2) {
      return null;
    }
    return org.ss7sim.map.dialogue.MapDialoguePdu.toUserInformation(md.openInfo);
  }

  /** The one boundary of this layer: a bug of ours must not reach the TCAP stack's event loop. */
  private void internalFailure(Dialogue tc, RuntimeException e) {
    counters.internalFailures++;
    LOG.debug("MAP layer failed on dialogue {}: {}", tc.id(), e.toString());
    Object a = tc.attachment();
    if (a instanceof MapDialogueEntry md && md.isOpen()) {
      abort(md, "MAP layer failure");
    } else if (tc.isOpen()) {
      tc.userAbort(null);
    }
  }

  /** Runs a MAP-user callback; an exception from it aborts the dialogue instead of escaping. */
  private void callUser(MapDialogueEntry md, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      counters.userFailures++;
      LOG.debug("MAP user failed on {}: {}", md, e.toString());
      if (md.isOpen()) {
        abort(md, "MAP user failure");
      }
    }
  }
}
