package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.TrafficOptions.UssdOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.msc.Msc;

/**
 * USSD requests: processUnstructuredSS-Request from the MSC, the handset answering the network's
 * menu prompts with the scenario's {@code choices}; succeed with the HLR's result, failing with
 * {@code unexpected_text} when it is not the {@code expect_text} given.
 */
final class UssdRequests implements Traffic {
  /**
   * {@code kind: ussd} — USSD requests from an MSC on behalf of subscribers (MAP
   * processUnstructuredSS-Request), walking the HLR's menu with {@code choices} and checking the
   * final text against {@code expect_text}.
   */
  static final Kind KIND =
      new Kind(
          "ussd",
          List.of("text", "choices", "expect_text"),
          List.of(NodeKind.MSC),
          f ->
              new UssdOptions(
                  f.value("text", Values::string, "*100#"),
                  f.list("choices", Values::string),
                  f.optional("expect_text", Values::string)),
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
    String[] text = new String[1];
    AttemptListener checked =
        new AttemptListener() {
          @Override
          public void onOutcome(Outcome outcome) {
            boolean unexpected =
                outcome.success()
                    && options.expectText().isPresent()
                    && !options.expectText().get().equals(text[0]);
            attempt.onOutcome(unexpected ? Outcome.failed("unexpected_text") : outcome);
          }

          @Override
          public void onEnded() {
            attempt.onEnded();
          }
        };
    origin.execute(
        () -> msc.ussd(flow, to, options.text(), options.choices(), t -> text[0] = t, checked));
  }
}
