package org.ss7sim.isup.circuit;

import org.ss7sim.isup.parameter.CauseValue;

/**
 * What occupies a circuit (a call); supervision clears it when the circuit is reset or hardware
 * blocked.
 */
public interface CircuitUse {
  /** Clears the use locally, without sending a release message (Q.764 §2.10.3). */
  void clearLocally(CauseValue cause);
}
