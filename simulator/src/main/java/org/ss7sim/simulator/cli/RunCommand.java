package org.ss7sim.simulator.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.app.Run;
import org.ss7sim.simulator.app.Service;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.ScenarioValidator;
import org.ss7sim.simulator.control.ControlServer;
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

  @Option(
      names = "--store-dir",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "Where SMSCs with 'store: embedded' keep their H2 files (default: ${DEFAULT-VALUE}).")
  Path storeDir;

  @Option(
      names = "--virtual-time",
      description =
          "Run the scenario as a discrete-event simulation: every link in this process, one"
              + " thread, a virtual clock shared by all nodes (an hour of traffic in far less);"
              + " the same seed gives the same results and pcap byte for byte.")
  boolean virtualTime;

  @Mixin OutputOptions outputs = new OutputOptions();

  @Option(
      names = "--control-port",
      paramLabel = "PORT",
      description =
          "Without a scenario: serve the control API on this port (default: "
              + ControlServer.DEFAULT_PORT
              + ", or a free one when that is taken; 0 picks a free one; see"
              + " docs/control-api.md).")
  Integer controlPort;

  @Option(
      names = "--control-address",
      paramLabel = "ADDRESS",
      description =
          "Serve the control API on ADDRESS instead of 127.0.0.1 (anyone who can reach it can"
              + " steer the network: set --control-token).")
  String controlAddress;

  @Option(
      names = "--control-token",
      paramLabel = "TOKEN",
      description =
          "Require 'Authorization: Bearer TOKEN' on every control API request (default: the"
              + " environment variable SS7SIM_CONTROL_TOKEN, else none).")
  String controlToken;

  @Option(names = "--no-control", description = "Without a scenario: no control API.")
  boolean noControl;

  @Option(
      names = "--start-timeout",
      paramLabel = "D",
      converter = DurationConverter.class,
      description =
          "How long the start waits for every link between the nodes to be active (default: 15 s"
              + " and 10 ms per node); links still down then end the run (exit 2) naming them.")
  Duration startTimeout;

  @Override
  public Integer call() throws Exception {
    try {
      return execute();
    } catch (org.ss7sim.transport.TransportUnavailableException
        | java.net.BindException
        | org.ss7sim.simulator.network.LinksNotActiveException
        | org.ss7sim.simulator.network.NodesNotStartedException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private int execute() throws Exception {
    Network net = NetworkFiles.load(network);
    List<Problem> problems = NetworkValidator.validate(net);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems.get(0).location() + ": " + problems.get(0).message());
    }
    outputs.check();
    if (startTimeout != null && (startTimeout.isNegative() || startTimeout.isZero())) {
      throw new BadInputException("--start-timeout must be above 0");
    }
    if (virtualTime) {
      for (org.ss7sim.simulator.config.network.Node n : net.nodes()) {
        if (n.kind() == org.ss7sim.simulator.config.network.NodeKind.SIPGW) {
          throw new BadInputException(
              n.location()
                  + ": --virtual-time: sipgw node '"
                  + n.name()
                  + "' runs SIP on wall-clock time (library timers); run without --virtual-time");
        }
      }
    }
    if (scenario == null) {
      if (virtualTime) {
        throw new BadInputException(
            "--virtual-time needs a scenario (a service runs in real time)");
      }
      Service.run(
          net,
          Set.of(),
          duration,
          outputs.pcap,
          storeDir,
          control(),
          startTimeout,
          spec.commandLine().getOut());
      return ExitCode.OK;
    }
    Inputs.readableFile(scenario, "scenario file");
    Scenario s;
    try {
      s = ConfigLoader.loadScenario(scenario);
    } catch (ConfigException e) {
      throw new BadInputException(e.getMessage());
    }
    List<Problem> sp = ScenarioValidator.validate(s, net);
    if (!sp.isEmpty()) {
      throw new BadInputException(sp.get(0).location() + ": " + sp.get(0).message());
    }
    boolean ok =
        Run.run(
            net,
            s,
            Run.Settings.of(
                    duration,
                    new Run.Outputs(outputs.pcap, outputs.json, outputs.report, outputs.wide),
                    storeDir)
                .withVirtualTime(virtualTime)
                .withStartTimeout(startTimeout),
            spec.commandLine().getOut(),
            outputs.progressTo(spec.commandLine().getErr()));
    return ok ? ExitCode.OK : ExitCode.FAILED;
  }

  /** Where the control API listens: 127.0.0.1 unless --control-address says otherwise. */
  private ControlServer.Options control() {
    if (noControl) {
      return null;
    }
    int port = controlPort == null ? ControlServer.DEFAULT_PORT : controlPort;
    if (port < 0 || port > 65535) {
      throw new BadInputException("--control-port " + port + ": not a port number");
    }
    ControlServer.Options o = ControlServer.Options.loopback(port);
    if (controlAddress != null) {
      try {
        o = new ControlServer.Options(InetAddress.getByName(controlAddress), port, o.token());
      } catch (java.net.UnknownHostException e) {
        throw new BadInputException("--control-address " + controlAddress + ": unknown host");
      }
    }
    String token = controlToken != null ? controlToken : System.getenv("SS7SIM_CONTROL_TOKEN");
    return o.withToken(token).withAnyPortIfTaken(controlPort == null);
  }
}
