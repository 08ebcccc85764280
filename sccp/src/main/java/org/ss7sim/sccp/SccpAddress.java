package org.ss7sim.sccp;

import java.util.Optional;
import org.ss7sim.mtp.PointCode;

/**
 * A called or calling party address (Q.713 §3.4): routing indicator and any of point code,
 * subsystem number and global title.
 *
 * <p>Route on GT without a global title can be received (jSS7 sends such calling addresses with a
 * point code and SSN); it is kept as received, and routing on it fails with "no translation for an
 * address of such nature".
 *
 * @param pointCode the signaling point, or {@code null} when absent
 * @param ssn the subsystem, or {@code null} when absent
 * @param globalTitle the global title, or {@code null} when absent
 * @param nationalUse bit 8 of the address indicator, reserved for national use (0 in international
 *     networks); kept so that a decoded address re-encodes unchanged
 */
public record SccpAddress(
    RoutingIndicator routingIndicator,
    PointCode pointCode,
    Ssn ssn,
    GlobalTitle globalTitle,
    boolean nationalUse) {
  public SccpAddress {
    java.util.Objects.requireNonNull(routingIndicator, "routingIndicator");
    if (globalTitle != null && globalTitle.indicator() == GlobalTitleIndicator.NONE) {
      throw new IllegalArgumentException("a global title needs an indicator other than NONE");
    }
  }

  /** An address with the national-use bit clear, as international networks send it. */
  public SccpAddress(
      RoutingIndicator routingIndicator, PointCode pointCode, Ssn ssn, GlobalTitle globalTitle) {
    this(routingIndicator, pointCode, ssn, globalTitle, false);
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

  /** This address with {@code newPointCode} (may be {@code null}). */
  public SccpAddress withPointCode(PointCode newPointCode) {
    return new SccpAddress(routingIndicator, newPointCode, ssn, globalTitle, nationalUse);
  }

  /** This address with {@code newSsn} (may be {@code null}). */
  public SccpAddress withSsn(Ssn newSsn) {
    return new SccpAddress(routingIndicator, pointCode, newSsn, globalTitle, nationalUse);
  }

  /** Whether a subsystem number other than 0 (not known) is present. */
  public boolean hasKnownSsn() {
    return ssn != null && ssn.value() != 0;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(routingIndicator == RoutingIndicator.ROUTE_ON_GT ? "[gt" : "[ssn");
    if (pointCode != null) {
      sb.append(" pc=").append(pointCode.value());
    }
    if (ssn != null) {
      sb.append(" ssn=").append(ssn.value());
    }
    if (globalTitle != null) {
      sb.append(' ').append(globalTitle);
    }
    return sb.append(']').toString();
  }
}
