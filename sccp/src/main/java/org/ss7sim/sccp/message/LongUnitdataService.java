package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Objects;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/** LUDTS, long unitdata service (Q.713 §4.21): as XUDTS with two-octet pointers and long data. */
public record LongUnitdataService(
    ReturnCause returnCause,
    int hopCounter,
    SccpAddress called,
    SccpAddress calling,
    Octets data,
    List<OptionalParameter> optionalParameters)
    implements SccpMessage {
  public LongUnitdataService {
    Objects.requireNonNull(returnCause, "returnCause");
    Objects.requireNonNull(called, "called");
    Objects.requireNonNull(calling, "calling");
    Objects.requireNonNull(data, "data");
    SccpMessage.checkHopCounter(hopCounter);
    optionalParameters = List.copyOf(optionalParameters);
  }

  @Override
  public SccpMessageType type() {
    return SccpMessageType.LUDTS;
  }

  @Override
  public LongUnitdataService readdressed(
      SccpAddress newCalled, SccpAddress newCalling, int newHopCounter) {
    return new LongUnitdataService(
        returnCause, newHopCounter, newCalled, newCalling, data, optionalParameters);
  }
}
