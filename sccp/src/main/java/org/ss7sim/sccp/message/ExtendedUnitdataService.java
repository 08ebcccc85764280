package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Objects;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/**
 * XUDTS, extended unitdata service (Q.713 §4.19): return cause, hop counter, called, calling, data,
 * optional part.
 */
public record ExtendedUnitdataService(
    ReturnCause returnCause,
    int hopCounter,
    SccpAddress called,
    SccpAddress calling,
    Octets data,
    List<OptionalParameter> optionalParameters)
    implements SccpMessage {
  public ExtendedUnitdataService {
    Objects.requireNonNull(returnCause, "returnCause");
    Objects.requireNonNull(called, "called");
    Objects.requireNonNull(calling, "calling");
    Objects.requireNonNull(data, "data");
    SccpMessage.checkHopCounter(hopCounter);
    optionalParameters = List.copyOf(optionalParameters);
  }

  @Override
  public SccpMessageType type() {
    return SccpMessageType.XUDTS;
  }

  @Override
  public ExtendedUnitdataService readdressed(
      SccpAddress newCalled, SccpAddress newCalling, int newHopCounter) {
    return new ExtendedUnitdataService(
        returnCause, newHopCounter, newCalled, newCalling, data, optionalParameters);
  }
}
