package org.ss7sim.sccp.message;

import java.util.Objects;
import org.ss7sim.wire.Octets;

/**
 * One parameter of a message's optional part (Q.713 §2.3): name, then a one-octet length and the
 * value. Kept as bytes so that parameters this stack does not interpret re-encode unchanged; typed
 * views are {@link Segmentation#from} and {@link Importance#from}.
 */
public record OptionalParameter(int name, Octets value) {
  public static final int END_OF_OPTIONAL_PARAMETERS = 0x00;
  public static final int SEGMENTATION = 0x10;
  public static final int IMPORTANCE = 0x12;

  public OptionalParameter {
    Objects.requireNonNull(value, "value");
    if (name < 1 || name > 255) {
      throw new IllegalArgumentException("parameter name out of range: " + name);
    }
    if (value.length() > 255) {
      throw new IllegalArgumentException(
          "optional parameter longer than 255 octets: " + value.length());
    }
  }
}
