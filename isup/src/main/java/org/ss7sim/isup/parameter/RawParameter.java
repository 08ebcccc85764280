package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * A parameter this stack does not model (or does not know), kept with its code and contents so that
 * decode → encode reproduces the input (Q.764 §2.9.5.2 leaves its handling to the procedure).
 */
public record RawParameter(int code, Octets content) implements IsupParameter {
  public RawParameter {
    if (code < 1 || code > 0xff) {
      throw new IllegalArgumentException("parameter code out of range: " + code);
    }
    Objects.requireNonNull(content, "content");
    if (content.length() > 255) {
      throw new IllegalArgumentException("parameter longer than 255 octets");
    }
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeOctets(content);
  }
}
