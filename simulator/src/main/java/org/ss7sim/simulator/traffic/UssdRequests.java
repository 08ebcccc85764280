package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.TrafficOptions.UssdOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;

/** USSD requests: processUnstructuredSS-Request from the MSC; succeed with the HLR's result. */
final class UssdRequests implements Traffic {
  /**
   * {@code kind: ussd} — USSD requests from an MSC on behalf of subscribers (MAP
   * processUnstructuredSS-Request).
   */
  static final Kind KIND =
      new Kind(
          "ussd",
          List.of("text"),
          List.of(NodeKind.MSC),
          f -> new UssdOptions(f.value("text", Values::string, "*100#")),
          (source, net, seed) -> new UssdRequests(source, net));

  private final TrafficSource source;
  private final SimNetwork net;
  private final UssdOptions options;

  UssdRequests(TrafficSource source, SimNetwork net) {
    this.source = source;
    this.net = net;
    this.options = (UssdOptions) source.options();
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Msc msc)) {
      attempt.fail("not_supported");
      return;
    }
    origin.execute(() -> msc.ussd(flow, to, options.text(), reply -> {}, attempt));
  }
}
