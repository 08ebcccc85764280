package org.ss7sim.transport.stream;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.wire.Octets;

/**
 * Cuts the inbound byte stream into messages by their length field and hands each to the
 * connection's {@link StreamHandler} directly; also reports up/down. The length is checked against
 * the framing limits before the message buffer is allocated.
 */
final class FrameDecoder extends ByteToMessageDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(FrameDecoder.class);
  private static final int PREFIX_LIMIT = 64;

  private final StreamFraming framing;
  private final StreamAcceptor acceptor;
  private final StreamCounters counters;
  private StreamConnection connection;
  private StreamHandler handler;
  private boolean failed;

  FrameDecoder(StreamFraming framing, StreamAcceptor acceptor, StreamCounters counters) {
    this.framing = framing;
    this.acceptor = acceptor;
    this.counters = counters;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    connection = new StreamConnection(ctx.channel());
    try {
      handler = acceptor.onConnected(connection);
    } catch (RuntimeException e) {
      LOG.debug("{}: acceptor failed, closing", connection, e);
      counters.handlerFailures.increment();
      ctx.close();
      return;
    }
    counters.connectionsUp.increment();
    super.channelActive(ctx);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    super.channelInactive(ctx);
    if (handler != null) {
      StreamHandler h = handler;
      handler = null;
      counters.connectionsDown.increment();
      try {
        h.onDown();
      } catch (RuntimeException e) {
        LOG.debug("{}: handler failed on down", connection, e);
        counters.handlerFailures.increment();
      }
    }
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (!failed && handler != null && in.readableBytes() >= framing.headerLength()) {
      int start = in.readerIndex();
      long length = in.getUnsignedInt(start + framing.lengthOffset());
      if (length < framing.minLength() || length > framing.maxLength()) {
        failed = true;
        counters.framingErrors.increment();
        byte[] prefix = new byte[Math.min(in.readableBytes(), PREFIX_LIMIT)];
        in.getBytes(start, prefix);
        in.skipBytes(in.readableBytes());
        LOG.debug(
            "{}: declared length {} outside [{}, {}], closing",
            connection,
            length,
            framing.minLength(),
            framing.maxLength());
        try {
          handler.onFramingError(length, Octets.wrap(prefix));
        } catch (RuntimeException e) {
          counters.handlerFailures.increment();
          LOG.debug("{}: handler failed on framing error", connection, e);
        }
        connection.close();
        return;
      }
      if (in.readableBytes() < length) {
        return;
      }
      byte[] message = new byte[(int) length];
      in.readBytes(message);
      counters.messagesIn.increment();
      try {
        handler.onMessage(Octets.wrap(message));
      } catch (RuntimeException e) {
        counters.handlerFailures.increment();
        LOG.debug("{}: handler failed on message", connection, e);
      }
    }
    if (failed) {
      in.skipBytes(in.readableBytes());
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    counters.ioErrors.increment();
    LOG.debug("{}: connection error, closing", connection, cause);
    ctx.close();
  }
}
