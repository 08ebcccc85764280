package org.ss7sim.smpp.session;

/** Where a session writes encoded PDUs: a TCP connection in production, a list in tests. */
public interface SmppLink {
  /** Sends one encoded PDU; the array is handed over. */
  void send(byte[] pdu);

  /** Flushes and closes; the session's {@code onDown} follows. */
  void close();
}
