package org.ss7sim.simulator.cli;

/** The exit codes scripts rely on (DESIGN.md §4). */
public final class ExitCode {
  /** Everything expected happened. */
  public static final int OK = 0;

  /**
   * The command ran but its expectations were not met (or the route would fail, or an internal
   * error).
   */
  public static final int FAILED = 1;

  /** Bad input: option, file or configuration; one line on stderr. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {}
}
