package org.ss7sim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class EndpointTest {
  @Test
  void dotted_quads_read_as_the_resolver_reads_them() throws Exception {
    for (String s :
        new String[] {"10.0.0.1", "127.0.0.1", "0.0.0.0", "255.255.255.255", "192.168.001.010"}) {
      assertThat(Endpoint.of(s, 2905).address()).as(s).isEqualTo(InetAddress.getByName(s));
      assertThat(Endpoint.of(s, 2905).port()).isEqualTo(2905);
    }
    // the shorter forms the resolver accepts still work (through it)
    assertThat(Endpoint.of("127.1", 1).address()).isEqualTo(InetAddress.getByName("127.0.0.1"));
  }

  @Test
  void what_is_not_an_ipv4_literal_is_refused() {
    for (String s : new String[] {"256.0.0.1", "1.2.3.4.5", "1..2.3", "::1", "1.2.3.4 ", ""}) {
      assertThatThrownBy(() -> Endpoint.of(s, 1))
          .as(s)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
