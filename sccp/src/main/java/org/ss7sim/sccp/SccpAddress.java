package org.ss7sim.sccp;

import java.util.Optional;
import org.ss7sim.mtp.PointCode;

/**
 * A called or calling party address (Q.713 §3.4): routing indicator and any of point code,
 * subsystem number and global title.
 *
 * @param pointCode the signaling point, or {@code null} when absent
 * @param ssn the subsystem, or {@code null} when absent
 * @param globalTitle the global title, or {@code null} when absent
 */
public record SccpAddress(
    RoutingIndicator routingIndicator, PointCode pointCode, Ssn ssn, GlobalTitle globalTitle) {
  public SccpAddress {
    java.util.Objects.requireNonNull(routingIndicator, "routingIndicator");
    if (routingIndicator == RoutingIndicator.ROUTE_ON_GT && globalTitle == null) {
      throw new IllegalArgumentException("route on GT needs a global title");
    }
    if (globalTitle != null && globalTitle.indicator() == GlobalTitleIndicator.NONE) {
      throw new IllegalArgumentException("a global title needs an indicator other than NONE");
    }
  }

  /** Route on SSN with point code and subsystem. */
  public static SccpAddress ofSsn(PointCode pointCode, Ssn ssn) {
    return new SccpAddress(RoutingIndicator.ROUTE_ON_SSN, pointCode, ssn, null);
  }

  /** Route on GT with a subsystem number and no point code, the usual MAP addressing. */
  public static SccpAddress ofGlobalTitle(GlobalTitle globalTitle, Ssn ssn) {
    return new SccpAddress(RoutingIndicator.ROUTE_ON_GT, null, ssn, globalTitle);
  }

  public Optional<PointCode> optionalPointCode() {
    return Optional.ofNullable(pointCode);
  }

  public Optional<Ssn> optionalSsn() {
    return Optional.ofNullable(ssn);
  }

  public Optional<GlobalTitle> optionalGlobalTitle() {
    return Optional.ofNullable(globalTitle);
  }
}
