package org.ss7sim.sccp.message;

import java.util.Objects;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/** UDTS, unitdata service (Q.713 §4.11): return cause, called, calling, the returned data. */
public record UnitdataService(
    ReturnCause returnCause, SccpAddress called, SccpAddress calling, Octets data)
    implements SccpMessage {
  public UnitdataService {
    Objects.requireNonNull(returnCause, "returnCause");
    Objects.requireNonNull(called, "called");
    Objects.requireNonNull(calling, "calling");
    Objects.requireNonNull(data, "data");
  }

  @Override
  public SccpMessageType type() {
    return SccpMessageType.UDTS;
  }

  @Override
  public UnitdataService readdressed(
      SccpAddress newCalled, SccpAddress newCalling, int newHopCounter) {
    return new UnitdataService(returnCause, newCalled, newCalling, data);
  }
}
