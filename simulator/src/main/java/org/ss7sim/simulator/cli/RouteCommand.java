package org.ss7sim.simulator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim route NETWORK.yaml --from NODE (--gt DIGITS | --dpc PC)}. */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    description =
        "Explain hop by hop how a message from NODE would be routed, and where and why it would fail.")
final class RouteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NETWORK.yaml", description = "The network file.")
  Path network;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "NODE",
      description = "The originating node.")
  String from;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  @Option(names = "--ssn", paramLabel = "N", description = "Called subsystem number.")
  Integer ssn;

  static final class Destination {
    @Option(names = "--gt", paramLabel = "DIGITS", description = "Route on this global title.")
    String gt;

    @Option(
        names = "--dpc",
        paramLabel = "PC",
        description = "Route to this point code (integer or 3-8-3).")
    String dpc;
  }

  @Override
  public Integer call() {
    Inputs.readableFile(network, "network file");
    if (destination.gt != null && !destination.gt.matches("[0-9a-fA-F]{1,32}")) {
      throw new BadInputException("--gt " + destination.gt + ": expected 1 to 32 BCD digits");
    }
    if (destination.dpc != null) {
      try {
        org.ss7sim.mtp.PointCode.parse(destination.dpc);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--dpc " + destination.dpc + ": " + e.getMessage());
      }
    }
    if (ssn != null && (ssn < 0 || ssn > 255)) {
      throw new BadInputException("--ssn " + ssn + ": expected 0 to 255");
    }
    return NotYetAvailable.report(
        spec.commandLine().getErr(),
        "route",
        "show each GTT rule tried, the translated address, the point-code route and alternates, and the AS/ASP chosen.");
  }
}
