package org.ss7sim.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.StaticRouting;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.route.LiveRoute;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim route NETWORK.yaml --from NODE (--gt DIGITS | --dpc PC) [--ssn N] [--live]}. */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    description = {
      "Explain hop by hop how a message from NODE would be routed, and where and why it would fail.",
      "Uses the configuration only (every link assumed up, the first primary target taken);",
      "with --live also the running network's M3UA links, AS/ASP states and availability.",
      "Exit 0 when the message arrives, 1 when it would fail, 2 for bad input."
    })
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

  @Option(
      names = "--op",
      paramLabel = "NAME",
      description =
          "A MAP operation (anyTimeInterrogation, ati, sri-sm, 71 …): each firewall on the way"
              + " says which rule applies (docs/security.md).")
  String op;

  @Option(
      names = "--calling",
      paramLabel = "DIGITS",
      description = "With --op: the calling GT (default: the --from node's first GT).")
  String calling;

  @Option(
      names = "--imsi",
      paramLabel = "DIGITS",
      description = "With --op: the subscriber's IMSI (the MSISDN is the --gt digits).")
  String imsi;

  @Option(
      names = "--live",
      description =
          "Start the network on loopback and show, per hop, the M3UA link or AS used, its AS/ASP"
              + " states and the destination's availability; the exit code follows the live"
              + " route.")
  boolean live;

  /** How long --live waits for the links to come up before looking. */
  static final Duration LINK_WAIT = Duration.ofSeconds(3);

  static final class Destination {
    @Option(
        names = "--gt",
        paramLabel = "DIGITS",
        description = "Route on this global title (E.164, TT 0).")
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
    PointCode dpc = null;
    if (destination.dpc != null) {
      try {
        dpc = PointCode.parse(destination.dpc);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--dpc " + destination.dpc + ": " + e.getMessage());
      }
    }
    if (ssn != null && (ssn < 0 || ssn > 255)) {
      throw new BadInputException("--ssn " + ssn + ": expected 0 to 255");
    }
    Network net = NetworkFiles.load(network);
    if (net.node(from).isEmpty()) {
      throw new BadInputException("--from " + from + ": no such node in " + network);
    }
    StaticRouting.Trace trace =
        dpc != null
            ? StaticRouting.byPointCode(net, from, dpc)
            : op != null
                ? StaticRouting.byGlobalTitle(
                    net, from, GlobalTitle.e164(destination.gt), probe(net))
                : StaticRouting.byGlobalTitle(net, from, GlobalTitle.e164(destination.gt));
    PrintWriter out = spec.commandLine().getOut();
    String what =
        dpc != null
            ? "point code " + dpc.toStructuredString() + " (" + dpc.value() + ")"
            : "global title " + destination.gt + (ssn == null ? "" : ", SSN " + ssn);
    out.println("route from " + from + " to " + what + ":");
    int hop = 1;
    for (String step : trace.steps()) {
      out.println(String.format("  %2d. %s", hop++, step));
    }
    if (trace.arrived()) {
      out.println("arrives at " + trace.destination().orElseThrow());
    } else {
      out.println("fails: " + trace.failure().orElse("unknown reason"));
    }
    if (!live) {
      out.flush();
      return trace.arrived() ? ExitCode.OK : ExitCode.FAILED;
    }
    if (!trace.arrived()) {
      out.println("live: not started, the configuration alone already fails");
      out.flush();
      return ExitCode.FAILED;
    }
    return live(net, dpc, trace.destination().orElseThrow(), out);
  }

  /** The MAP message --op, --calling and --imsi describe, for the firewalls. */
  private org.ss7sim.simulator.firewall.Inspected probe(Network net) {
    java.util.OptionalInt code = org.ss7sim.simulator.firewall.Operations.code(op);
    if (code.isEmpty()) {
      throw new BadInputException("--op " + op + ": not a MAP operation name or code (0-255)");
    }
    String callingGt =
        calling != null
            ? calling
            : net.node(from).orElseThrow().globalTitles().stream()
                .findFirst()
                .map(GlobalTitle::digits)
                .orElse("");
    if (!callingGt.matches("\\d*") || (imsi != null && !imsi.matches("\\d{5,15}"))) {
      throw new BadInputException("--calling and --imsi are digits");
    }
    return org.ss7sim.simulator.firewall.Inspected.invoke(
            callingGt, destination.gt, false, code.getAsInt())
        .withMsisdn(imsi == null ? destination.gt : "")
        .withImsi(imsi == null ? "" : imsi)
        .withSsn(ssn == null ? -1 : ssn);
  }

  private int live(Network net, PointCode dpc, String destination, PrintWriter out) {
    try (SimNetwork sim = SimNetwork.startForInspection(net, LINK_WAIT)) {
      long t0 = sim.clock().nanoTime();
      // the DAUD answers (DUNA/DAVA) of the links just activated
      sim.awaitSettled(Duration.ofMillis(200), Duration.ofSeconds(2));
      List<String> down = sim.linksNotActive();
      out.println(
          "live, after "
              + (sim.startup().toNanos() + sim.clock().nanoTime() - t0) / 1_000_000
              + " ms: "
              + (down.isEmpty() ? "every link up" : "links not up: " + String.join(", ", down)));
      LiveRoute.Result r =
          dpc != null
              ? LiveRoute.byPointCode(sim, from, dpc)
              : LiveRoute.byGlobalTitle(sim, from, destination);
      int hop = 1;
      for (String line : r.lines()) {
        out.println(String.format("  %2d. %s", hop++, line));
      }
      if (r.arrived()) {
        out.println("live: arrives at " + r.destination().orElseThrow());
      } else {
        out.println("live: fails: " + r.failure().orElse("unknown reason"));
      }
      out.flush();
      return r.arrived() ? ExitCode.OK : ExitCode.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("interrupted");
    } catch (Exception e) {
      String port = Main.badInput(e);
      if (port != null) { // a port in use is bad input (exit 2), not a route that fails
        out.flush();
        throw new BadInputException(port);
      }
      out.println("live: fails: cannot start the network: " + e.getMessage());
      out.flush();
      return ExitCode.FAILED;
    }
  }
}
