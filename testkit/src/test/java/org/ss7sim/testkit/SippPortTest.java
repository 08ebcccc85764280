package org.ss7sim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * {@link Sipp}'s readiness check reads which sockets a process holds from /proc: this JVM's own
 * sockets stand in for SIPp's.
 */
class SippPortTest {
  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  static final long SELF = ProcessHandle.current().pid();

  @Test
  void a_udp_socket_of_the_process_on_the_port_is_seen_and_only_that_one() throws Exception {
    try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
      int port = d.getLocalPort();
      assertThat(Sipp.holdsPort(SELF, port, false)).isTrue();
      assertThat(Sipp.holdsPort(SELF, port, true)).as("not over TCP").isFalse();
      assertThat(Sipp.holdsPort(SELF, port == 65535 ? 1 : port + 1, false)).isFalse();
    }
  }

  @Test
  void a_tcp_listener_is_seen_and_a_closed_socket_is_not() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
      port = s.getLocalPort();
      assertThat(Sipp.holdsPort(SELF, port, true)).isTrue();
    }
    assertThat(Sipp.holdsPort(SELF, port, true)).isFalse();
  }

  @Test
  void another_process_holding_the_port_does_not_count() throws Exception {
    try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
      long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
      assertThat(Sipp.holdsPort(parent, d.getLocalPort(), false)).isFalse();
    }
  }
}
