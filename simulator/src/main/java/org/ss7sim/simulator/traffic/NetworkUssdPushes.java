package org.ss7sim.simulator.traffic;

import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.TrafficOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.hlr.Hlr;
import org.ss7sim.simulator.node.msc.Msc;

/**
 * Network-initiated USSD (TS 24.090 §4.3): the HLR {@code from} opens a dialogue with the VLR
 * serving each selected subscriber and sends its {@code prompts} (unstructuredSS-Request, each
 * answered by the handset with the next of {@code answers}) and then its {@code notify}
 * (unstructuredSS-Notify); succeeds when the handset has answered and acknowledged everything and
 * the HLR has ended the dialogue, failing with {@code unexpected_answer} when the answers differ
 * from {@code expect_answers}.
 */
final class NetworkUssdPushes implements Traffic {
  /**
   * Options of {@code kind: network_ussd}.
   *
   * @param prompts the unstructuredSS-Request texts, in order
   * @param notification the unstructuredSS-Notify text sent after them, if any
   * @param answers what the handset answers to the prompts, in order (fewer: it gives up)
   * @param expectAnswers when present, an attempt whose answers differ fails
   */
  record NetworkUssdOptions(
      List<String> prompts,
      Optional<String> notification,
      List<String> answers,
      Optional<List<String>> expectAnswers)
      implements TrafficOptions {
    NetworkUssdOptions {
      prompts = List.copyOf(prompts);
      answers = List.copyOf(answers);
    }
  }

  /**
   * {@code kind: network_ussd} — USSD the network starts: the HLR's prompts and notification to
   * handsets, answered from the scenario's {@code answers}.
   */
  static final Kind KIND =
      new Kind(
          "network_ussd",
          List.of("prompts", "notify", "answers", "expect_answers"),
          List.of(NodeKind.HLR),
          f -> {
            List<String> prompts = f.list("prompts", Values::string);
            return new NetworkUssdOptions(
                prompts,
                // without prompts, a notification (the dialogue needs an operation)
                prompts.isEmpty()
                    ? Optional.of(f.value("notify", Values::string, "Hello from ss7sim"))
                    : f.optional("notify", Values::string),
                f.list("answers", Values::string),
                f.has("expect_answers")
                    ? Optional.of(f.list("expect_answers", Values::string))
                    : Optional.empty());
          },
          (source, net, seed) -> new NetworkUssdPushes(source, net));

  private final TrafficSource source;
  private final SimNetwork net;
  private final NetworkUssdOptions options;

  NetworkUssdPushes(TrafficSource source, SimNetwork net) {
    this.source = source;
    this.net = net;
    this.options = (NetworkUssdOptions) source.options();
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Hlr hlr)) {
      attempt.fail("not_supported");
      return;
    }
    // the handset's script goes to the MSC serving it before the HLR opens the dialogue there
    origin.execute(
        () -> {
          Optional<SimNode> serving = mscAt(hlr.servingVlr(to));
          if (serving.isEmpty() || !(serving.get().logic().orElse(null) instanceof Msc msc)) {
            push(origin, hlr, flow, to, attempt, () -> {});
            return;
          }
          serving
              .get()
              .execute(
                  () -> {
                    List<String> script = msc.expectNetworkUssd(to, options.answers());
                    origin.execute(
                        () ->
                            push(
                                origin,
                                hlr,
                                flow,
                                to,
                                attempt,
                                () ->
                                    serving
                                        .get()
                                        .execute(() -> msc.forgetNetworkUssd(to, script))));
                  });
        });
  }

  private void push(
      SimNode origin, Hlr hlr, String flow, String to, Attempt attempt, Runnable cleanUp) {
    List<List<String>> answers = new java.util.ArrayList<>();
    AttemptListener checked =
        new AttemptListener() {
          @Override
          public void onOutcome(Outcome outcome) {
            boolean unexpected =
                outcome.success()
                    && options.expectAnswers().isPresent()
                    && !options.expectAnswers().get().equals(answers.get(0));
            attempt.onOutcome(unexpected ? Outcome.failed("unexpected_answer") : outcome);
          }

          @Override
          public void onEnded() {
            cleanUp.run();
            attempt.onEnded();
          }
        };
    hlr.pushUssd(
        flow, to, options.prompts(), options.notification().orElse(null), answers::add, checked);
  }

  /** The simulated MSC whose global title is {@code vlr}, if any. */
  private Optional<SimNode> mscAt(String vlr) {
    for (Node n : net.config().nodes(NodeKind.MSC)) {
      if (n.globalTitles().stream().anyMatch(g -> g.digits().equals(vlr))) {
        return net.node(n.name());
      }
    }
    return Optional.empty();
  }
}
