package org.ss7sim.inap.message;

import org.ss7sim.wire.Octets;

/**
 * An element of an argument SEQUENCE that is not modelled (an extension, a CS-1 parameter not used
 * here, a CAMEL addition), kept whole so that re-encoding reproduces the input.
 *
 * @param after the tag of the modelled element it followed on the wire, or {@link #AT_START}; on
 *     encoding it is written right after that element (or at the end, when that element is absent)
 * @param element the complete element: identifier, length and contents octets
 */
public record UnknownElement(int after, Octets element) {
  public static final int AT_START = -1;

  public UnknownElement {
    java.util.Objects.requireNonNull(element, "element");
  }
}
