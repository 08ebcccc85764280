package org.ss7sim.simulator.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim run NETWORK.yaml [SCENARIO.yaml]}. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Start the network of NETWORK.yaml and run SCENARIO.yaml through it.",
      "Without a scenario the network runs as a service (SMPP open for outside ESMEs) until interrupted."
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NETWORK.yaml", description = "The network file.")
  Path network;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "SCENARIO.yaml",
      description = "The scenario file.")
  Path scenario;

  @Option(
      names = "--duration",
      paramLabel = "D",
      converter = DurationConverter.class,
      description = "Stop after D (e.g. 30s, 5m, 1h, or ISO-8601 PT30S).")
  Duration duration;

  @Mixin OutputOptions outputs = new OutputOptions();

  @Override
  public Integer call() {
    Inputs.readableFile(network, "network file");
    if (scenario != null) {
      Inputs.readableFile(scenario, "scenario file");
    }
    outputs.check();
    return NotYetAvailable.report(
        spec.commandLine().getErr(),
        "run",
        "start every node of "
            + network
            + " and run "
            + (scenario == null ? "as a service until interrupted" : scenario)
            + ", then report counts, causes and latencies.");
  }
}
