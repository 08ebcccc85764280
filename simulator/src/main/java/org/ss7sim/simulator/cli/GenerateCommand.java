package org.ss7sim.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ss7sim generate}: writes a network file of a given size and a scenario for it. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write a network of mated STP pairs, switches, HLRs, MSCs and SMSCs to --out, and a scenario",
      "with calls between neighbouring switches and SMS to --scenario. Every node links to both",
      "STPs of its pair; the pairs are joined by quad D-links; every STP has the GTT rules."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "NETWORK.yaml",
      description = "Where to write the network file.")
  Path out;

  @Option(
      names = "--scenario",
      paramLabel = "SCENARIO.yaml",
      description = "Where to write the scenario (default: NETWORK-scenario.yaml beside --out).")
  Path scenario;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Network name (default: the file name of --out).")
  String name;

  @Option(
      names = "--stp-pairs",
      defaultValue = "1",
      description = "Mated STP pairs (default ${DEFAULT-VALUE}).")
  int stpPairs;

  @Option(
      names = "--switches-per-pair",
      defaultValue = "10",
      description = "Switches per STP pair (default ${DEFAULT-VALUE}).")
  int switchesPerPair;

  @Option(names = "--hlrs", defaultValue = "1", description = "HLRs (default ${DEFAULT-VALUE}).")
  int hlrs;

  @Option(
      names = "--mscs",
      defaultValue = "1",
      description = "MSC/VLRs (default ${DEFAULT-VALUE}).")
  int mscs;

  @Option(
      names = "--smscs",
      defaultValue = "1",
      description = "SMSCs, each with an ESME (default ${DEFAULT-VALUE}).")
  int smscs;

  @Option(
      names = "--subscribers-per-hlr",
      defaultValue = "1000",
      description = "Subscribers per HLR (default ${DEFAULT-VALUE}).")
  int subscribers;

  @Option(
      names = "--cics-per-trunk",
      defaultValue = "31",
      description = "Circuits per trunk group (default ${DEFAULT-VALUE}).")
  int cics;

  @Option(
      names = "--transport",
      defaultValue = "tcp",
      description = "tcp, injvm or sctp (default ${DEFAULT-VALUE}).")
  String transport;

  @Option(
      names = "--trunks",
      defaultValue = "ring",
      paramLabel = "ring|neighbours",
      description =
          "Trunk topology: ring, or neighbours (each switch to the next --neighbours) (default ${DEFAULT-VALUE}).")
  String trunks;

  @Option(
      names = "--neighbours",
      defaultValue = "2",
      description = "For --trunks neighbours (default ${DEFAULT-VALUE}).")
  int neighbours;

  @Option(
      names = "--base-port",
      defaultValue = "2905",
      description = "First listening M3UA port (default ${DEFAULT-VALUE}).")
  int basePort;

  @Option(
      names = "--smpp-port",
      defaultValue = "2775",
      description =
          "SMPP port of the first SMSC, the next count up; 0: ephemeral (default ${DEFAULT-VALUE}).")
  int smppPort;

  @Option(
      names = "--end-node-routes",
      defaultValue = "default",
      paramLabel = "default|exact",
      description =
          "default: switches, HLRs, MSCs and SMSCs route by one default route over their STP pair"
              + " (exact routes only to their STPs and trunk peers); exact: one route per"
              + " destination (default ${DEFAULT-VALUE}).")
  String endNodeRoutes;

  @Option(
      names = "--call-sources",
      defaultValue = "10",
      description = "Trunk groups given a call source in the scenario (default ${DEFAULT-VALUE}).")
  int callSources;

  @Option(
      names = "--attempts",
      defaultValue = "4",
      description = "Attempts per scenario source (default ${DEFAULT-VALUE}).")
  int attempts;

  @Override
  public Integer call() throws IOException {
    Shape.Topology topology =
        switch (trunks) {
          case "ring" -> Shape.Topology.RING;
          case "neighbours", "neighbors" -> Shape.Topology.NEIGHBOURS;
          default ->
              throw new BadInputException(
                  "--trunks must be ring or neighbours, not '" + trunks + "'");
        };
    String fileName = out.getFileName().toString();
    String stem = fileName.replaceFirst("\\.[^.]*$", "");
    Shape shape =
        new Shape(
            name != null ? name : stem,
            stpPairs,
            switchesPerPair,
            hlrs,
            mscs,
            smscs,
            subscribers,
            cics,
            transport,
            topology,
            neighbours,
            basePort,
            smppPort,
            switch (endNodeRoutes) {
              case "default" -> true;
              case "exact" -> false;
              default ->
                  throw new BadInputException(
                      "--end-node-routes must be default or exact, not '" + endNodeRoutes + "'");
            });
    List<String> problems = shape.problems();
    if (!problems.isEmpty()) {
      throw new BadInputException(String.join("; ", problems));
    }
    if (callSources < 0 || attempts < 1) {
      throw new BadInputException("--call-sources must be 0 or more and --attempts 1 or more");
    }
    Path scenarioFile = scenario != null ? scenario : out.resolveSibling(stem + "-scenario.yaml");
    NetworkGenerator g = new NetworkGenerator(shape);
    Path outAbs = out.toAbsolutePath();
    Path rel = scenarioFile.toAbsolutePath().getParent().relativize(outAbs);
    write(out, g.network());
    write(scenarioFile, g.scenario(rel.toString().replace('\\', '/'), callSources, attempts));
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        out
            + ": network '"
            + shape.name()
            + "' with "
            + shape.signallingPoints()
            + " signalling points ("
            + shape.stpPairs() * 2
            + " STPs, "
            + shape.switches()
            + " switches, "
            + hlrs
            + " HLRs, "
            + mscs
            + " MSCs, "
            + smscs
            + " SMSCs); scenario "
            + scenarioFile);
    w.flush();
    return ExitCode.OK;
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
