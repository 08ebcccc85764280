package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/** Access transport (Q.763 §3.3): Q.931 information elements carried transparently. */
public record AccessTransport(Octets content) implements IsupParameter {
  public AccessTransport {
    Objects.requireNonNull(content, "content");
  }

  public static AccessTransport decode(Octets content) {
    return new AccessTransport(content);
  }

  @Override
  public int code() {
    return ParameterCode.ACCESS_TRANSPORT;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeOctets(content);
  }
}
