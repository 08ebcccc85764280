package org.ss7sim.isup.circuit;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.CircuitGroupBlocking;
import org.ss7sim.isup.message.CircuitGroupBlockingAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupQueryResponse;
import org.ss7sim.isup.message.CircuitGroupReset;
import org.ss7sim.isup.message.CircuitGroupResetAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupUnblocking;
import org.ss7sim.isup.message.CircuitGroupUnblockingAcknowledgement;
import org.ss7sim.isup.parameter.CircuitGroupSupervisionType;
import org.ss7sim.isup.parameter.RangeAndStatus;

/**
 * The circuit group procedures (Q.764 §2.8.2.2 CGB/CGU with T18–T21, §2.9.3 CQM/CQR, §2.10.3.2
 * GRS/GRA with T22/T23), both ends: this end's group requests with {@link GroupOperations}, and the
 * answers to the remote end's group messages. The per-circuit effect of each goes through {@link
 * CircuitProcedures}; what the remote end says about its own blocking is kept as flags on the
 * circuits.
 */
final class GroupSupervision {
  private static final Logger LOG = LoggerFactory.getLogger(GroupSupervision.class);

  private final Signalling signalling;
  private final CircuitProcedures procedures;
  private final GroupOperations groups;
  private long unexpected;

  GroupSupervision(Signalling signalling, CircuitProcedures procedures, GroupOperations groups) {
    this.signalling = signalling;
    this.procedures = procedures;
    this.groups = groups;
  }

  long unexpected() {
    return unexpected;
  }

  /**
   * Group reset of {@code range + 1} circuits from {@code firstCic}: clears their calls, GRS, T22
   * and T23 (Q.764 §2.10.3.2).
   */
  void groupReset(TrunkGroup g, int firstCic, int range) {
    checkRange(range);
    for (int i = 0; i <= range; i++) {
      Circuit c = g.circuit(firstCic + i);
      if (c != null) {
        procedures.reset(c, ResetStateMachine.Event.GROUP_RESET);
      }
    }
    groups.start(
        g,
        firstCic,
        GroupOperations.Kind.RESET,
        new CircuitGroupReset(new Cic(firstCic), RangeAndStatus.rangeOnly(range)),
        range,
        IsupTimer.T22,
        IsupTimer.T23);
  }

  /**
   * Group blocking (CGB, T18/T19, Q.764 §2.8.2.2) of the circuits whose {@code status} bit is set;
   * hardware failure oriented blocking clears their calls at once.
   */
  void groupBlock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    checkRange(status.length - 1);
    if (hardware) {
      for (int i = 0; i < status.length; i++) {
        Circuit c = g.circuit(firstCic + i);
        if (status[i] && c != null) {
          procedures.clearCall(c);
        }
      }
    }
    groups.start(
        g,
        firstCic,
        GroupOperations.Kind.BLOCK,
        new CircuitGroupBlocking(new Cic(firstCic), type(hardware), RangeAndStatus.of(status)),
        status.length - 1,
        IsupTimer.T18,
        IsupTimer.T19);
  }

  /** Group unblocking (CGU, T20/T21, Q.764 §2.8.2.2). */
  void groupUnblock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    checkRange(status.length - 1);
    groups.start(
        g,
        firstCic,
        GroupOperations.Kind.UNBLOCK,
        new CircuitGroupUnblocking(new Cic(firstCic), type(hardware), RangeAndStatus.of(status)),
        status.length - 1,
        IsupTimer.T20,
        IsupTimer.T21);
  }

  private static CircuitGroupSupervisionType type(boolean hardware) {
    return hardware
        ? CircuitGroupSupervisionType.HARDWARE_FAILURE
        : CircuitGroupSupervisionType.MAINTENANCE;
  }

  private static void checkRange(int range) {
    if (range < 1 || range > CircuitSupervision.MAX_GROUP_RANGE) {
      throw new IllegalArgumentException(
          "group range must be 1.." + CircuitSupervision.MAX_GROUP_RANGE + ": " + range);
    }
  }

  /**
   * GRS: clear the calls on the circuits of the range, remove their remote maintenance blocking and
   * answer GRA whose status marks the circuits we block for maintenance (Q.764 §2.10.3.2).
   */
  void onGroupReset(TrunkGroup g, Cic cic, RangeAndStatus range) {
    boolean[] status = new boolean[range.circuits()];
    for (int i = 0; i < status.length; i++) {
      Circuit c = g.circuit(cic.value() + i);
      if (c != null) {
        procedures.reset(c, ResetStateMachine.Event.GROUP_RESET_RECEIVED);
        status[i] = c.locallyBlockedForMaintenance();
      }
    }
    signalling.send(
        g.remote(), new CircuitGroupResetAcknowledgement(cic, RangeAndStatus.of(status)));
  }

  /** GRA: our group reset is complete; the status bits are the remote end's maintenance blocks. */
  void onGroupResetAcknowledgement(TrunkGroup g, Cic cic, RangeAndStatus range) {
    if (!take(g, cic, GroupOperations.Kind.RESET)) {
      return;
    }
    for (int i = 0; i < range.circuits(); i++) {
      Circuit c = g.circuit(cic.value() + i);
      if (c != null) {
        c.remoteMaintenanceBlocked(range.status(i));
        procedures.reset(c, ResetStateMachine.Event.GROUP_RESET_ACKNOWLEDGED);
      }
    }
  }

  /** CGB: block the circuits marked in the status, answer CGBA (Q.764 §2.8.2.2). */
  void onGroupBlocking(TrunkGroup g, CircuitGroupBlocking m) {
    boolean hardware = m.supervisionType().hardwareFailure();
    for (Circuit c : marked(g, m.cic(), m.rangeAndStatus())) {
      if (hardware) {
        c.remoteHardwareBlocked(true);
        procedures.clearCall(c);
      } else {
        c.remoteMaintenanceBlocked(true);
      }
    }
    signalling.send(
        g.remote(),
        new CircuitGroupBlockingAcknowledgement(m.cic(), m.supervisionType(), m.rangeAndStatus()));
  }

  /** CGU: unblock the circuits marked in the status, answer CGUA. */
  void onGroupUnblocking(TrunkGroup g, CircuitGroupUnblocking m) {
    boolean hardware = m.supervisionType().hardwareFailure();
    for (Circuit c : marked(g, m.cic(), m.rangeAndStatus())) {
      if (hardware) {
        c.remoteHardwareBlocked(false);
      } else {
        c.remoteMaintenanceBlocked(false);
      }
    }
    signalling.send(
        g.remote(),
        new CircuitGroupUnblockingAcknowledgement(
            m.cic(), m.supervisionType(), m.rangeAndStatus()));
  }

  /** CGBA: our group blocking acknowledged; the acknowledged circuits are now blocked by us. */
  void onGroupBlockingAcknowledgement(TrunkGroup g, CircuitGroupBlockingAcknowledgement m) {
    if (!take(g, m.cic(), GroupOperations.Kind.BLOCK)) {
      return;
    }
    for (Circuit c : marked(g, m.cic(), m.rangeAndStatus())) {
      if (m.supervisionType().hardwareFailure()) {
        c.localHardwareBlocked(true);
      } else {
        procedures.blocking(c, BlockingStateMachine.Event.GROUP_BLOCKING_ACKNOWLEDGED);
      }
    }
  }

  /** CGUA: our group unblocking acknowledged. */
  void onGroupUnblockingAcknowledgement(TrunkGroup g, CircuitGroupUnblockingAcknowledgement m) {
    if (!take(g, m.cic(), GroupOperations.Kind.UNBLOCK)) {
      return;
    }
    for (Circuit c : marked(g, m.cic(), m.rangeAndStatus())) {
      if (m.supervisionType().hardwareFailure()) {
        c.localHardwareBlocked(false);
      } else {
        procedures.blocking(c, BlockingStateMachine.Event.GROUP_UNBLOCKING_ACKNOWLEDGED);
      }
    }
  }

  private boolean take(TrunkGroup g, Cic cic, GroupOperations.Kind kind) {
    if (groups.take(g, cic.value(), kind)) {
      return true;
    }
    unexpected++;
    LOG.debug("unexpected group acknowledgement discarded");
    return false;
  }

  /** The circuits of this group whose status bit is set, from {@code cic}. */
  private static List<Circuit> marked(TrunkGroup g, Cic cic, RangeAndStatus rs) {
    List<Circuit> out = new java.util.ArrayList<>(rs.circuits());
    for (int i = 0; i < rs.circuits(); i++) {
      Circuit c = g.circuit(cic.value() + i);
      if (c != null && rs.status(i)) {
        out.add(c);
      }
    }
    return out;
  }

  /** CQM: answer CQR with the state of each circuit (Q.764 §2.9.3.2). */
  void onGroupQuery(
      TrunkGroup g, Cic cic, RangeAndStatus range, CircuitSupervision.CallDirectionProbe probe) {
    signalling.send(
        g.remote(),
        new CircuitGroupQueryResponse(
            cic,
            RangeAndStatus.rangeOnly(range.range()),
            CircuitStates.of(g, cic.value(), range.circuits(), probe)));
  }
}
