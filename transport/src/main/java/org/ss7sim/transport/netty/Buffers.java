package org.ss7sim.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import org.ss7sim.wire.Octets;

/** Outgoing messages as Netty buffers. */
public final class Buffers {
  private Buffers() {}

  /**
   * {@code message} copied once, straight into a pooled direct buffer of {@code channel}'s
   * allocator: the socket (or TLS) takes it as it is, with no heap copy before it and no copy to
   * direct memory inside Netty. The buffer is the caller's to write (Netty releases it).
   */
  public static ByteBuf copyOf(Channel channel, Octets message) {
    ByteBuf buf = channel.alloc().directBuffer(message.length());
    buf.writeBytes(message.asReadOnlyBuffer());
    return buf;
  }
}
