package org.ss7sim.isup.circuit;

import org.ss7sim.isup.message.Cic;
import org.ss7sim.wire.time.Timer;

/**
 * One circuit of a trunk group and its supervision state (Q.764 §2.8–§2.10): blocking at each end
 * (maintenance and hardware), the local blocking procedure in progress, a reset in progress, and
 * the call (if any) using it. Owned by the thread of its ISUP instance.
 */
public final class Circuit {
  /** The local blocking procedure's state (Q.764 §2.8.2). */
  public enum LocalBlocking {
    UNBLOCKED,
    /** BLO sent, T12/T13 running. */
    BLOCKING,
    BLOCKED,
    /** UBL sent, T14/T15 running. */
    UNBLOCKING
  }

  private final TrunkGroup group;
  private final Cic cic;
  private final int index;
  LocalBlocking localBlocking = LocalBlocking.UNBLOCKED;
  boolean localHardwareBlocked;
  boolean remoteMaintenanceBlocked;
  boolean remoteHardwareBlocked;

  /** RSC sent or a GRS covering this circuit sent; awaiting RLC/GRA (T16/T17 or T22/T23). */
  boolean resetting;

  /** Left in an unknown state (MTP-PAUSE while busy); reset on MTP-RESUME. */
  boolean resetRequired;

  /** The remote end said this CIC is unequipped (UCIC). */
  boolean remoteUnequipped;

  CircuitUse use;
  long lastReleasedNanos;
  Timer shortTimer;
  Timer longTimer;

  Circuit(TrunkGroup group, Cic cic, int index) {
    this.group = group;
    this.cic = cic;
    this.index = index;
  }

  public TrunkGroup group() {
    return group;
  }

  public Cic cic() {
    return cic;
  }

  /** Position in the group's circuit list. */
  public int index() {
    return index;
  }

  public CircuitUse use() {
    return use;
  }

  /** Attaches {@code newUse} (a call) to an idle circuit, or detaches with {@code null}. */
  public void use(CircuitUse newUse, long nowNanos) {
    if (newUse == null && use != null) {
      lastReleasedNanos = nowNanos;
    }
    this.use = newUse;
  }

  public boolean busy() {
    return use != null;
  }

  public LocalBlocking localBlocking() {
    return localBlocking;
  }

  /** Blocked by this end for maintenance (BLO sent, acknowledged or not) or hardware. */
  public boolean locallyBlocked() {
    return localBlocking == LocalBlocking.BLOCKED
        || localBlocking == LocalBlocking.BLOCKING
        || localHardwareBlocked;
  }

  /** Blocked by this end for maintenance (BLO or CGB sent). */
  public boolean locallyBlockedForMaintenance() {
    return localBlocking == LocalBlocking.BLOCKED || localBlocking == LocalBlocking.BLOCKING;
  }

  public boolean localHardwareBlocked() {
    return localHardwareBlocked;
  }

  public boolean remotelyBlocked() {
    return remoteMaintenanceBlocked || remoteHardwareBlocked;
  }

  public boolean remoteMaintenanceBlocked() {
    return remoteMaintenanceBlocked;
  }

  public boolean remoteHardwareBlocked() {
    return remoteHardwareBlocked;
  }

  public boolean resetting() {
    return resetting;
  }

  public boolean resetRequired() {
    return resetRequired;
  }

  public boolean remoteUnequipped() {
    return remoteUnequipped;
  }

  /** Idle, unblocked at both ends, not being reset: may be seized for a new outgoing call. */
  public boolean selectable() {
    return use == null
        && !locallyBlocked()
        && !remotelyBlocked()
        && !resetting
        && !resetRequired
        && !remoteUnequipped;
  }

  /** Fully idle: no call, no blocking at either end, no supervision procedure running. */
  public boolean idle() {
    return use == null
        && localBlocking == LocalBlocking.UNBLOCKED
        && !localHardwareBlocked
        && !remotelyBlocked()
        && !resetting
        && !resetRequired
        && shortTimer == null
        && longTimer == null;
  }

  @Override
  public String toString() {
    return "circuit " + group.name() + "/" + cic.value();
  }
}
