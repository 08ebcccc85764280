package org.ss7sim.simulator.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.app.Service;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.control.ControlServer;
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

  @Option(
      names = "--control-port",
      paramLabel = "PORT",
      description =
          "Serve the control API of this process's nodes on this port (0 picks a free one; the"
              + " address is printed at start; see docs/control-api.md). Without --control-port"
              + " or --control-address: no control API.")
  Integer controlPort;

  @Option(
      names = "--control-address",
      paramLabel = "ADDRESS",
      description =
          "Serve the control API on ADDRESS instead of 127.0.0.1 (port "
              + ControlServer.DEFAULT_PORT
              + " unless --control-port says, a free one when that is taken; anyone who can reach"
              + " it can steer these nodes: set --control-token).")
  String controlAddress;

  @Option(
      names = "--control-token",
      paramLabel = "TOKEN",
      description =
          "Require 'Authorization: Bearer TOKEN' on every control API request but /health"
              + " (default: the environment variable SS7SIM_CONTROL_TOKEN, else none).")
  String controlToken;

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
    Service.run(
        net,
        Set.copyOf(nodes),
        null,
        pcap,
        Path.of("."),
        control(),
        null,
        spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /**
   * The control API as {@code run} serves it (same options, same meaning), but only when asked for:
   * nodes of one network in several processes on one machine would otherwise all want port {@value
   * ControlServer#DEFAULT_PORT}.
   */
  private ControlServer.Options control() {
    if (controlPort == null && controlAddress == null) {
      return null;
    }
    int port = controlPort == null ? ControlServer.DEFAULT_PORT : controlPort;
    if (port < 0 || port > 65535) {
      throw new BadInputException("--control-port " + port + ": not a port number");
    }
    InetAddress address = InetAddress.getLoopbackAddress();
    if (controlAddress != null) {
      try {
        address = InetAddress.getByName(controlAddress);
      } catch (java.net.UnknownHostException e) {
        throw new BadInputException("--control-address " + controlAddress + ": unknown host");
      }
    }
    String token = controlToken != null ? controlToken : System.getenv("SS7SIM_CONTROL_TOKEN");
    return new ControlServer.Options(address, port, java.util.Optional.empty())
        .withToken(token)
        .withAnyPortIfTaken(controlPort == null);
  }
}
