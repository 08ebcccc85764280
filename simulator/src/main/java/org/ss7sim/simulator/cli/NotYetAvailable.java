package org.ss7sim.simulator.cli;

import java.io.PrintWriter;

/**
 * What a command prints while the part of the stack it needs is still being built: what it will do,
 * and that it did nothing. Exit code 1, so that no script mistakes it for a run.
 */
final class NotYetAvailable {
  private NotYetAvailable() {}

  static int report(PrintWriter err, String command, String willDo) {
    err.println(command + ": not available yet in this build. When complete it will " + willDo);
    err.println(command + ": nothing was run.");
    return ExitCode.FAILED;
  }
}
