package org.ss7sim.simulator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;

/**
 * The sample flows of the report: failed flows first (at most {@link #FAILED_PER_KIND} per kind,
 * among the flows the tracer kept), then the given ladders (the first call and SMS). Each ladder is
 * exactly one flow.
 */
public final class ReportLadders {
  /** Failed flows drawn per kind. */
  public static final int FAILED_PER_KIND = 3;

  private ReportLadders() {}

  /**
   * @param failed failed flow id → cause, in the order they failed
   * @param first the ladders of the first flows, drawn after the failed ones
   */
  public static List<Ladder> of(Tracer tracer, Map<String, String> failed, List<Ladder> first) {
    List<Ladder> out = new ArrayList<>();
    Map<String, Integer> perKind = new LinkedHashMap<>();
    failed.forEach(
        (flow, cause) -> {
          List<TraceEvent> events = tracer.flow(flow);
          String kind = flow.contains("-") ? flow.substring(0, flow.indexOf('-')) : flow;
          if (events.isEmpty() || perKind.getOrDefault(kind, 0) >= FAILED_PER_KIND) {
            return;
          }
          perKind.merge(kind, 1, Integer::sum);
          out.add(Ladder.of("failed " + kind + " (" + flow + "): " + cause, events));
        });
    out.addAll(first);
    return out;
  }
}
