package org.ss7sim.smpp.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ESME allowed to bind (SMPP 3.4 §4.1).
 *
 * @param systemId the system_id it binds with
 * @param password the password it must present
 * @param systemType required system_type; empty accepts any
 * @param sourceAddresses when present, submitted source_addr must match it (else ESME_RINVSRCADR)
 * @param maxBinds how many sessions may be bound at once with this system_id
 * @param submitsPerSecond per-bind submit rate above which ESME_RTHROTTLED is answered; 0 is
 *     unlimited
 * @param clientCertificate when present, the lowercase hex SHA-256 fingerprint of the certificate
 *     the ESME must present in the TLS handshake to bind (else ESME_RBINDFAIL); such an account can
 *     bind only over TLS
 */
public record EsmeAccount(
    String systemId,
    String password,
    String systemType,
    Optional<Pattern> sourceAddresses,
    int maxBinds,
    double submitsPerSecond,
    Optional<String> clientCertificate) {
  public EsmeAccount {
    Objects.requireNonNull(systemId, "systemId");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(systemType, "systemType");
    Objects.requireNonNull(sourceAddresses, "sourceAddresses");
    Objects.requireNonNull(clientCertificate, "clientCertificate");
    clientCertificate = clientCertificate.map(f -> f.replace(":", "").toLowerCase(Locale.ROOT));
    if (maxBinds < 1 || submitsPerSecond < 0) {
      throw new IllegalArgumentException(
          "maxBinds " + maxBinds + ", submitsPerSecond " + submitsPerSecond);
    }
  }

  /** Any system_type, any source address, 8 binds, no rate limit. */
  public static EsmeAccount of(String systemId, String password) {
    return new EsmeAccount(systemId, password, "", Optional.empty(), 8, 0, Optional.empty());
  }

  public EsmeAccount withMaxBinds(int n) {
    return new EsmeAccount(
        systemId, password, systemType, sourceAddresses, n, submitsPerSecond, clientCertificate);
  }

  public EsmeAccount withSubmitsPerSecond(double rate) {
    return new EsmeAccount(
        systemId, password, systemType, sourceAddresses, maxBinds, rate, clientCertificate);
  }

  public EsmeAccount withSystemType(String type) {
    return new EsmeAccount(
        systemId, password, type, sourceAddresses, maxBinds, submitsPerSecond, clientCertificate);
  }

  public EsmeAccount withSourceAddresses(String regex) {
    return new EsmeAccount(
        systemId,
        password,
        systemType,
        Optional.of(Pattern.compile(regex)),
        maxBinds,
        submitsPerSecond,
        clientCertificate);
  }

  /**
   * Requires the certificate with this SHA-256 fingerprint (hex, colons and case ignored) in the
   * TLS handshake.
   */
  public EsmeAccount withClientCertificate(String sha256) {
    return new EsmeAccount(
        systemId,
        password,
        systemType,
        sourceAddresses,
        maxBinds,
        submitsPerSecond,
        Optional.of(sha256));
  }
}
