package org.ss7sim.isup.circuit;

import org.ss7sim.isup.message.Cic;

/**
 * One circuit of a trunk group and its supervision state (Q.764 §2.8–§2.10): this end's blocking
 * ({@link BlockingStateMachine}) and reset ({@link ResetStateMachine}), what the remote end said
 * (its blocking, unequipped), hardware blocking, the repeating procedure on the circuit, and the
 * call (if any) using it. Circuit supervision changes the supervision state; call processing
 * attaches and detaches its calls. Owned by the thread of its ISUP instance.
 */
public final class Circuit {
  /** This end's maintenance blocking (Q.764 §2.8.2.1). */
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
  private LocalBlocking localBlocking = LocalBlocking.UNBLOCKED;
  private ResetState reset = ResetState.IDLE;
  private boolean localHardwareBlocked;
  private boolean remoteMaintenanceBlocked;
  private boolean remoteHardwareBlocked;
  private boolean remoteUnequipped;
  private CircuitUse use;
  private long lastReleasedNanos;
  private RepeatingProcedure procedure;

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

  long lastReleasedNanos() {
    return lastReleasedNanos;
  }

  public boolean busy() {
    return use != null;
  }

  public LocalBlocking localBlocking() {
    return localBlocking;
  }

  void localBlocking(LocalBlocking value) {
    localBlocking = value;
  }

  /** This end's reset of the circuit. */
  public ResetState reset() {
    return reset;
  }

  void reset(ResetState value) {
    reset = value;
  }

  /** Blocked by this end for maintenance (BLO sent, acknowledged or not) or hardware. */
  public boolean locallyBlocked() {
    return locallyBlockedForMaintenance() || localHardwareBlocked;
  }

  /** Blocked by this end for maintenance (BLO or CGB sent). */
  public boolean locallyBlockedForMaintenance() {
    return localBlocking == LocalBlocking.BLOCKED || localBlocking == LocalBlocking.BLOCKING;
  }

  public boolean localHardwareBlocked() {
    return localHardwareBlocked;
  }

  void localHardwareBlocked(boolean value) {
    localHardwareBlocked = value;
  }

  public boolean remotelyBlocked() {
    return remoteMaintenanceBlocked || remoteHardwareBlocked;
  }

  public boolean remoteMaintenanceBlocked() {
    return remoteMaintenanceBlocked;
  }

  void remoteMaintenanceBlocked(boolean value) {
    remoteMaintenanceBlocked = value;
  }

  public boolean remoteHardwareBlocked() {
    return remoteHardwareBlocked;
  }

  void remoteHardwareBlocked(boolean value) {
    remoteHardwareBlocked = value;
  }

  /** RSC sent or a GRS covering this circuit sent; awaiting RLC/GRA (T16/T17 or T22/T23). */
  public boolean resetting() {
    return reset == ResetState.AWAITING_RELEASE_COMPLETE
        || reset == ResetState.AWAITING_GROUP_RESET_ACKNOWLEDGEMENT;
  }

  /** Left in an unknown state (MTP-PAUSE while busy); reset on MTP-RESUME. */
  public boolean resetRequired() {
    return reset == ResetState.RESET_REQUIRED;
  }

  /** The remote end said this CIC is unequipped (UCIC). */
  public boolean remoteUnequipped() {
    return remoteUnequipped;
  }

  void remoteUnequipped(boolean value) {
    remoteUnequipped = value;
  }

  RepeatingProcedure procedure() {
    return procedure;
  }

  /** Replaces the repeating procedure on the circuit (stopping the one running), or clears it. */
  void procedure(RepeatingProcedure value) {
    if (procedure != null) {
      procedure.cancel();
    }
    procedure = value;
  }

  /** Idle, unblocked at both ends, not being reset: may be seized for a new outgoing call. */
  public boolean selectable() {
    return use == null
        && !locallyBlocked()
        && !remotelyBlocked()
        && reset == ResetState.IDLE
        && !remoteUnequipped;
  }

  /** Fully idle: no call, no blocking at either end, no supervision procedure running. */
  public boolean idle() {
    return use == null
        && localBlocking == LocalBlocking.UNBLOCKED
        && !localHardwareBlocked
        && !remotelyBlocked()
        && reset == ResetState.IDLE
        && procedure == null;
  }

  @Override
  public String toString() {
    return "circuit " + group.name() + "/" + cic.value();
  }
}
