package org.ss7sim.simulator.traffic;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.HoldTime;
import org.ss7sim.simulator.config.scenario.ScenarioValues;
import org.ss7sim.simulator.config.scenario.TrafficOptions.CallOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.ssp.Ssp;

/** Calls (DESIGN.md §3 flows 1, 2, 4): placed by the switch; succeed when answered. */
final class Calls implements Traffic {
  /**
   * {@code kind: call} — ISUP calls from an SSP (through an SCP when the number has an IN trigger).
   */
  static final Kind KIND =
      new Kind(
          "call",
          List.of("calling", "hold"),
          List.of(NodeKind.SSP, NodeKind.MSC),
          Calls::options,
          Calls::new);

  private final TrafficSource source;
  private final SimNetwork net;
  private final CallOptions options;
  private final NumberPicker calling;
  private final Random random;

  Calls(TrafficSource source, SimNetwork net, long seed) {
    this.source = source;
    this.net = net;
    this.options = (CallOptions) source.options();
    this.calling =
        options.calling().map(c -> new NumberPicker(c, net.config(), seed + 1)).orElse(null);
    this.random = new Random(seed + 2);
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Ssp ssp)) {
      attempt.fail("no_switch_" + source.from());
      return;
    }
    String from = calling == null ? "" : calling.next();
    Duration hold = hold(options.hold(), random);
    origin.execute(() -> ssp.placeCall(flow, to, from, hold, attempt));
  }

  /** The options of calls ({@code call} and {@code mo_call}): calling numbers and hold time. */
  static CallOptions options(Fields f) {
    return new CallOptions(
        f.optional("calling", ScenarioValues::selection),
        f.value("hold", ScenarioValues::hold, new HoldTime.Fixed(Duration.ofSeconds(1))));
  }

  static Duration hold(HoldTime h, Random random) {
    if (h instanceof HoldTime.Fixed f) {
      return f.duration();
    }
    if (h instanceof HoldTime.Uniform u) {
      long min = u.min().toNanos();
      long max = u.max().toNanos();
      return Duration.ofNanos(min + (long) (random.nextDouble() * (max - min)));
    }
    HoldTime.Exponential e = (HoldTime.Exponential) h;
    double x = -Math.log(1 - random.nextDouble()) * e.mean().toNanos();
    return Duration.ofNanos(Math.min((long) x, e.mean().toNanos() * 10));
  }
}
