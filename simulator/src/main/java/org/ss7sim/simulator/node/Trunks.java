package org.ss7sim.simulator.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.isup.IsupConfig;
import org.ss7sim.isup.IsupUserPart;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.circuit.CicRange;
import org.ss7sim.isup.circuit.GlarePolicy;
import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.circuit.IsupTimers;
import org.ss7sim.isup.circuit.SelectionPolicy;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.TrunkGroup;
import org.ss7sim.simulator.network.SimNode;

/**
 * The ISUP user part of a switching node (SSP, MSC or SIP gateway) over the trunk groups of the
 * file.
 */
public final class Trunks {
  /** The no-answer timer (T9) of simulated switches: short, so runs stay short. */
  public static final Duration NO_ANSWER_TIMER = Duration.ofSeconds(3);

  private Trunks() {}

  /** Builds ISUP for {@code groups} and registers it with the node's MTP (M3UA) for SI 5. */
  public static IsupUserPart isup(
      Node config, List<TrunkGroup> groups, SimNode node, CallControlUser user) {
    List<TrunkGroupConfig> configs = new ArrayList<>();
    for (TrunkGroup g : groups) {
      configs.add(
          new TrunkGroupConfig(
              g.name(),
              pointCodeOf(node, g.remote()),
              g.cics().stream().map(r -> CicRange.of(r.first(), r.last())).toList(),
              switch (g.selection()) {
                case RANDOM -> SelectionPolicy.RANDOM;
                case ROUND_ROBIN -> SelectionPolicy.LEAST_RECENTLY_USED;
                default -> SelectionPolicy.SEQUENTIAL;
              },
              GlarePolicy.POINT_CODE_EVEN_ODD));
    }
    IsupConfig ic =
        new IsupConfig(
            config.networkIndicator(),
            IsupTimers.defaults().with(IsupTimer.T9, NO_ANSWER_TIMER),
            configs,
            false,
            true,
            config.pointCode().orElseThrow().value());
    IsupUserPart isup = new IsupUserPart(node.m3ua(), node.loop().timers(), ic, user);
    node.m3ua().register(ServiceIndicator.ISUP, isup);
    return isup;
  }

  private static PointCode pointCodeOf(SimNode node, String remote) {
    return node.network()
        .node(remote)
        .flatMap(Node::pointCode)
        .orElseGet(() -> PointCode.parse(remote));
  }
}
