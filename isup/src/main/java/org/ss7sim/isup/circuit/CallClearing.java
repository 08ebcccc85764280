package org.ss7sim.isup.circuit;

import org.ss7sim.isup.parameter.CauseValue;

/**
 * How circuit supervision asks call processing to clear the call on a circuit locally, without a
 * release message (Q.764 §2.10.3 reset, §2.8.2.2 hardware blocking, §2.12 UCIC, §2.13 MTP-PAUSE).
 */
@FunctionalInterface
public interface CallClearing {
  void clearLocally(Circuit circuit, CauseValue cause);
}
