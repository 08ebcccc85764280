package org.ss7sim.simulator.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code ss7sim.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Ss7simCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::badParameter);
    cli.setExecutionExceptionHandler(Main::failedExecution);
    return cli.execute(args);
  }

  /** Unknown options and bad values: one line naming the problem, exit 2. */
  private static int badParameter(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr()
        .println(
            cmd.getCommandName()
                + ": "
                + e.getMessage()
                + " (try '"
                + qualifiedName(cmd)
                + " --help')");
    return ExitCode.BAD_INPUT;
  }

  /**
   * Bad input found while running (missing file, bad configuration) is one line and exit 2, never a
   * stack trace.
   */
  private static int failedExecution(
      Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    if (e instanceof BadInputException bad) {
      cmd.getErr().println(cmd.getCommandName() + ": " + bad.getMessage());
      return ExitCode.BAD_INPUT;
    }
    cmd.getErr().println(cmd.getCommandName() + ": internal error: " + e);
    return ExitCode.FAILED;
  }

  private static String qualifiedName(CommandLine cmd) {
    StringBuilder sb = new StringBuilder(cmd.getCommandName());
    for (CommandLine p = cmd.getParent(); p != null; p = p.getParent()) {
      sb.insert(0, p.getCommandName() + " ");
    }
    return sb.toString();
  }
}
