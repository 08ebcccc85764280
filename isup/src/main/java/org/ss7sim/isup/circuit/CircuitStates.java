package org.ss7sim.isup.circuit;

import org.ss7sim.isup.parameter.CircuitStateIndicator;
import org.ss7sim.wire.Octets;

/** The circuit state indicator of a CQR (Q.764 §2.9.3.2, Q.763 §3.14), from values only. */
final class CircuitStates {
  private CircuitStates() {}

  /**
   * One octet per circuit from {@code firstCic}: bits BA maintenance blocking, DC call processing
   * (1 incoming busy, 2 outgoing busy, 3 idle), FE hardware blocking; 0b0011 for a CIC the group
   * does not have (unequipped).
   */
  static CircuitStateIndicator of(
      TrunkGroup g, int firstCic, int count, CircuitSupervision.CallDirectionProbe probe) {
    byte[] states = new byte[count];
    for (int i = 0; i < count; i++) {
      Circuit c = g.circuit(firstCic + i);
      if (c == null) {
        states[i] = 0x03;
        continue;
      }
      int maintenance =
          (c.locallyBlockedForMaintenance() ? 1 : 0) | (c.remoteMaintenanceBlocked() ? 2 : 0);
      int call = c.use() == null ? 3 : probe.outgoing(c.use()) ? 2 : 1;
      int hardware = (c.localHardwareBlocked() ? 1 : 0) | (c.remoteHardwareBlocked() ? 2 : 0);
      states[i] = (byte) (maintenance | call << 2 | hardware << 4);
    }
    return new CircuitStateIndicator(Octets.wrap(states));
  }
}
