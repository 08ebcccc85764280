package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.ScenarioReader;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.node.smsc.Esme;

/**
 * Short messages (DESIGN.md §3 flow 3): submit_sm by the ESME; succeed with a DELIVRD receipt (or
 * at submit_sm_resp without registered delivery).
 */
final class ShortMessages implements Traffic {
  /**
   * {@code kind: sms} — short messages submitted by an ESME (submit_sm → SRI-for-SM → MT-ForwardSM
   * → receipt).
   */
  static final Kind KIND =
      new Kind(
          "sms",
          List.of("sender", "text", "length", "alphabet", "registered_delivery", "validity"),
          List.of(NodeKind.ESME),
          ScenarioReader::sms,
          (source, net, seed) -> new ShortMessages(source, net));

  private final TrafficSource source;
  private final SimNetwork net;
  private final SmsOptions options;

  ShortMessages(TrafficSource source, SimNetwork net) {
    this.source = source;
    this.net = net;
    this.options = (SmsOptions) source.options();
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    Esme esme = net.attachment(source.from(), Esme.class).orElse(null);
    if (esme == null) {
      attempt.fail("no_esme_" + source.from());
      return;
    }
    esme.submit(flow, to, options, attempt);
  }
}
