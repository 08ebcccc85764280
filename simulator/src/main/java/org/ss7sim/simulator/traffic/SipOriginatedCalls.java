package org.ss7sim.simulator.traffic;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.TrafficOptions.CallOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.sipgw.SipGatewayNode;

/**
 * Calls from the SIP side (issue 21, docs/sip-gateway.md): a simulated SIP caller sends INVITEs to
 * the {@code sipgw} node the source starts at; the gateway carries each into the SS7 network as an
 * IAM. Succeeds when answered (200 OK); the caller sends BYE after the hold time. Fails with the
 * Q.850 cause of the final response's Reason header, else {@code sip_<status>}.
 */
final class SipOriginatedCalls implements Traffic {
  static final Kind KIND =
      new Kind(
          "sip_call",
          List.of("calling", "hold"),
          List.of(NodeKind.SIPGW),
          Calls::options,
          SipOriginatedCalls::new);

  private final TrafficSource source;
  private final SimNetwork net;
  private final CallOptions options;
  private final NumberPicker calling;
  private final Random random;

  SipOriginatedCalls(TrafficSource source, SimNetwork net, long seed) {
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
    if (origin == null || !(origin.logic().orElse(null) instanceof SipGatewayNode gateway)) {
      attempt.fail("no_sip_gateway_" + source.from());
      return;
    }
    String from = calling == null ? "" : calling.next();
    Duration hold = Calls.hold(options.hold(), random);
    origin.execute(() -> gateway.placeSipCall(flow, to, from, hold, attempt));
  }
}
