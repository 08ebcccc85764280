package org.ss7sim.isup.circuit;

import java.util.HashMap;
import java.util.Map;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.CircuitGroupBlocking;
import org.ss7sim.isup.message.CircuitGroupBlockingAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupQueryResponse;
import org.ss7sim.isup.message.CircuitGroupReset;
import org.ss7sim.isup.message.CircuitGroupResetAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupUnblocking;
import org.ss7sim.isup.message.CircuitGroupUnblockingAcknowledgement;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.parameter.CircuitGroupSupervisionType;
import org.ss7sim.isup.parameter.CircuitStateIndicator;
import org.ss7sim.isup.parameter.RangeAndStatus;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The circuit group procedures (Q.764 §2.8.2.2 CGB/CGU with T18–T21, §2.9.3 CQM, §2.10.3.2 GRS with
 * T22/T23): each procedure in progress is keyed by trunk group, first CIC and kind, repeats its
 * message every short period and alerts maintenance at the long timer.
 */
final class GroupSupervision {
  private record GroupKey(TrunkGroup group, int cic, Kind kind) {}

  private enum Kind {
    RESET,
    BLOCK,
    UNBLOCK
  }

  private final class GroupOperation {
    final GroupKey key;
    final IsupMessage message;
    final int range;
    Timer shortTimer;
    Timer longTimer;

    GroupOperation(GroupKey key, IsupMessage message, int range) {
      this.key = key;
      this.message = message;
      this.range = range;
    }

    void cancel() {
      if (shortTimer != null) {
        shortTimer.cancel();
      }
      if (longTimer != null) {
        longTimer.cancel();
      }
    }
  }

  private final CircuitSupervision owner;
  private final Signalling signalling;
  private final TimerService clock;
  private final IsupTimers timers;
  private final Map<GroupKey, GroupOperation> groupOperations = new HashMap<>();

  GroupSupervision(
      CircuitSupervision owner, Signalling signalling, TimerService clock, IsupTimers timers) {
    this.owner = owner;
    this.signalling = signalling;
    this.clock = clock;
    this.timers = timers;
  }

  int pending() {
    return groupOperations.size();
  }

  private void alert(TrunkGroup g, int cic, String reason) {
    owner.alert(g, cic, reason);
  }

  private static void cancel(Circuit c) {
    CircuitSupervision.cancel(c);
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
        owner.clearCall(c);
        cancel(c);
        c.resetting = true;
        c.resetRequired = false;
      }
    }
    startGroup(
        g,
        firstCic,
        Kind.RESET,
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
    CircuitGroupSupervisionType type =
        hardware
            ? CircuitGroupSupervisionType.HARDWARE_FAILURE
            : CircuitGroupSupervisionType.MAINTENANCE;
    if (hardware) {
      for (int i = 0; i < status.length; i++) {
        Circuit c = g.circuit(firstCic + i);
        if (status[i] && c != null) {
          owner.clearCall(c);
        }
      }
    }
    startGroup(
        g,
        firstCic,
        Kind.BLOCK,
        new CircuitGroupBlocking(new Cic(firstCic), type, RangeAndStatus.of(status)),
        status.length - 1,
        IsupTimer.T18,
        IsupTimer.T19);
  }

  /** Group unblocking (CGU, T20/T21, Q.764 §2.8.2.2). */
  void groupUnblock(TrunkGroup g, int firstCic, boolean[] status, boolean hardware) {
    checkRange(status.length - 1);
    CircuitGroupSupervisionType type =
        hardware
            ? CircuitGroupSupervisionType.HARDWARE_FAILURE
            : CircuitGroupSupervisionType.MAINTENANCE;
    startGroup(
        g,
        firstCic,
        Kind.UNBLOCK,
        new CircuitGroupUnblocking(new Cic(firstCic), type, RangeAndStatus.of(status)),
        status.length - 1,
        IsupTimer.T20,
        IsupTimer.T21);
  }

  private static void checkRange(int range) {
    if (range < 1 || range > CircuitSupervision.MAX_GROUP_RANGE) {
      throw new IllegalArgumentException(
          "group range must be 1.." + CircuitSupervision.MAX_GROUP_RANGE + ": " + range);
    }
  }

  private void startGroup(
      TrunkGroup g,
      int firstCic,
      Kind kind,
      IsupMessage message,
      int range,
      IsupTimer shortT,
      IsupTimer longT) {
    GroupKey key = new GroupKey(g, firstCic, kind);
    GroupOperation old = groupOperations.remove(key);
    if (old != null) {
      old.cancel();
    }
    GroupOperation op = new GroupOperation(key, message, range);
    groupOperations.put(key, op);
    op.shortTimer = clock.schedule(timers.value(shortT), () -> groupShortExpiry(op, shortT));
    op.longTimer = clock.schedule(timers.value(longT), () -> groupLongExpiry(op, shortT, longT));
    signalling.send(g.remote(), message);
  }

  private void groupShortExpiry(GroupOperation op, IsupTimer shortT) {
    op.shortTimer = clock.schedule(timers.value(shortT), () -> groupShortExpiry(op, shortT));
    signalling.send(op.key.group.remote(), op.message);
  }

  private void groupLongExpiry(GroupOperation op, IsupTimer shortT, IsupTimer longT) {
    alert(
        op.key.group,
        op.key.cic,
        longT + " expired awaiting acknowledgement of " + op.message.type());
    if (op.shortTimer != null) {
      op.shortTimer.cancel();
    }
    op.longTimer = clock.schedule(timers.value(longT), () -> groupLongExpiry(op, shortT, longT));
    signalling.send(op.key.group.remote(), op.message);
  }

  private GroupOperation takeGroup(TrunkGroup g, int cic, Kind kind) {
    GroupOperation op = groupOperations.remove(new GroupKey(g, cic, kind));
    if (op != null) {
      op.cancel();
    } else {
      owner.countUnexpected();
    }
    return op;
  }

  /** Whether a group reset in progress covers {@code c} (its RLC is then not the answer). */
  boolean resetCovering(Circuit c) {
    for (GroupKey k : groupOperations.keySet()) {
      if (k.kind == Kind.RESET
          && k.group == c.group()
          && c.cic().value() >= k.cic
          && c.cic().value() <= k.cic + groupOperations.get(k).range) {
        return true;
      }
    }
    return false;
  }

  /**
   * GRS: clear the calls on the circuits of the range, remove their remote maintenance blocking and
   * answer GRA whose status marks the circuits we block for maintenance (Q.764 §2.10.3.2).
   */
  void onGroupReset(TrunkGroup g, Cic cic, RangeAndStatus range) {
    boolean[] status = new boolean[range.circuits()];
    for (int i = 0; i < status.length; i++) {
      Circuit c = g.circuit(cic.value() + i);
      if (c == null) {
        continue;
      }
      owner.clearCall(c);
      c.remoteMaintenanceBlocked = false;
      c.resetRequired = false;
      status[i] =
          c.localBlocking == Circuit.LocalBlocking.BLOCKED
              || c.localBlocking == Circuit.LocalBlocking.BLOCKING;
    }
    signalling.send(
        g.remote(), new CircuitGroupResetAcknowledgement(cic, RangeAndStatus.of(status)));
  }

  /** GRA: our group reset is complete; the status bits are the remote end's maintenance blocks. */
  void onGroupResetAcknowledgement(TrunkGroup g, Cic cic, RangeAndStatus range) {
    if (takeGroup(g, cic.value(), Kind.RESET) == null) {
      return;
    }
    for (int i = 0; i < range.circuits(); i++) {
      Circuit c = g.circuit(cic.value() + i);
      if (c != null) {
        cancel(c);
        c.resetting = false;
        c.remoteMaintenanceBlocked = range.status(i);
        owner.resumeBlocking(c);
      }
    }
  }

  /** CGB: block the circuits marked in the status, answer CGBA (Q.764 §2.8.2.2). */
  void onGroupBlocking(TrunkGroup g, CircuitGroupBlocking m) {
    boolean hardware = m.supervisionType().hardwareFailure();
    RangeAndStatus rs = m.rangeAndStatus();
    for (int i = 0; i < rs.circuits(); i++) {
      Circuit c = g.circuit(m.cic().value() + i);
      if (c == null || !rs.status(i)) {
        continue;
      }
      if (hardware) {
        c.remoteHardwareBlocked = true;
        owner.clearCall(c);
      } else {
        c.remoteMaintenanceBlocked = true;
      }
    }
    signalling.send(
        g.remote(), new CircuitGroupBlockingAcknowledgement(m.cic(), m.supervisionType(), rs));
  }

  /** CGU: unblock the circuits marked in the status, answer CGUA. */
  void onGroupUnblocking(TrunkGroup g, CircuitGroupUnblocking m) {
    boolean hardware = m.supervisionType().hardwareFailure();
    RangeAndStatus rs = m.rangeAndStatus();
    for (int i = 0; i < rs.circuits(); i++) {
      Circuit c = g.circuit(m.cic().value() + i);
      if (c == null || !rs.status(i)) {
        continue;
      }
      if (hardware) {
        c.remoteHardwareBlocked = false;
      } else {
        c.remoteMaintenanceBlocked = false;
      }
    }
    signalling.send(
        g.remote(), new CircuitGroupUnblockingAcknowledgement(m.cic(), m.supervisionType(), rs));
  }

  /** CGBA: our group blocking acknowledged; the acknowledged circuits are now blocked by us. */
  void onGroupBlockingAcknowledgement(TrunkGroup g, CircuitGroupBlockingAcknowledgement m) {
    if (takeGroup(g, m.cic().value(), Kind.BLOCK) == null) {
      return;
    }
    RangeAndStatus rs = m.rangeAndStatus();
    for (int i = 0; i < rs.circuits(); i++) {
      Circuit c = g.circuit(m.cic().value() + i);
      if (c != null && rs.status(i)) {
        if (m.supervisionType().hardwareFailure()) {
          c.localHardwareBlocked = true;
        } else {
          cancel(c);
          c.localBlocking = Circuit.LocalBlocking.BLOCKED;
        }
      }
    }
  }

  /** CGUA: our group unblocking acknowledged. */
  void onGroupUnblockingAcknowledgement(TrunkGroup g, CircuitGroupUnblockingAcknowledgement m) {
    if (takeGroup(g, m.cic().value(), Kind.UNBLOCK) == null) {
      return;
    }
    RangeAndStatus rs = m.rangeAndStatus();
    for (int i = 0; i < rs.circuits(); i++) {
      Circuit c = g.circuit(m.cic().value() + i);
      if (c != null && rs.status(i)) {
        if (m.supervisionType().hardwareFailure()) {
          c.localHardwareBlocked = false;
        } else {
          cancel(c);
          c.localBlocking = Circuit.LocalBlocking.UNBLOCKED;
        }
      }
    }
  }

  /**
   * CQM: answer CQR with one circuit state octet per circuit (Q.764 §2.9.3.2, Q.763 §3.14): bits BA
   * maintenance blocking, DC call processing (1 incoming busy, 2 outgoing busy, 3 idle), FE
   * hardware blocking; 0b0011 for a CIC this group does not have (unequipped).
   */
  void onGroupQuery(
      TrunkGroup g, Cic cic, RangeAndStatus range, CircuitSupervision.CallDirectionProbe probe) {
    byte[] states = new byte[range.circuits()];
    for (int i = 0; i < states.length; i++) {
      Circuit c = g.circuit(cic.value() + i);
      if (c == null) {
        states[i] = 0x03;
        continue;
      }
      int maintenance =
          (c.locallyBlockedForMaintenance() ? 1 : 0) | (c.remoteMaintenanceBlocked ? 2 : 0);
      int call = c.use == null ? 3 : probe.outgoing(c.use) ? 2 : 1;
      int hardware = (c.localHardwareBlocked ? 1 : 0) | (c.remoteHardwareBlocked ? 2 : 0);
      states[i] = (byte) (maintenance | call << 2 | hardware << 4);
    }
    signalling.send(
        g.remote(),
        new CircuitGroupQueryResponse(
            cic,
            RangeAndStatus.rangeOnly(range.range()),
            new CircuitStateIndicator(Octets.wrap(states))));
  }

  /** MTP-PAUSE: group procedures towards {@code g} stop; circuits a GRS covered need a reset. */
  void pause(TrunkGroup g) {
    groupOperations
        .values()
        .removeIf(
            op -> {
              if (op.key.group != g) {
                return false;
              }
              op.cancel();
              if (op.key.kind == Kind.RESET) {
                for (int i = 0; i <= CircuitSupervision.MAX_GROUP_RANGE; i++) {
                  Circuit c = g.circuit(op.key.cic + i);
                  if (c != null && c.cic().value() <= op.key.cic + op.range) {
                    c.resetRequired = true;
                  }
                }
              }
              return true;
            });
  }
}
