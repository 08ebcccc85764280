package org.ss7sim.smpp.session;

import java.security.cert.X509Certificate;
import java.util.Optional;

/** Where a session writes encoded PDUs: a TCP connection in production, a list in tests. */
public interface SmppLink {
  /** Sends one encoded PDU; the array is handed over. */
  void send(byte[] pdu);

  /** Flushes and closes; the session's {@code onDown} follows. */
  void close();

  /**
   * The certificate the peer presented in the TLS handshake; empty on plain TCP or when it
   * presented none.
   */
  default Optional<X509Certificate> peerCertificate() {
    return Optional.empty();
  }
}
