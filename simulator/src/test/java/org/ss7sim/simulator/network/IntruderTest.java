package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.node.Counter;
import org.ss7sim.m3ua.testing.RfcPeer;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.scenario.Alphabet;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.smsc.Esme;

/**
 * The issue 13 finding on links between SIMULATED nodes (the demo network over TCP loopback): an
 * outside peer that reaches the STP's listening port of the SMSC's link and asks for the routing
 * context of the HLR's link is refused (ERR Invalid Routing Context) and gets no DATA; one from an
 * address the link does not allow is closed; with those intruders attached every SMS still gets its
 * receipt (every SRI-for-SM reached the HLR and was answered).
 */
class IntruderTest {
  @TempDir Path dir;
  DemoNetwork demo;

  @AfterEach
  void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private SimNode node(String name) {
    return demo.net.node(name).orElseThrow();
  }

  private long counter(SimNode n, Counter c) throws Exception {
    return n.call(() -> n.m3ua().counter(c));
  }

  private InetSocketAddress listener(String node, String peer) throws Exception {
    SimNode n = node(node);
    Link l = n.config().linksTo(peer).get(0);
    assertThat(l.listens()).isTrue();
    return n.listenerAddress(l.name());
  }

  @Test
  void another_links_rc_is_refused_and_every_sms_still_gets_its_receipt() throws Exception {
    demo = new DemoNetwork(dir);
    SimNode stp = node("stp-a");
    long hlrRc = stp.config().linksTo("hlr").get(0).routingContext();
    long smscRc = stp.config().linksTo("smsc").get(0).routingContext();
    assertThat(hlrRc).isNotEqualTo(smscRc);
    long refusedRc = counter(stp, Counter.REFUSED_ROUTING_CONTEXTS);
    long refusedPeers = counter(stp, Counter.REFUSED_PEERS);

    try (RfcPeer intruder =
            new RfcPeer(InetAddress.getLoopbackAddress(), listener("stp-a", "smsc"));
        RfcPeer stranger =
            new RfcPeer(InetAddress.getByName("127.0.0.2"), listener("stp-a", "hlr"))) {
      // the HLR's routing context asked for on the SMSC's link, in the HLR link's mode
      RfcPeer.Message answer = intruder.upAndActive(2, hlrRc);
      assertThat(answer.is(RfcPeer.MGMT, RfcPeer.ERR)).as(answer.toString()).isTrue();
      assertThat(answer.u32(RfcPeer.TAG_ERROR_CODE)).isEqualTo(0x19);
      assertThat(answer.u32(RfcPeer.TAG_ROUTING_CONTEXT)).isEqualTo(hlrRc);
      assertThat(counter(stp, Counter.REFUSED_ROUTING_CONTEXTS)).isEqualTo(refusedRc + 1);
      // the HLR's own link, from an address it does not allow (only the HLR's, 127.0.0.1)
      assertThat(stranger.closedByNode()).isTrue();
      assertThat(counter(stp, Counter.REFUSED_PEERS)).isEqualTo(refusedPeers + 1);

      Esme esme = demo.net.attachment("esme1", Esme.class).orElseThrow();
      List<DemoNetwork.Result> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        DemoNetwork.Result r = new DemoNetwork.Result();
        esme.submit(
            "sms-" + i,
            "99901100000" + (10 + i),
            new SmsOptions("1000", Optional.of("hi " + i), 4, Alphabet.GSM7, true),
            r);
        results.add(r);
      }
      for (DemoNetwork.Result r : results) {
        Outcome o = r.await(Duration.ofSeconds(20));
        assertThat(o.success()).as(o.toString()).isTrue();
      }
      // nothing but management reached the intruder
      List<RfcPeer.Message> seen = intruder.untilBeatAck(7);
      assertThat(seen).noneMatch(m -> m.messageClass() == RfcPeer.TRANSFER);
    }
    assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(5))).isEmpty();
  }
}
