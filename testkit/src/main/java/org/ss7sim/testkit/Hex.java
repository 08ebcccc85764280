package org.ss7sim.testkit;

import org.ss7sim.wire.Octets;

/** Annotated hex: {@code #} comments, whitespace and line breaks ignored. */
public final class Hex {
  private Hex() {}

  /** Parses hex text in which {@code #} starts a comment running to the end of the line. */
  public static Octets parseAnnotated(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      int hash = line.indexOf('#');
      sb.append(hash >= 0 ? line.substring(0, hash) : line).append(' ');
    }
    return Octets.fromHex(sb);
  }
}
