package org.ss7sim.transport.sctp;

import com.sun.nio.sctp.AssociationChangeNotification;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.sctp.SctpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.wire.Octets;

/**
 * Turns complete {@link SctpMessage}s into {@link SctpEvents#message} calls and association change
 * notifications (RFC 4960 §10.2 E) into up/restart/down. Kept apart from the socket so it can be
 * tested on an embedded channel without kernel SCTP.
 */
final class SctpInboundHandler extends SimpleChannelInboundHandler<SctpMessage> {
  private static final Logger LOG = LoggerFactory.getLogger(SctpInboundHandler.class);

  /** What the handler reports. */
  interface SctpEvents {
    void active(ChannelHandlerContext ctx);

    void message(int streamId, long ppid, Octets payload);

    void restart();

    void inactive(ChannelHandlerContext ctx, String cause);
  }

  private final SctpEvents events;

  SctpInboundHandler(SctpEvents events) {
    this.events = events;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    events.active(ctx);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, SctpMessage msg) {
    byte[] bytes = new byte[msg.content().readableBytes()];
    msg.content().readBytes(bytes);
    events.message(
        msg.streamIdentifier(), msg.protocolIdentifier() & 0xffffffffL, Octets.wrap(bytes));
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof AssociationChangeNotification n) {
      switch (n.event()) {
        case RESTART -> events.restart();
        case COMM_LOST, SHUTDOWN, CANT_START -> ctx.close();
        default -> {}
      }
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    events.inactive(ctx, "association lost");
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("SCTP association {}: closing after {}", ctx.channel(), cause.toString());
    ctx.close();
  }
}
