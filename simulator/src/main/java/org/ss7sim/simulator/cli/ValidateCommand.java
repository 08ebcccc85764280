package org.ss7sim.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim validate NETWORK.yaml}: configuration check. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check NETWORK.yaml and print one line per problem, naming its place in the file.",
      "Unknown keys and node references, duplicate point codes, routes to nowhere, GTT rules that",
      "can never match, overlapping CIC ranges. Exit 0 when clean, 2 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NETWORK.yaml", description = "The network file.")
  Path network;

  @Override
  public Integer call() {
    Network net = NetworkFiles.load(network);
    List<Problem> problems = NetworkValidator.validate(net);
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      problems.stream().sorted(Problem.IN_FILE_ORDER).forEach(err::println);
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        network + ": network '" + net.name() + "' with " + net.nodes().size() + " nodes is valid");
    routeSummary(net).ifPresent(out::println);
    out.flush();
    return ExitCode.OK;
  }

  /**
   * With default routes for end nodes, one line saying how many nodes use one and how many exact
   * routes remain (what a node tracks: MTP-PAUSE/RESUME, DAUD); empty without default routes.
   */
  static java.util.Optional<String> routeSummary(Network net) {
    int withDefault = 0;
    long exact = 0;
    long atStps = 0;
    for (org.ss7sim.simulator.config.network.Node n : net.nodes()) {
      long e = n.routes().stream().filter(r -> !r.isDefault()).count();
      exact += e;
      if (n.kind() == org.ss7sim.simulator.config.network.NodeKind.STP) {
        atStps += e;
      }
      if (n.routes().stream().anyMatch(r -> r.implicit() && r.isDefault())) {
        withDefault++;
      }
    }
    if (withDefault == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "routes: "
            + withDefault
            + " end nodes route by a default route (defaults: end_node_routes: default); "
            + exact
            + " exact routes in all, "
            + atStps
            + " of them at STPs");
  }
}
