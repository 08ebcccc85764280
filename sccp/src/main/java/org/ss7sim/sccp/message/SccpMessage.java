package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Optional;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/**
 * A connectionless SCCP message (Q.713 §4). Every one carries a called and a calling party address
 * and user data; the extended and long forms add a hop counter and an optional part.
 */
public sealed interface SccpMessage
    permits Unitdata,
        UnitdataService,
        ExtendedUnitdata,
        ExtendedUnitdataService,
        LongUnitdata,
        LongUnitdataService {
  SccpMessageType type();

  SccpAddress called();

  SccpAddress calling();

  Octets data();

  /** The optional part in wire order; empty for UDT and UDTS. */
  default List<OptionalParameter> optionalParameters() {
    return List.of();
  }

  /** The segmentation parameter, if the optional part has one. */
  default Optional<Segmentation> segmentation() {
    return Segmentation.find(optionalParameters());
  }

  /** The importance parameter, if the optional part has one. */
  default Optional<Importance> importance() {
    return Importance.find(optionalParameters());
  }

  /** The same message with other addresses and, where it has one, another hop counter. */
  SccpMessage readdressed(SccpAddress newCalled, SccpAddress newCalling, int newHopCounter);

  /** The hop counter (Q.713 §3.18), or -1 for UDT and UDTS which have none. */
  default int hopCounter() {
    return -1;
  }

  static int checkHopCounter(int hopCounter) {
    if (hopCounter < 0 || hopCounter > 255) {
      throw new IllegalArgumentException("hop counter out of range: " + hopCounter);
    }
    return hopCounter;
  }
}
