package org.ss7sim.isup.circuit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.message.Blocking;
import org.ss7sim.isup.message.BlockingAcknowledgement;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.CircuitGroupBlocking;
import org.ss7sim.isup.message.CircuitGroupBlockingAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupUnblocking;
import org.ss7sim.isup.message.CircuitGroupUnblockingAcknowledgement;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.ReleaseComplete;
import org.ss7sim.isup.message.ResetCircuit;
import org.ss7sim.isup.message.Unblocking;
import org.ss7sim.isup.message.UnblockingAcknowledgement;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.RangeAndStatus;
import org.ss7sim.wire.time.TimerService;

/**
 * Circuit supervision procedures (Q.764 §2.8 blocking and unblocking, §2.9.3 circuit group query,
 * §2.10 reset): the sending side with its timers and repetitions, the receiving side with its
 * acknowledgements. Calls on circuits that are reset or hardware blocked are cleared through {@link
 * CallClearing}.
 */
public final class CircuitSupervision {
  private static final Logger LOG = LoggerFactory.getLogger(CircuitSupervision.class);

  /** Largest range a group message may cover here (Q.763 §3.43: range 1–31 for GRS/CGB/CGU). */
  public static final int MAX_GROUP_RANGE = 31;

  private final Signalling signalling;
  private final TimerService clock;
  private final IsupTimers timers;
  private final MaintenanceListener maintenance;
  private final CallClearing clearing;
  private final GroupSupervision groups;
  private long unexpected;
  private long alerts;

  public CircuitSupervision(
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
    this.groups = new GroupSupervision(this, signalling, clock, timers);
  }

  void countUnexpected() {
    unexpected++;
    LOG.debug("unexpected group acknowledgement discarded");
  }

  /** Messages that arrived in a state where they are not expected and were discarded. */
  public long unexpectedMessages() {
    return unexpected;
  }

  /** Maintenance alerts raised. */
  public long maintenanceAlerts() {
    return alerts;
  }

  /** Group procedures awaiting their acknowledgement. */
  public int pendingGroupOperations() {
    return groups.pending();
  }

  private void send(Circuit c, IsupMessage m) {
    signalling.send(c.group().remote(), m);
  }

  void alert(TrunkGroup g, int cic, String reason) {
    alerts++;
    maintenance.onMaintenanceAlert(g, cic, reason);
  }

  static void cancel(Circuit c) {
    if (c.shortTimer != null) {
      c.shortTimer.cancel();
      c.shortTimer = null;
    }
    if (c.longTimer != null) {
      c.longTimer.cancel();
      c.longTimer = null;
    }
  }

  /**
   * Starts a repeating procedure on one circuit: the short timer repeats {@code message}; the long
   * timer alerts maintenance, repeats it and from then on repeats it every long period (Q.764
   * §2.8.2.1 for BLO with T12/T13, UBL with T14/T15, §2.10.3.1 for RSC with T16/T17).
   */
  private void startProcedure(Circuit c, IsupMessage message, IsupTimer shortT, IsupTimer longT) {
    cancel(c);
    // Timers first: the acknowledgement may arrive before send returns (run-to-completion MTP).
    c.shortTimer = clock.schedule(timers.value(shortT), () -> shortExpiry(c, message, shortT));
    c.longTimer = clock.schedule(timers.value(longT), () -> longExpiry(c, message, shortT, longT));
    send(c, message);
  }

  private void shortExpiry(Circuit c, IsupMessage message, IsupTimer shortT) {
    c.shortTimer = clock.schedule(timers.value(shortT), () -> shortExpiry(c, message, shortT));
    send(c, message);
  }

  private void longExpiry(Circuit c, IsupMessage message, IsupTimer shortT, IsupTimer longT) {
    alert(
        c.group(),
        c.cic().value(),
        longT + " expired awaiting acknowledgement of " + message.type());
    if (c.shortTimer != null) {
      c.shortTimer.cancel();
      c.shortTimer = null;
    }
    c.longTimer = clock.schedule(timers.value(longT), () -> longExpiry(c, message, shortT, longT));
    send(c, message);
  }

  /** Raises a maintenance alert about {@code c} (e.g. T5 expiry, Q.764 §2.10.2). */
  public void alertMaintenance(Circuit c, String reason) {
    alert(c.group(), c.cic().value(), reason);
  }

  /** UCIC: the remote end does not have this CIC; take the circuit out of service (Q.764 §2.12). */
  public void markRemoteUnequipped(Circuit c) {
    c.remoteUnequipped = true;
    alert(c.group(), c.cic().value(), "UCIC received: circuit unequipped at the remote end");
  }

  /** An IAM on a circuit the remote end blocked unblocks it (Q.764 §2.8.2.3). */
  public void clearRemoteMaintenanceBlocking(Circuit c) {
    c.remoteMaintenanceBlocked = false;
  }

  // ---- requests from management --------------------------------------------------------------

  /** Maintenance blocking of one circuit: BLO, T12 and T13 (Q.764 §2.8.2.1). */
  public void block(Circuit c) {
    if (c.localBlocking == Circuit.LocalBlocking.BLOCKED
        || c.localBlocking == Circuit.LocalBlocking.BLOCKING) {
      return;
    }
    c.localBlocking = Circuit.LocalBlocking.BLOCKING;
    startProcedure(c, new Blocking(c.cic()), IsupTimer.T12, IsupTimer.T13);
  }

  /** Maintenance unblocking of one circuit: UBL, T14 and T15 (Q.764 §2.8.2.1). */
  public void unblock(Circuit c) {
    if (c.localBlocking == Circuit.LocalBlocking.UNBLOCKED
        || c.localBlocking == Circuit.LocalBlocking.UNBLOCKING) {
      return;
    }
    c.localBlocking = Circuit.LocalBlocking.UNBLOCKING;
    startProcedure(c, new Unblocking(c.cic()), IsupTimer.T14, IsupTimer.T15);
  }

  /** Resets one circuit: clears its call, RSC, T16 and T17 (Q.764 §2.10.3.1). */
  public void reset(Circuit c) {
    if (c.use != null) {
      clearing.clearLocally(c, CauseValue.TEMPORARY_FAILURE);
    }
    c.resetting = true;
    c.resetRequired = false;
    startProcedure(c, new ResetCircuit(c.cic()), IsupTimer.T16, IsupTimer.T17);
  }

  /**
   * Group reset of {@code range + 1} circuits from {@code firstCic}: clears their calls, GRS, T22
   * and T23 (Q.764 §2.10.3.2).
   */
  public void groupReset(TrunkGroup g, int firstCic, int range) {
    groups.groupReset(g, firstCic, range);
  }

  /**
   * Group blocking (CGB, T18/T19, Q.764 §2.8.2.2) of the circuits whose {@code status} bit is set;
   * hardware failure oriented blocking clears their calls at once.
   */
  public void groupBlock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    groups.groupBlock(g, firstCic, status, hardware);
  }

  /** Group unblocking (CGU, T20/T21, Q.764 §2.8.2.2). */
  public void groupUnblock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    groups.groupUnblock(g, firstCic, status, hardware);
  }

  // ---- messages from the remote exchange -----------------------------------------------------

  /** BLO: remotely blocked for maintenance, answer BLA (Q.764 §2.8.2.1). */
  public void onBlocking(Circuit c) {
    c.remoteMaintenanceBlocked = true;
    send(c, new BlockingAcknowledgement(c.cic()));
  }

  /** UBL: remote maintenance blocking removed, answer UBA. */
  public void onUnblocking(Circuit c) {
    c.remoteMaintenanceBlocked = false;
    send(c, new UnblockingAcknowledgement(c.cic()));
  }

  /** BLA: our blocking acknowledged; stop T12/T13. Unexpected BLA is discarded. */
  public void onBlockingAcknowledgement(Circuit c) {
    if (c.localBlocking != Circuit.LocalBlocking.BLOCKING) {
      unexpected++;
      LOG.debug("{}: BLA without BLO pending, discarded", c);
      return;
    }
    cancel(c);
    c.localBlocking = Circuit.LocalBlocking.BLOCKED;
  }

  /** UBA: our unblocking acknowledged; stop T14/T15. */
  public void onUnblockingAcknowledgement(Circuit c) {
    if (c.localBlocking != Circuit.LocalBlocking.UNBLOCKING) {
      unexpected++;
      LOG.debug("{}: UBA without UBL pending, discarded", c);
      return;
    }
    cancel(c);
    c.localBlocking = Circuit.LocalBlocking.UNBLOCKED;
  }

  /**
   * RSC: clear any call, remove remote maintenance blocking, answer RLC; if we block the circuit
   * for maintenance, repeat BLO so the remote end learns it again (Q.764 §2.10.3.1).
   */
  public void onResetCircuit(Circuit c) {
    if (c.use != null) {
      clearing.clearLocally(c, CauseValue.TEMPORARY_FAILURE);
    }
    c.remoteMaintenanceBlocked = false;
    c.resetRequired = false;
    send(c, new ReleaseComplete(c.cic()));
    if (c.localBlocking == Circuit.LocalBlocking.BLOCKED) {
      c.localBlocking = Circuit.LocalBlocking.BLOCKING;
      startProcedure(c, new Blocking(c.cic()), IsupTimer.T12, IsupTimer.T13);
    }
  }

  /**
   * RLC for a circuit we are resetting: the reset is complete. Returns false if no reset was
   * pending.
   */
  public boolean onResetComplete(Circuit c) {
    if (!c.resetting) {
      return false;
    }
    if (groups.resetCovering(c)) {
      return false;
    }
    cancel(c);
    c.resetting = false;
    resumeBlocking(c);
    return true;
  }

  /**
   * Restarts a blocking or unblocking procedure that a reset or an MTP pause interrupted, so the
   * remote end learns this end's blocking state again (Q.764 §2.10.3).
   */
  void resumeBlocking(Circuit c) {
    if (c.localBlocking == Circuit.LocalBlocking.BLOCKING) {
      startProcedure(c, new Blocking(c.cic()), IsupTimer.T12, IsupTimer.T13);
    } else if (c.localBlocking == Circuit.LocalBlocking.UNBLOCKING) {
      startProcedure(c, new Unblocking(c.cic()), IsupTimer.T14, IsupTimer.T15);
    }
  }

  /** GRS: see {@link GroupSupervision#onGroupReset}. */
  public void onGroupReset(TrunkGroup g, Cic cic, RangeAndStatus range) {
    groups.onGroupReset(g, cic, range);
  }

  /** GRA: our group reset is complete. */
  public void onGroupResetAcknowledgement(TrunkGroup g, Cic cic, RangeAndStatus range) {
    groups.onGroupResetAcknowledgement(g, cic, range);
  }

  /** CGB: block the circuits marked in the status, answer CGBA (Q.764 §2.8.2.2). */
  public void onGroupBlocking(TrunkGroup g, CircuitGroupBlocking m) {
    groups.onGroupBlocking(g, m);
  }

  /** CGU: unblock the circuits marked in the status, answer CGUA. */
  public void onGroupUnblocking(TrunkGroup g, CircuitGroupUnblocking m) {
    groups.onGroupUnblocking(g, m);
  }

  /** CGBA: our group blocking acknowledged. */
  public void onGroupBlockingAcknowledgement(TrunkGroup g, CircuitGroupBlockingAcknowledgement m) {
    groups.onGroupBlockingAcknowledgement(g, m);
  }

  /** CGUA: our group unblocking acknowledged. */
  public void onGroupUnblockingAcknowledgement(
      TrunkGroup g, CircuitGroupUnblockingAcknowledgement m) {
    groups.onGroupUnblockingAcknowledgement(g, m);
  }

  /** CQM: answer CQR with the state of each circuit (Q.764 §2.9.3.2). */
  public void onGroupQuery(TrunkGroup g, Cic cic, RangeAndStatus range, CallDirectionProbe probe) {
    groups.onGroupQuery(g, cic, range, probe);
  }

  /** Tells whether a circuit's use is an outgoing call (for CQR). */
  @FunctionalInterface
  public interface CallDirectionProbe {
    boolean outgoing(CircuitUse use);
  }

  /** CQM: answer CQR with the state of each circuit (Q.764 §2.9.3.2). */
  public void onGroupQuery(TrunkGroup g, Cic cic, RangeAndStatus range) {
    groups.onGroupQuery(g, cic, range, CircuitUse::outgoing);
  }

  /** Clears the call on {@code c}, if any, without a release message. */
  void clearCall(Circuit c) {
    if (c.use != null) {
      clearing.clearLocally(c, CauseValue.TEMPORARY_FAILURE);
    }
  }

  // ---- MTP-PAUSE / MTP-RESUME (Q.764 §2.13) ---------------------------------------------------

  /**
   * MTP-PAUSE for the group's remote point code: no new calls; calls and procedures in progress are
   * cleared locally and their circuits marked for reset.
   */
  public void pause(TrunkGroup g) {
    g.accessible(false);
    for (Circuit c : g.circuits()) {
      // Blocking and unblocking in progress are not unknown states: they restart on resume.
      boolean unknown = c.use != null || c.resetting;
      if (c.use != null) {
        clearing.clearLocally(c, CauseValue.TEMPORARY_FAILURE);
      }
      cancel(c);
      c.resetting = false;
      if (unknown) {
        c.resetRequired = true;
      }
    }
    groups.pause(g);
  }

  /**
   * MTP-RESUME: the circuits left in an unknown state are reset with GRS, one per run of
   * consecutive CICs (at most 32 circuits each), or RSC for a single circuit; blocking in progress
   * is restarted.
   */
  public void resume(TrunkGroup g) {
    g.accessible(true);
    int i = 0;
    var list = g.circuits();
    while (i < list.size()) {
      Circuit c = list.get(i);
      if (!c.resetRequired) {
        resumeBlocking(c);
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < list.size()
          && j + 1 - i <= MAX_GROUP_RANGE
          && list.get(j + 1).resetRequired
          && list.get(j + 1).cic().value() == list.get(j).cic().value() + 1) {
        j++;
      }
      if (j == i) {
        reset(c);
      } else {
        groupReset(g, c.cic().value(), j - i);
      }
      i = j + 1;
    }
  }

  /** A convenience for tests and management: the duration of {@code timer}. */
  public Duration timer(IsupTimer timer) {
    return timers.value(timer);
  }
}
