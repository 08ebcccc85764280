package org.ss7sim.simulator.cli;

import java.io.PrintWriter;
import java.net.BindException;
import org.ss7sim.transport.TransportUnavailableException;
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
    // '@FILE' is ours (ctl --data @FILE), not picocli's argument-file expansion, which would read
    // the file as more arguments (a folder: an InitializationException and exit 1)
    cli.setExpandAtFiles(false);
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
   * The one place where an exception out of a command becomes its exit code. Bad input found while
   * running (missing or bad file, bad configuration: {@link BadInputException}) and a port that
   * cannot be listened on ({@link TransportUnavailableException}, {@link BindException}, also as
   * the cause of another exception) are one line and exit 2, never a stack trace. Anything else is
   * a fault of ss7sim, not of the input: one line {@code internal error: …} and exit 1.
   */
  private static int failedExecution(
      Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    String bad = badInput(e);
    if (bad != null) {
      cmd.getErr().println(cmd.getCommandName() + ": " + withoutClassNames(bad));
      return ExitCode.BAD_INPUT;
    }
    cmd.getErr().println(cmd.getCommandName() + ": internal error: " + e);
    return ExitCode.FAILED;
  }

  /** Java class names wrapped into a message ("java.io.IOException: ") say nothing to a user. */
  private static final java.util.regex.Pattern CLASS_NAME =
      java.util.regex.Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ");

  static String withoutClassNames(String line) {
    return CLASS_NAME.matcher(line).replaceAll("");
  }

  /** The line for an input or port problem anywhere in the cause chain, else null. */
  static String badInput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadInputException bad) {
        return bad.getMessage();
      }
      if (t instanceof TransportUnavailableException port) {
        return port.getMessage();
      }
      if (t instanceof BindException bind) {
        return "cannot listen: " + bind.getMessage();
      }
    }
    return null;
  }

  private static String qualifiedName(CommandLine cmd) {
    StringBuilder sb = new StringBuilder(cmd.getCommandName());
    for (CommandLine p = cmd.getParent(); p != null; p = p.getParent()) {
      sb.insert(0, p.getCommandName() + " ");
    }
    return sb.toString();
  }
}
