package org.ss7sim.sccp.gtt;

import java.util.Objects;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;

/**
 * One destination a rule can send to: the next signaling point and, optionally, the subsystem the
 * translated called address names.
 *
 * @param ssn the subsystem to put in the called address, or {@code null} to keep the caller's
 */
public record GttDestination(PointCode pointCode, Ssn ssn) {
  public GttDestination {
    Objects.requireNonNull(pointCode, "pointCode");
  }

  public static GttDestination of(PointCode pointCode) {
    return new GttDestination(pointCode, null);
  }

  /** Parses {@code pc} or {@code pc:ssn}, the point code as an integer or 3-8-3. */
  public static GttDestination parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return of(PointCode.parse(text));
    }
    return new GttDestination(
        PointCode.parse(text.substring(0, colon)),
        new Ssn(Integer.parseInt(text.substring(colon + 1))));
  }

  @Override
  public String toString() {
    return ssn == null
        ? Integer.toString(pointCode.value())
        : pointCode.value() + ":" + ssn.value();
  }
}
