package org.ss7sim.simulator.cli;

/** Bad input found while a command runs: reported as one line, exit code 2. */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}
