package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Objects;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/**
 * LUDT, long unitdata (Q.713 §4.20): as XUDT with two-octet pointers and long data (≤ 3952 octets).
 */
public record LongUnitdata(
    ProtocolClassField protocolClass,
    int hopCounter,
    SccpAddress called,
    SccpAddress calling,
    Octets data,
    List<OptionalParameter> optionalParameters)
    implements SccpMessage {
  public LongUnitdata {
    Objects.requireNonNull(protocolClass, "protocolClass");
    Objects.requireNonNull(called, "called");
    Objects.requireNonNull(calling, "calling");
    Objects.requireNonNull(data, "data");
    SccpMessage.checkHopCounter(hopCounter);
    optionalParameters = List.copyOf(optionalParameters);
  }

  @Override
  public SccpMessageType type() {
    return SccpMessageType.LUDT;
  }

  @Override
  public LongUnitdata readdressed(
      SccpAddress newCalled, SccpAddress newCalling, int newHopCounter) {
    return new LongUnitdata(
        protocolClass, newHopCounter, newCalled, newCalling, data, optionalParameters);
  }
}
