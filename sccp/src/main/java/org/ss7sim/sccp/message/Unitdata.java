package org.ss7sim.sccp.message;

import java.util.Objects;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.Octets;

/** UDT, unitdata (Q.713 §4.10): protocol class, called, calling, data (≤ 255 octets). */
public record Unitdata(
    ProtocolClassField protocolClass, SccpAddress called, SccpAddress calling, Octets data)
    implements SccpMessage {
  public Unitdata {
    Objects.requireNonNull(protocolClass, "protocolClass");
    Objects.requireNonNull(called, "called");
    Objects.requireNonNull(calling, "calling");
    Objects.requireNonNull(data, "data");
  }

  @Override
  public SccpMessageType type() {
    return SccpMessageType.UDT;
  }

  @Override
  public Unitdata readdressed(SccpAddress newCalled, SccpAddress newCalling, int newHopCounter) {
    return new Unitdata(protocolClass, newCalled, newCalling, data);
  }
}
