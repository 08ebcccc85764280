package org.ss7sim.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.deploy.Deployment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim deploy NETWORK.yaml --compose DIR | --kubernetes DIR}. */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Write a Docker Compose file or Kubernetes manifests that run NETWORK.yaml as one",
      "'ss7sim node' process per node (or per --nodes-per-service nodes), with the network file",
      "rewritten so that every node's host is its service name, and a Dockerfile for the image."
    })
final class DeployCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NETWORK.yaml", description = "The network file.")
  Path network;

  static final class Target {
    @Option(
        names = "--compose",
        required = true,
        paramLabel = "DIR",
        description = "Write compose.yaml, network.yaml and Dockerfile to DIR.")
    Path compose;

    @Option(
        names = "--kubernetes",
        required = true,
        paramLabel = "DIR",
        description =
            "Write Kubernetes manifests (ConfigMap, a Service and Deployment per service) to DIR.")
    Path kubernetes;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(
      names = "--nodes-per-service",
      defaultValue = "1",
      paramLabel = "N",
      description = "Nodes run by one service (container, pod) (default ${DEFAULT-VALUE}).")
  int groupSize;

  @Option(
      names = "--image",
      defaultValue = "ss7sim:latest",
      paramLabel = "IMAGE",
      description = "Container image with the ss7sim jar (default ${DEFAULT-VALUE}).")
  String image;

  @Override
  public Integer call() {
    Inputs.readableFile(network, "network file");
    Deployment d;
    try {
      String yaml = Files.readString(network, StandardCharsets.UTF_8);
      d = new Deployment(network.toString(), yaml, groupSize, image);
    } catch (ConfigException | IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read " + network + ": " + e.getMessage());
    }
    List<Path> files;
    Path dir = target.compose != null ? target.compose : target.kubernetes;
    try {
      files = target.compose != null ? d.writeCompose(dir) : d.writeKubernetes(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + dir + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        dir
            + ": "
            + files.size()
            + " files, "
            + d.placement().services().size()
            + " services for "
            + d.placement().byNode().size()
            + " nodes");
    out.flush();
    return ExitCode.OK;
  }
}
