package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;

/**
 * The demo's ladders show one flow's messages only: with every demo SMS to the same few
 * subscribers, TCAP messages of another message's dialogue must not appear in the first SMS's
 * ladder (they did when flows were matched by message bytes).
 */
class DemoLadderTest {
  @Test
  void the_first_sms_ladder_holds_only_its_own_dialogues() throws Exception {
    Map<String, List<TraceEvent>> first = new HashMap<>();
    boolean ok =
        Run.run(
            ConfigLoader.demoNetwork(),
            DemoScenario.of(10, 10),
            Run.Settings.of(null, new Run.Outputs(null, null, null), Path.of("."))
                .withMemoryStores(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            first::putAll);
    assertThat(ok).isTrue();
    List<TraceEvent> sms =
        first.entrySet().stream()
            .filter(e -> e.getKey().startsWith("first sms"))
            .findFirst()
            .orElseThrow()
            .getValue();
    List<List<Long>> dialogues = dialogues(sms);
    // SendRoutingInfoForSM, then MT-ForwardSM: two dialogues, each message carrying the ids of
    // the dialogue it belongs to (the originating id, and the one answering id).
    assertThat(dialogues).hasSize(2);
    for (List<Long> pair : dialogues) {
      assertThat(pair).hasSizeBetween(1, 2);
    }
  }

  /**
   * The dialogues of a ladder in order, each as [originating TID, answering TID]; fails when a
   * message carries an id of neither end of the dialogue it follows.
   */
  private static List<List<Long>> dialogues(List<TraceEvent> events) throws Exception {
    List<List<Long>> out = new ArrayList<>();
    Long origin = null;
    Set<Long> answering = new LinkedHashSet<>();
    for (TraceEvent e : events) {
      if (e.carrier() != TraceEvent.Carrier.M3UA) {
        continue;
      }
      Data d = (Data) M3uaCodec.decode(e.bytes());
      TcMessage tc =
          TcMessageCodec.decode(SccpMessageCodec.decode(d.protocolData().userData()).data());
      if (tc instanceof Begin b) {
        long otid = b.otid().unsignedValue();
        if (origin == null || origin != otid) {
          if (origin != null) {
            out.add(pair(origin, answering));
          }
          origin = otid;
          answering = new LinkedHashSet<>();
        }
        continue;
      }
      assertThat(origin).as("%s before any TC-BEGIN", e.label()).isNotNull();
      if (tc instanceof Continue c) {
        long o = c.otid().unsignedValue();
        long t = c.dtid().unsignedValue();
        if (t == origin) {
          answering.add(o);
        } else {
          assertThat(o).as("%s of dialogue %d", e.label(), origin).isEqualTo(origin);
          answering.add(t);
        }
      } else {
        long dtid =
            tc instanceof org.ss7sim.tcap.message.End end
                ? end.dtid().unsignedValue()
                : ((org.ss7sim.tcap.message.Abort) tc).dtid().unsignedValue();
        assertThat(dtid == origin || answering.contains(dtid))
            .as("%s (dtid %d) of dialogue %d/%s", e.label(), dtid, origin, answering)
            .isTrue();
      }
      assertThat(answering).as("answering ids of dialogue %d", origin).hasSizeLessThanOrEqualTo(1);
    }
    if (origin != null) {
      out.add(pair(origin, answering));
    }
    return out;
  }

  private static List<Long> pair(long origin, Set<Long> answering) {
    List<Long> p = new ArrayList<>();
    p.add(origin);
    p.addAll(answering);
    return p;
  }
}
