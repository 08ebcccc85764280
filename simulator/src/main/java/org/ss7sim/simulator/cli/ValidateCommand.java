package org.ss7sim.simulator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim validate NETWORK.yaml}: configuration check. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check NETWORK.yaml: unknown keys and references, duplicate point codes, routes to nowhere, dead GTT rules, overlapping CIC ranges.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NETWORK.yaml", description = "The network file.")
  Path network;

  @Override
  public Integer call() {
    Inputs.readableFile(network, "network file");
    return NotYetAvailable.report(
        spec.commandLine().getErr(),
        "validate",
        "check " + network + " and print one line per problem, naming its place in the file.");
  }
}
