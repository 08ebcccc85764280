package org.ss7sim.transport.sctp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.sctp.SctpMessage;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.RecordingListener;
import org.ss7sim.transport.TransportUnavailableException;
import org.ss7sim.transport.loop.EventLoops;
import org.ss7sim.wire.Octets;

class SctpTransportTest {
  @Test
  void without_kernel_sctp_opening_fails_with_one_line_naming_the_alternatives() {
    assumeTrue(SctpSupport.problem() != null, "this host has kernel SCTP");
    var group = EventLoops.newGroup(1, "sctp-test");
    try {
      SctpTransport t = new SctpTransport(group);
      assertThatThrownBy(
              () ->
                  t.connect(
                      AssociationConfig.client("asp", new InetSocketAddress("127.0.0.1", 2905)),
                      new RecordingListener()))
          .isInstanceOf(TransportUnavailableException.class)
          .hasMessageStartingWith("kernel SCTP is not available on this host")
          .hasMessageContaining("TCP")
          .hasMessageContaining("IN_JVM")
          .matches(e -> !e.getMessage().contains("\n"), "one line");
      assertThatThrownBy(
              () ->
                  t.listen(
                      AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)),
                      new RecordingListener()))
          .isInstanceOf(TransportUnavailableException.class);
    } finally {
      group.shutdownGracefully();
    }
  }

  @Test
  void explanation_names_the_root_cause() {
    String line =
        SctpSupport.probe(
            () -> {
              throw new RuntimeException(
                  "wrapper", new java.net.SocketException("Protocol not supported"));
            });
    assertThat(line).contains("SocketException: Protocol not supported").doesNotContain("\n");
    assertThat(SctpSupport.probe(() -> {})).isNull();
  }

  @Test
  void inbound_sctp_messages_are_reported_with_stream_and_ppid() {
    List<String> seen = new ArrayList<>();
    EmbeddedChannel ch =
        new EmbeddedChannel(
            new SctpInboundHandler(
                new SctpInboundHandler.SctpEvents() {
                  @Override
                  public void active(ChannelHandlerContext ctx) {
                    seen.add("up");
                  }

                  @Override
                  public void message(int streamId, long ppid, Octets payload) {
                    seen.add(streamId + "/" + ppid + "/" + payload.toHex());
                  }

                  @Override
                  public void restart() {
                    seen.add("restart");
                  }

                  @Override
                  public void inactive(ChannelHandlerContext ctx, String cause) {
                    seen.add("down");
                  }
                }));
    ch.writeInbound(new SctpMessage(3, 7, Unpooled.wrappedBuffer(new byte[] {1, 2})));
    ch.close();
    assertThat(seen).containsExactly("up", "7/3/0102", "down");
  }
}
