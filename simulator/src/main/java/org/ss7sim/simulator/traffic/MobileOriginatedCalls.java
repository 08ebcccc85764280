package org.ss7sim.simulator.traffic;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.NumberSelection;
import org.ss7sim.simulator.config.scenario.TrafficOptions.CallOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;

/**
 * Calls from handsets (DESIGN.md §3 flow 6): the originating MSC sends InitialDP (CAP v2) to the
 * gsmSCF of a caller with an O-CSI and routes the call over ISUP once told to continue; the gsmSCF
 * charges it in ApplyCharging periods and may release it. Succeeds when the caller hangs up after
 * the hold time; fails with the cause the call was released with otherwise (e.g. {@code
 * normal_unspecified} when a prepaid service ends it for lack of credit).
 */
final class MobileOriginatedCalls implements Traffic {
  /**
   * {@code kind: mo_call} — calls from handsets (DESIGN.md §3 flow 6): the MSC sends InitialDP to
   * the gsmSCF of a caller with an O-CSI (CAMEL prepaid), then routes the call over ISUP.
   */
  static final Kind KIND =
      new Kind(
          "mo_call",
          List.of("calling", "hold"),
          List.of(NodeKind.MSC),
          Calls::options,
          MobileOriginatedCalls::new);

  private final TrafficSource source;
  private final SimNetwork net;
  private final CallOptions options;
  private final NumberPicker calling;
  private final Random random;

  MobileOriginatedCalls(TrafficSource source, SimNetwork net, long seed) {
    this.source = source;
    this.net = net;
    this.options = (CallOptions) source.options();
    this.calling =
        new NumberPicker(
            options
                .calling()
                .orElse(
                    new NumberSelection(
                        new NumberSelection.Subscribers(Optional.empty(), Optional.empty()),
                        NumberSelection.Pick.SEQUENTIAL)),
            net.config(),
            seed + 1);
    this.random = new Random(seed + 2);
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Msc msc)) {
      attempt.fail("not_supported");
      return;
    }
    String from = calling.next();
    Duration hold = Calls.hold(options.hold(), random);
    origin.execute(() -> msc.placeMoCall(flow, from, to, hold, attempt));
  }
}
