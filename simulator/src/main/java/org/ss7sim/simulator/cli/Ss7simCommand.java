package org.ss7sim.simulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ss7sim}: the top-level command; every action is a subcommand. */
@Command(
    name = "ss7sim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "SS7-over-SIGTRAN signaling stack and network simulator.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      NodeCommand.class,
      DecodeCommand.class,
      ValidateCommand.class,
      RouteCommand.class,
      GenerateCommand.class,
      DeployCommand.class,
      CtlCommand.class,
      BenchCommand.class
    })
public final class Ss7simCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }
}
