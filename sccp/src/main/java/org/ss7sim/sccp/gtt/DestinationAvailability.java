package org.ss7sim.sccp.gtt;

import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;

/** What translation asks subsystem management: which destinations may be chosen (Q.714 §5). */
public interface DestinationAvailability {
  /** Every destination available. */
  DestinationAvailability ALL =
      new DestinationAvailability() {
        @Override
        public boolean pointCodeAccessible(PointCode pointCode) {
          return true;
        }

        @Override
        public boolean subsystemAllowed(PointCode pointCode, Ssn ssn) {
          return true;
        }
      };

  /** Whether the signaling point is accessible (no MTP-PAUSE in force). */
  boolean pointCodeAccessible(PointCode pointCode);

  /**
   * Whether the subsystem at the signaling point is allowed (no SSP in force); asked with SSN 1 for
   * whether the SCCP there is available at all.
   */
  boolean subsystemAllowed(PointCode pointCode, Ssn ssn);
}
