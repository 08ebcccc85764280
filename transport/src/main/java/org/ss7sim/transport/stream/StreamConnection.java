package org.ss7sim.transport.stream;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import org.ss7sim.transport.loop.EventLoopTimerService;
import org.ss7sim.transport.netty.Buffers;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.TimerService;

/**
 * One TCP connection carrying framed messages. Sending is allowed from any thread (writes made off
 * the event loop are handed to it); handler events and timer tasks run on the connection's event
 * loop only.
 */
public final class StreamConnection {
  private static final AtomicLong IDS = new AtomicLong();

  private final Channel channel;
  private final long id = IDS.incrementAndGet();
  private final TimerService timers;

  StreamConnection(Channel channel) {
    this.channel = channel;
    this.timers = new EventLoopTimerService(channel.eventLoop());
  }

  /** A process-unique number for logs and counters. */
  public long id() {
    return id;
  }

  public InetSocketAddress remoteAddress() {
    return (InetSocketAddress) channel.remoteAddress();
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) channel.localAddress();
  }

  /**
   * The TLS session when the connection runs TLS (complete once the first message has arrived, as
   * messages are only delivered after the handshake); empty on plain TCP.
   */
  public Optional<SSLSession> tlsSession() {
    SslHandler tls = channel.pipeline().get(SslHandler.class);
    return tls == null ? Optional.empty() : Optional.of(tls.engine().getSession());
  }

  public boolean isOpen() {
    return channel.isActive();
  }

  /** Queues one whole message (length field included) for sending. */
  public void send(Octets message) {
    channel.writeAndFlush(Buffers.copyOf(channel, message), channel.voidPromise());
  }

  /** Queues one whole message; the array is handed over and must not be changed afterwards. */
  public void send(byte[] message) {
    channel.writeAndFlush(Unpooled.wrappedBuffer(message), channel.voidPromise());
  }

  /** Flushes what was queued, then closes; {@link StreamHandler#onDown()} follows. */
  public void close() {
    if (channel.eventLoop().inEventLoop()) {
      channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> channel.close());
    } else {
      channel.eventLoop().execute(this::close);
    }
  }

  /** Closes at once, dropping anything unsent. */
  public void abort() {
    channel.close();
  }

  /** Runs {@code task} on this connection's event loop. */
  public void execute(Runnable task) {
    channel.eventLoop().execute(task);
  }

  public boolean inEventLoop() {
    return channel.eventLoop().inEventLoop();
  }

  /** Timers whose tasks run on this connection's event loop. */
  public TimerService timers() {
    return timers;
  }

  @Override
  public String toString() {
    return "stream#" + id + " " + channel.localAddress() + "<->" + channel.remoteAddress();
  }
}
