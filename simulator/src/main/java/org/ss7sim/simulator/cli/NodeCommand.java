package org.ss7sim.simulator.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.app.Service;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim node NETWORK.yaml --node NAME}: one node in its own process. */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description =
        "Run one node of NETWORK.yaml in this process, with real M3UA links to the others.")
final class NodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NETWORK.yaml", description = "The network file.")
  Path network;

  @Option(
      names = "--node",
      required = true,
      paramLabel = "NAME",
      description = "The node to run; repeat to run several in this process.")
  java.util.List<String> nodes;

  @Option(
      names = "--pcap",
      paramLabel = "FILE",
      description = "Write every message this node sends to FILE (pcap, M3UA as IPv4/SCTP).")
  Path pcap;

  @Override
  public Integer call() throws Exception {
    Network net = NetworkFiles.load(network);
    for (String node : nodes) {
      Node n =
          net.node(node)
              .orElseThrow(() -> new BadInputException("node '" + node + "' is not in " + network));
      if (!n.kind().isSignalingPoint()) {
        throw new BadInputException(
            "node '" + node + "' is an esme, not a signaling point: run it with 'ss7sim run'");
      }
      if (!n.simulated()) {
        throw new BadInputException(
            "node '" + node + "' is external (played by equipment outside ss7sim): nothing to run");
      }
    }
    Inputs.writableFile(pcap, "--pcap");
    Service.run(net, Set.copyOf(nodes), null, pcap, Path.of("."), spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
