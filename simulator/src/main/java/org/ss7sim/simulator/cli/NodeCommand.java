package org.ss7sim.simulator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  @Option(names = "--node", required = true, paramLabel = "NAME", description = "The node to run.")
  String node;

  @Override
  public Integer call() {
    Inputs.readableFile(network, "network file");
    return NotYetAvailable.report(
        spec.commandLine().getErr(),
        "node",
        "run node " + node + " of " + network + " in this process with M3UA links to its peers.");
  }
}
