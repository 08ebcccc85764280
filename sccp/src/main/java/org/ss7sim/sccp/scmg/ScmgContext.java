package org.ss7sim.sccp.scmg;

import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;

/** What SCMG needs from the SCCP node it manages. */
public interface ScmgContext {
  PointCode localPointCode();

  /** Whether the local subsystem is in service (SSN 1, SCMG itself, always is). */
  boolean localSubsystemAllowed(Ssn ssn);

  /** Sends {@code message} to SCMG at {@code destination} (UDT, class 0, SSN 1 to SSN 1). */
  void sendScmg(PointCode destination, ScmgMessage message);

  /** N-STATE indication to the local users. */
  void indicateSubsystemState(PointCode pointCode, Ssn ssn, boolean allowed);

  /** N-PCSTATE indication to the local users. */
  void indicatePointCodeState(PointCode pointCode, boolean accessible);
}
