package org.ss7sim.inap;

import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;

/** The SSP and SCP addresses of the INAP tests (nodes a and b of the fake SCCP network). */
final class InapAddresses {
  static final SccpAddress SSP = SccpAddress.ofSsn(PointCode.itu(1001), Ssn.INAP);
  static final SccpAddress SCP = SccpAddress.ofSsn(PointCode.itu(2002), Ssn.INAP);

  private InapAddresses() {}
}
