package org.ss7sim.isup.circuit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.message.Blocking;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.ReleaseComplete;
import org.ss7sim.isup.message.ResetCircuit;
import org.ss7sim.isup.message.Unblocking;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.wire.time.TimerService;

/**
 * Carries out the per-circuit supervision machines ({@link BlockingStateMachine}, {@link
 * ResetStateMachine}) on one circuit: sets the circuit's state, starts and stops its repeating
 * procedure, sends acknowledgements, clears its call through {@link CallClearing} and raises
 * maintenance alerts. Used by {@link CircuitSupervision} and {@link GroupSupervision}, which turn
 * requests and messages into the machines' events; it knows neither of them.
 */
final class CircuitProcedures {
  private static final Logger LOG = LoggerFactory.getLogger(CircuitProcedures.class);

  private final Signalling signalling;
  private final TimerService clock;
  private final IsupTimers timers;
  private final MaintenanceListener maintenance;
  private final CallClearing clearing;
  private long unexpected;
  private long alerts;

  CircuitProcedures(
      Signalling signalling,
      TimerService clock,
      IsupTimers timers,
      MaintenanceListener maintenance,
      CallClearing clearing) {
    this.signalling = signalling;
    this.clock = clock;
    this.timers = timers;
    this.maintenance = maintenance;
    this.clearing = clearing;
  }

  long unexpected() {
    return unexpected;
  }

  long alerts() {
    return alerts;
  }

  void alert(TrunkGroup g, int cic, String reason) {
    alerts++;
    maintenance.onMaintenanceAlert(g, cic, reason);
  }

  void send(Circuit c, IsupMessage m) {
    signalling.send(c.group().remote(), m);
  }

  /** Clears the call on {@code c}, if any, without a release message. */
  void clearCall(Circuit c) {
    if (c.use() != null) {
      clearing.clearLocally(c, CauseValue.TEMPORARY_FAILURE);
    }
  }

  boolean blocking(Circuit c, BlockingStateMachine.Event event) {
    BlockingStateMachine.Outcome o = BlockingStateMachine.handle(c.localBlocking(), event);
    if (!o.expected()) {
      unexpected++;
      LOG.debug("{}: {} unexpected in {}, discarded", c, event, c.localBlocking());
      return false;
    }
    c.localBlocking(o.next());
    for (BlockingStateMachine.Action a : o.actions()) {
      switch (a) {
        case START_BLOCKING ->
            startProcedure(c, new Blocking(c.cic()), IsupTimer.T12, IsupTimer.T13);
        case START_UNBLOCKING ->
            startProcedure(c, new Unblocking(c.cic()), IsupTimer.T14, IsupTimer.T15);
        case STOP_PROCEDURE -> c.procedure(null);
      }
    }
    return true;
  }

  void reset(Circuit c, ResetStateMachine.Event event) {
    ResetStateMachine.Outcome o = ResetStateMachine.handle(c.reset(), event);
    if (!o.expected()) {
      unexpected++;
      LOG.debug("{}: {} unexpected in {}, discarded", c, event, c.reset());
      return;
    }
    c.reset(o.next());
    for (ResetStateMachine.Action a : o.actions()) {
      switch (a) {
        case CLEAR_CALL -> clearCall(c);
        case START_RESET ->
            startProcedure(c, new ResetCircuit(c.cic()), IsupTimer.T16, IsupTimer.T17);
        case STOP_PROCEDURE -> c.procedure(null);
        case CLEAR_REMOTE_BLOCKING -> c.remoteMaintenanceBlocked(false);
        case SEND_RELEASE_COMPLETE -> send(c, new ReleaseComplete(c.cic()));
        case RESUME_BLOCKING -> blocking(c, BlockingStateMachine.Event.PROCEDURE_RESUMED);
      }
    }
  }

  /** Replaces the circuit's repeating procedure, then sends (the answer may come inside send). */
  private void startProcedure(Circuit c, IsupMessage message, IsupTimer shortT, IsupTimer longT) {
    RepeatingProcedure p =
        new RepeatingProcedure(
            message,
            c.group().remote(),
            signalling,
            clock,
            timers,
            shortT,
            longT,
            reason -> alert(c.group(), c.cic().value(), reason));
    c.procedure(p);
    p.send();
  }
}
