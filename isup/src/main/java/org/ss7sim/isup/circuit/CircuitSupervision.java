package org.ss7sim.isup.circuit;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.message.BlockingAcknowledgement;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.CircuitGroupBlocking;
import org.ss7sim.isup.message.CircuitGroupBlockingAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupUnblocking;
import org.ss7sim.isup.message.CircuitGroupUnblockingAcknowledgement;
import org.ss7sim.isup.message.UnblockingAcknowledgement;
import org.ss7sim.isup.parameter.RangeAndStatus;
import org.ss7sim.wire.time.TimerService;

/**
 * Circuit supervision (Q.764 §2.8 blocking and unblocking, §2.9.3 circuit group query, §2.10 reset,
 * §2.13 MTP-PAUSE/RESUME): the shell of {@link BlockingStateMachine} and {@link ResetStateMachine}.
 * It turns management requests and supervision messages into their events per circuit; {@link
 * CircuitProcedures} carries out the actions (repeating procedures, acknowledgements, clearing
 * calls through the injected {@link CallClearing}) and {@link GroupSupervision} the group
 * procedures. What the remote end says about its own blocking is kept as flags on the circuit.
 */
public final class CircuitSupervision {
  private static final Logger LOG = LoggerFactory.getLogger(CircuitSupervision.class);

  /** Largest range a group message may cover here (Q.763 §3.43: range 1–31 for GRS/CGB/CGU). */
  public static final int MAX_GROUP_RANGE = 31;

  private final IsupTimers timers;
  private final CircuitProcedures procedures;
  private final GroupOperations groups;
  private final GroupSupervision group;

  public CircuitSupervision(
      Signalling signalling,
      TimerService clock,
      IsupTimers timers,
      MaintenanceListener maintenance,
      CallClearing clearing) {
    this.timers = timers;
    this.procedures = new CircuitProcedures(signalling, clock, timers, maintenance, clearing);
    this.groups = new GroupOperations(signalling, clock, timers, procedures::alert);
    this.group = new GroupSupervision(signalling, procedures, groups);
  }

  /** Messages that arrived in a state where they are not expected and were discarded. */
  public long unexpectedMessages() {
    return procedures.unexpected() + group.unexpected();
  }

  /** Maintenance alerts raised. */
  public long maintenanceAlerts() {
    return procedures.alerts();
  }

  /** Group procedures awaiting their acknowledgement. */
  public int pendingGroupOperations() {
    return groups.pending();
  }

  /** A convenience for tests and management: the duration of {@code timer}. */
  public Duration timer(IsupTimer timer) {
    return timers.value(timer);
  }

  // ---- requests from management and call processing --------------------------------------------

  /** Raises a maintenance alert about {@code c} (e.g. T5 expiry, Q.764 §2.10.2). */
  public void alertMaintenance(Circuit c, String reason) {
    procedures.alert(c.group(), c.cic().value(), reason);
  }

  /** UCIC: the remote end does not have this CIC; take the circuit out of service (Q.764 §2.12). */
  public void markRemoteUnequipped(Circuit c) {
    c.remoteUnequipped(true);
    procedures.alert(
        c.group(), c.cic().value(), "UCIC received: circuit unequipped at the remote end");
  }

  /** An IAM on a circuit the remote end blocked unblocks it (Q.764 §2.8.2.3). */
  public void clearRemoteMaintenanceBlocking(Circuit c) {
    c.remoteMaintenanceBlocked(false);
  }

  /** Maintenance blocking of one circuit: BLO, T12 and T13 (Q.764 §2.8.2.1). */
  public void block(Circuit c) {
    procedures.blocking(c, BlockingStateMachine.Event.BLOCK);
  }

  /** Maintenance unblocking of one circuit: UBL, T14 and T15 (Q.764 §2.8.2.1). */
  public void unblock(Circuit c) {
    procedures.blocking(c, BlockingStateMachine.Event.UNBLOCK);
  }

  /** Resets one circuit: clears its call, RSC, T16 and T17 (Q.764 §2.10.3.1). */
  public void reset(Circuit c) {
    procedures.reset(c, ResetStateMachine.Event.RESET);
  }

  /**
   * Group reset of {@code range + 1} circuits from {@code firstCic}: clears their calls, GRS, T22
   * and T23 (Q.764 §2.10.3.2).
   */
  public void groupReset(TrunkGroup g, int firstCic, int range) {
    group.groupReset(g, firstCic, range);
  }

  /**
   * Group blocking (CGB, T18/T19, Q.764 §2.8.2.2) of the circuits whose {@code status} bit is set;
   * hardware failure oriented blocking clears their calls at once.
   */
  public void groupBlock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    group.groupBlock(g, firstCic, status, hardware);
  }

  /** Group unblocking (CGU, T20/T21, Q.764 §2.8.2.2). */
  public void groupUnblock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    group.groupUnblock(g, firstCic, status, hardware);
  }

  // ---- single-circuit messages from the remote exchange ----------------------------------------

  /** BLO: remotely blocked for maintenance, answer BLA (Q.764 §2.8.2.1). */
  public void onBlocking(Circuit c) {
    c.remoteMaintenanceBlocked(true);
    procedures.send(c, new BlockingAcknowledgement(c.cic()));
  }

  /** UBL: remote maintenance blocking removed, answer UBA. */
  public void onUnblocking(Circuit c) {
    c.remoteMaintenanceBlocked(false);
    procedures.send(c, new UnblockingAcknowledgement(c.cic()));
  }

  /** BLA: our blocking acknowledged; stop T12/T13. Unexpected BLA is discarded. */
  public void onBlockingAcknowledgement(Circuit c) {
    procedures.blocking(c, BlockingStateMachine.Event.BLOCKING_ACKNOWLEDGED);
  }

  /** UBA: our unblocking acknowledged; stop T14/T15. */
  public void onUnblockingAcknowledgement(Circuit c) {
    procedures.blocking(c, BlockingStateMachine.Event.UNBLOCKING_ACKNOWLEDGED);
  }

  /**
   * RSC: clear any call, remove remote maintenance blocking, answer RLC; if we block the circuit
   * for maintenance, repeat BLO so the remote end learns it again (Q.764 §2.10.3.1).
   */
  public void onResetCircuit(Circuit c) {
    procedures.reset(c, ResetStateMachine.Event.RESET_RECEIVED);
    procedures.blocking(c, BlockingStateMachine.Event.RESET_RECEIVED);
  }

  /**
   * RLC on a circuit without a call: the end of our reset, or false (for the caller to count) when
   * no RSC is pending or a group reset in progress covers the circuit.
   */
  public boolean onResetComplete(Circuit c) {
    if (!ResetStateMachine.allowed(c.reset()).contains(ResetStateMachine.Event.RELEASE_COMPLETE)
        || groups.resetCovers(c)) {
      return false;
    }
    procedures.reset(c, ResetStateMachine.Event.RELEASE_COMPLETE);
    return true;
  }

  // ---- group messages from the remote exchange -------------------------------------------------

  /** GRS: clear the calls of the range and answer GRA (Q.764 §2.10.3.2). */
  public void onGroupReset(TrunkGroup g, Cic cic, RangeAndStatus range) {
    group.onGroupReset(g, cic, range);
  }

  /** GRA: our group reset is complete. */
  public void onGroupResetAcknowledgement(TrunkGroup g, Cic cic, RangeAndStatus range) {
    group.onGroupResetAcknowledgement(g, cic, range);
  }

  /** CGB: block the circuits marked in the status, answer CGBA (Q.764 §2.8.2.2). */
  public void onGroupBlocking(TrunkGroup g, CircuitGroupBlocking m) {
    group.onGroupBlocking(g, m);
  }

  /** CGU: unblock the circuits marked in the status, answer CGUA. */
  public void onGroupUnblocking(TrunkGroup g, CircuitGroupUnblocking m) {
    group.onGroupUnblocking(g, m);
  }

  /** CGBA: our group blocking acknowledged. */
  public void onGroupBlockingAcknowledgement(TrunkGroup g, CircuitGroupBlockingAcknowledgement m) {
    group.onGroupBlockingAcknowledgement(g, m);
  }

  /** CGUA: our group unblocking acknowledged. */
  public void onGroupUnblockingAcknowledgement(
      TrunkGroup g, CircuitGroupUnblockingAcknowledgement m) {
    group.onGroupUnblockingAcknowledgement(g, m);
  }

  /** CQM: answer CQR with the state of each circuit (Q.764 §2.9.3.2). */
  public void onGroupQuery(TrunkGroup g, Cic cic, RangeAndStatus range, CallDirectionProbe probe) {
    group.onGroupQuery(g, cic, range, probe);
  }

  /** CQM: answer CQR with the state of each circuit (Q.764 §2.9.3.2). */
  public void onGroupQuery(TrunkGroup g, Cic cic, RangeAndStatus range) {
    group.onGroupQuery(g, cic, range, CircuitUse::outgoing);
  }

  /** Tells whether a circuit's use is an outgoing call (for CQR). */
  @FunctionalInterface
  public interface CallDirectionProbe {
    boolean outgoing(CircuitUse use);
  }

  // ---- MTP-PAUSE / MTP-RESUME (Q.764 §2.13) ---------------------------------------------------

  /**
   * MTP-PAUSE for the group's remote point code: no new calls; calls and procedures in progress are
   * cleared locally and their circuits marked for reset.
   */
  public void pause(TrunkGroup g) {
    g.accessible(false);
    for (Circuit c : g.circuits()) {
      procedures.reset(
          c,
          c.use() != null
              ? ResetStateMachine.Event.PAUSE_WITH_CALL
              : ResetStateMachine.Event.PAUSE);
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
    List<Circuit> list = g.circuits();
    while (i < list.size()) {
      Circuit c = list.get(i);
      if (!c.resetRequired()) {
        procedures.blocking(c, BlockingStateMachine.Event.PROCEDURE_RESUMED);
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < list.size()
          && j + 1 - i <= MAX_GROUP_RANGE
          && list.get(j + 1).resetRequired()
          && list.get(j + 1).cic().value() == list.get(j).cic().value() + 1) {
        j++;
      }
      if (j == i) {
        reset(c);
      } else {
        group.groupReset(g, c.cic().value(), j - i);
      }
      i = j + 1;
    }
  }
}
