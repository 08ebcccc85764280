package org.ss7sim.map.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapDialogue.Request;
import org.ss7sim.map.service.MapDialogue.State;
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
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The MAP provider of one node over one {@link TcapStack} (TS 29.002 §14–§16): it is the stack's
 * TC-user and serves one {@link MapUser}. One thread owns it (the TCAP stack's).
 */
public final class MapStack implements TcUser {
  private static final Logger LOG = LoggerFactory.getLogger(MapStack.class);

  private final TcapStack tcap;
  private final MapUser user;
  private final MapConfig config;
  private final MapCounters counters = new MapCounters();

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
    return new MapDialogue(this, tc, context, version, true, localAddress, remoteAddress);
  }

  // ---- requests from MapDialogue ----

  void send(MapDialogue md) {
    if (md.state == State.IDLE) {
      md.beginRequests.clear();
      md.beginRequests.addAll(md.unsent);
      if (md.version > 1
          && !config.segmentationAvailable()
          && md.carriesForwardSm()
          && md.estimatedBeginOctets() > config.maxBeginOctets()) {
        // TS 29.002 §15.4.2: open with an empty TC-BEGIN, send the invoke once the peer accepts.
        md.state = State.AWAITING_ACCEPT;
        md.tc.begin(openUserInformation(md));
        return;
      }
      md.pushInvokes();
      md.state = State.INITIATION_SENT;
      md.tc.begin(openUserInformation(md));
    } else if (md.state == State.AWAITING_ACCEPT) {
      return; // the queued invokes go with the Continue that answers the accept
    } else {
      md.pushInvokes();
      md.tc.continueWith();
    }
  }

  void close(MapDialogue md) {
    if (md.state == State.IDLE || md.state == State.AWAITING_ACCEPT) {
      throw new IllegalStateException("close before the dialogue is open; use abort");
    }
    md.pushInvokes();
    md.state = State.CLOSED;
    md.tc.end();
    failPending(md, "dialogue closed locally");
  }

  void abort(MapDialogue md, String reason) {
    md.state = State.CLOSED;
    if (md.tc.isOpen()) {
      md.tc.userAbort(null);
    }
    failPending(md, reason);
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
    MapDialogue md =
        new MapDialogue(this, tc, context, version, false, tc.localAddress(), tc.remoteAddress());
    if (ind.userInformation() != null) {
      try {
        if (org.ss7sim.map.dialogue.MapDialoguePdu.fromUserInformation(ind.userInformation())
            instanceof org.ss7sim.map.dialogue.MapOpenInfo open) {
          md.peerOpenInfo = open;
        }
      } catch (MalformedMessageException e) {
        counters.mistypedParameters++;
        LOG.debug("undecodable MAP-OPEN user information: {}", e.getMessage());
        md.state = State.CLOSED;
        tc.userAbort(null);
        return;
      }
    }
    callUser(md, () -> user.onOpen(md));
    if (ind.components().isEmpty() && version > 1 && md.isOpen()) {
      // An empty TC-BEGIN (TS 29.002 §15.4.2): confirm the dialogue so the peer sends its invokes.
      md.tc.continueWith();
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
    MapDialogue md = (MapDialogue) ind.dialogue().attachment();
    if (md == null) {
      return;
    }
    if (md.state == State.AWAITING_ACCEPT) {
      md.state = State.ACTIVE;
      md.pushInvokes();
      md.tc.continueWith();
    } else if (md.state == State.INITIATION_SENT) {
      md.state = State.ACTIVE;
    }
    process(md, ind.components(), false);
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
    MapDialogue md = (MapDialogue) ind.dialogue().attachment();
    if (md == null) {
      return;
    }
    process(md, ind.components(), false);
    md.state = State.CLOSED;
    failPending(md, "dialogue ended without an answer");
    callUser(md, () -> user.onClose(md));
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
    MapDialogue md = (MapDialogue) ind.dialogue().attachment();
    if (md == null || md.state == State.CLOSED) {
      return;
    }
    boolean unanswered = md.state == State.INITIATION_SENT || md.state == State.AWAITING_ACCEPT;
    if (md.isInitiator() && unanswered) {
      int lower = VersionFallback.lowerVersion(md, ind);
      if (lower > 0) {
        restart(md, lower);
        return;
      }
    }
    md.state = State.CLOSED;
    String reason = ind.kind() + (ind.pAbortCause() != null ? " " + ind.pAbortCause() : "");
    failPending(md, "dialogue aborted: " + reason);
    callUser(md, () -> user.onAbort(md, reason));
  }

  @Override
  public void onNotice(NoticeIndication ind) {
    LOG.debug("TC-NOTICE on dialogue {}: {}", ind.dialogue().id(), ind.reportCause());
    if (ind.dialogue().attachment() instanceof MapDialogue md) {
      callUser(md, () -> user.onNotice(md, String.valueOf(ind.reportCause())));
    }
  }

  @Override
  public void onInvokeTimeout(Dialogue dialogue, InvokeId invokeId) {
    MapDialogue md = (MapDialogue) dialogue.attachment();
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
    MapDialogue md = (MapDialogue) dialogue.attachment();
    if (md == null || reject.invokeId() == null) {
      return;
    }
    Request r = md.pending.remove(reject.invokeId().value());
    if (r != null) {
      r.listener().accept(new MapOutcome.Rejected(reject.problem(), false));
    }
  }

  // ---- components ----

  private void process(MapDialogue md, List<Component> components, boolean begin) {
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
      md.state = State.CLOSED;
      md.tc.end();
      failPending(md, "dialogue closed after a reject");
    }
  }

  private boolean invokeIndication(MapDialogue md, Invoke inv) {
    Optional<MapOperation> op =
        MapOperation.of((int) inv.opCode().local(), md.context(), md.version());
    if (inv.opCode().global() != null || op.isEmpty()) {
      counters.unrecognizedOperations++;
      LOG.debug("reject: operation {} not in {} v{}", inv.opCode(), md.context(), md.version());
      Answers.rejectIfOpen(
          md, inv.invokeId(), RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem());
      return false;
    }
    MapParameter arg;
    try {
      if (inv.parameter() == null) {
        throw new MalformedMessageException("argument missing", 0, "TS 29.002 §17.6");
      }
      arg = op.get().argumentCodec(md.version()).decode(inv.parameter());
    } catch (MalformedMessageException | RuntimeException e) {
      counters.mistypedParameters++;
      LOG.debug("reject: mistyped argument of {}: {}", op.get(), e.getMessage());
      Answers.rejectIfOpen(
          md, inv.invokeId(), RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
      return false;
    }
    md.received.put(inv.invokeId().value(), op.get());
    MapOperation operation = op.get();
    callUser(md, () -> user.onInvoke(md, inv.invokeId(), operation, arg));
    return true;
  }

  // ---- version fallback (TS 29.002 §14.2.2) ----

  private void restart(MapDialogue md, int version) {
    counters.versionFallbacks++;
    md.fallbacks++;
    LOG.debug("{} v{} refused, retrying at v{}", md.context(), md.version(), version);
    List<Request> again = new ArrayList<>();
    for (Request r : md.beginRequests) {
      Request down = VersionFallback.downgrade(r, md.context(), version);
      if (down == null) {
        r.listener()
            .accept(new MapOutcome.NoResponse(r.operation() + " does not exist in v" + version));
      } else {
        again.add(down);
      }
    }
    for (Request r : md.unsent) {
      Request down = VersionFallback.downgrade(r, md.context(), version);
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
            md.localAddress(), md.remoteAddress(), version == 1 ? null : md.context().oid(version));
    md.tc.attach(md);
    md.state = State.IDLE;
    send(md);
  }

  // ---- helpers ----

  private void failPending(MapDialogue md, String reason) {
    List<Request> left = new ArrayList<>(md.pending.values());
    left.addAll(md.unsent);
    md.pending.clear();
    md.unsent.clear();
    for (Request r : left) {
      r.listener().accept(new MapOutcome.NoResponse(reason));
    }
  }

  private static org.ss7sim.wire.Octets openUserInformation(MapDialogue md) {
    if (md.openInfo == null || md.version() < 2) {
      return null;
    }
    return org.ss7sim.map.dialogue.MapDialoguePdu.toUserInformation(md.openInfo);
  }

  /** The one boundary of this layer: a bug of ours must not reach the TCAP stack's event loop. */
  private void internalFailure(Dialogue tc, RuntimeException e) {
    counters.internalFailures++;
    LOG.debug("MAP layer failed on dialogue {}: {}", tc.id(), e.toString());
    Object a = tc.attachment();
    if (a instanceof MapDialogue md && md.isOpen()) {
      abort(md, "MAP layer failure");
    } else if (tc.isOpen()) {
      tc.userAbort(null);
    }
  }

  /** Runs a MAP-user callback; an exception from it aborts the dialogue instead of escaping. */
  private void callUser(MapDialogue md, Runnable call) {
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
