package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.PointCode;

/**
 * RFC 4666 §4.5.3: the SGP answers a DAUD with the state of each audited destination. An ASP that
 * turns active audits every destination routed over it (in a network of n nodes, ~n of them), so
 * the answer is batched: one DAVA per 100 available and one DUNA per 100 unavailable point codes,
 * not one message per point code (which made the start of n nodes O(n^2) messages).
 */
class DaudAnswerTest {
  private final Fixture f = new Fixture();

  @Test
  void an_audit_of_250_destinations_is_answered_in_batches_of_100() {
    M3uaNode sgp =
        f.node(2)
            .server("sgp", org.ss7sim.transport.TransportKind.IN_JVM, serverAt(2905))
            .applicationServer(
                new org.ss7sim.m3ua.node.AsConfig("as1", 10, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(1), "as1")
            .build();
    sgp.start();
    Fixture.RawPeer p = f.new RawPeer(2905);
    p.send(new AspUp(null, null, List.of()));
    p.send(new AspActive(null, List.of(10L), null, List.of()));
    p.received.clear();
    List<AffectedPointCode> audited = new ArrayList<>();
    audited.add(AffectedPointCode.of(1)); // served by the active ASP: available
    for (int pc = 100; pc < 349; pc++) {
      audited.add(AffectedPointCode.of(pc)); // unknown to the SGP: unavailable
    }
    p.send(new DestinationStateAudit(null, List.of(10L), audited, null, List.of()));

    List<AffectedPointCode> available = new ArrayList<>();
    List<AffectedPointCode> unavailable = new ArrayList<>();
    int messages = 0;
    for (M3uaMessage m : p.received) {
      if (m instanceof DestinationAvailable a) {
        messages++;
        available.addAll(a.affectedPointCodes());
        assertThat(a.routingContexts()).containsExactly(10L);
      } else if (m instanceof DestinationUnavailable u) {
        messages++;
        unavailable.addAll(u.affectedPointCodes());
        assertThat(u.affectedPointCodes().size()).isLessThanOrEqualTo(100);
      }
    }
    assertThat(available).containsExactly(AffectedPointCode.of(1));
    assertThat(unavailable).hasSize(249).containsExactlyElementsOf(audited.subList(1, 250));
    assertThat(messages).as("1 DAVA + 3 DUNA").isEqualTo(4);
  }
}
