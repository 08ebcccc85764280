/**
 * A small TCP facility for length-prefixed messages: a server accepting many connections, a client,
 * optional TLS (JDK {@link javax.net.ssl.SSLContext}), connection up/down events, per-connection
 * send and close, and a {@link org.ss7sim.wire.time.TimerService} per connection whose tasks run on
 * the connection's event loop.
 *
 * <p>Framing: every message carries its own total length in a 4-octet big-endian field at a fixed
 * offset (SMPP command_length at offset 0, M3UA message length at offset 4). The declared length is
 * checked against the configured minimum and maximum before any buffer is allocated; a frame
 * outside them is reported to the handler once and the connection is closed, since the stream can
 * no longer be delimited.
 *
 * <p>Netty is used here and nowhere else; no Netty type appears in this package's public API.
 */
package org.ss7sim.transport.stream;
