package org.ss7sim.isup.parameter;

import java.util.Objects;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/** Circuit state indicator (Q.763 §3.14) of CQR: one octet per circuit in the range. */
public record CircuitStateIndicator(Octets content) implements IsupParameter {
  public CircuitStateIndicator {
    Objects.requireNonNull(content, "content");
  }

  public static CircuitStateIndicator decode(Octets content) {
    return new CircuitStateIndicator(content);
  }

  @Override
  public int code() {
    return ParameterCode.CIRCUIT_STATE_INDICATOR;
  }

  @Override
  public void encodeContent(WireWriter out) {
    out.writeOctets(content);
  }

  /** Maintenance blocking state bits BA of circuit {@code index}. */
  public int maintenanceBlockingState(int index) {
    return content.get(index) & 3;
  }

  /**
   * Call processing state bits DC of circuit {@code index} (0 when BA = 0, transient states
   * differ).
   */
  public int callProcessingState(int index) {
    return (content.get(index) >>> 2) & 3;
  }
}
