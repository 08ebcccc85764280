package org.ss7sim.sip;

import java.util.Objects;

/**
 * The parts of a SIP or tel URI the gateway maps (RFC 3261 §19.1, RFC 3966): the user part carries
 * the number, the host where the call goes or came from.
 *
 * @param scheme {@code sip}, {@code sips} or {@code tel}
 * @param user the user part ({@code +4930123}, {@code 9992021000}); for tel URIs the number
 * @param host the host, empty for tel URIs
 * @param port the port, 0 when absent
 */
public record SipUri(String scheme, String user, String host, int port) {
  public SipUri {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (!scheme.equals("tel") && host.isEmpty()) {
      throw new IllegalArgumentException(scheme + " URI without host");
    }
  }

  /** {@code sip:user@host} without port. */
  public static SipUri sip(String user, String host) {
    return new SipUri("sip", user, host, 0);
  }

  /** {@code sip:user@host:port}. */
  public static SipUri sip(String user, String host, int port) {
    return new SipUri("sip", user, host, port);
  }

  /** The URI in its textual form. */
  @Override
  public String toString() {
    if (scheme.equals("tel")) {
      return "tel:" + user;
    }
    return scheme + ":" + (user.isEmpty() ? "" : user + "@") + host + (port == 0 ? "" : ":" + port);
  }
}
