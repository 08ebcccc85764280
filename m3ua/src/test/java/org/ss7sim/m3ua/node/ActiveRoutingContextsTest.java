package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspDown;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.TransportKind;

/**
 * The routing contexts an SGP puts in the SSNM it sends to an ASP (RFC 4666 §3.4: those of the ASes
 * the ASP is active in): kept per ASP as it joins and leaves ASes, listed in configuration order
 * whatever order the ASP became active in, and forgotten when it goes down.
 */
class ActiveRoutingContextsTest {
  private final Fixture f = new Fixture();

  @Test
  void ssnm_to_an_asp_names_the_ases_it_is_active_in_in_configuration_order() {
    M3uaNode sgp =
        f.node(9)
            .server("sgp", TransportKind.IN_JVM, serverAt(2905))
            .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
            .applicationServer(new AsConfig("as2", 20, TrafficModeType.LOADSHARE))
            .applicationServer(new AsConfig("as3", 30, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(1), "as1")
            .route(PointCode.itu(2), "as2")
            .route(PointCode.itu(3), "as3")
            .build();
    sgp.start();
    Fixture.RawPeer p = f.new RawPeer(2905);
    p.send(new AspUp(null, null, List.of()));

    p.send(new AspActive(null, List.of(20L), null, List.of()));
    assertThat(greeting(p)).containsExactly(20L);

    p.send(new AspActive(null, List.of(10L), null, List.of()));
    assertThat(greeting(p))
        .as("configuration order, not activation order")
        .containsExactly(10L, 20L);

    p.send(new AspDown(null, List.of()));
    p.send(new AspUp(null, null, List.of()));
    p.send(new AspActive(null, List.of(20L), null, List.of()));
    assertThat(greeting(p)).as("the ASes left on ASP Down no longer count").containsExactly(20L);
  }

  /** The routing contexts of the DUNA the SGP greets an ASP with (PC 3: no ASP ever serves as3). */
  private static List<Long> greeting(Fixture.RawPeer p) {
    List<Long> rcs = null;
    for (M3uaMessage m : p.received) {
      if (m instanceof DestinationUnavailable u) {
        assertThat(u.affectedPointCodes()).contains(AffectedPointCode.of(3));
        rcs = u.routingContexts();
      }
    }
    p.received.clear();
    assertThat(rcs).as("a DUNA greeted the ASP").isNotNull();
    return rcs;
  }
}
