package org.ss7sim.smpp.session;

import org.ss7sim.wire.Octets;

/**
 * Sees every PDU of a session exactly as it crosses the wire, binds, unbinds, enquire_links and
 * generated responses included, with the sequence numbers actually used, in the order they were
 * sent or received: what a pcap writer or ladder needs. Called on the connection's event loop (one
 * thread per connection, never concurrently for one connection); must not block and must not modify
 * {@code pdu}.
 */
@FunctionalInterface
public interface WireTap {
  WireTap NONE = (peer, outbound, pdu, timeMillis) -> {};

  /**
   * @param peer the remote address of the connection, as the session names it
   * @param outbound true for a PDU this side sent, false for one it received
   * @param pdu the whole PDU, command_length first (inbound: as framed, even if it does not decode)
   * @param timeMillis wall-clock time of the session's {@link org.ss7sim.wire.time.TimerService}
   */
  void onPdu(String peer, boolean outbound, Octets pdu, long timeMillis);

  /**
   * A client's connection is up, before its first PDU (the bind) is sent: {@code local} is this
   * side's address as the server will name its peer, so a tap at the server end in the same process
   * can tell that this side already traces the session. Servers do not call it.
   *
   * @param local this side's address, e.g. {@code /127.0.0.1:40312}
   * @param peer the remote address, as {@link #onPdu} names it
   */
  default void connected(String local, String peer) {}
}
