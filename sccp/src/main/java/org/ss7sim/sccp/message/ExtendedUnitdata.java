package org.ss7sim.sccp.message;

import java.util.List;
import java.util.Objects;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/**
 * XUDT, extended unitdata (Q.713 §4.18): protocol class, hop counter, called, calling, data,
 * optional part (segmentation, importance).
 */
public record ExtendedUnitdata(
    ProtocolClassField protocolClass,
    int hopCounter,
    SccpAddress called,
    SccpAddress calling,
    Octets data,
    List<OptionalParameter> optionalParameters)
    implements SccpMessage {
  public ExtendedUnitdata {
    Objects.requireNonNull(protocolClass, "protocolClass");
    Objects.requireNonNull(called, "called");
    Objects.requireNonNull(calling, "calling");
    Objects.requireNonNull(data, "data");
    SccpMessage.checkHopCounter(hopCounter);
    optionalParameters = List.copyOf(optionalParameters);
  }

  @Override
  public SccpMessageType type() {
    return SccpMessageType.XUDT;
  }

  @Override
  public ExtendedUnitdata readdressed(
      SccpAddress newCalled, SccpAddress newCalling, int newHopCounter) {
    return new ExtendedUnitdata(
        protocolClass, newHopCounter, newCalled, newCalling, data, optionalParameters);
  }
}
