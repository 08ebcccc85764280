package org.ss7sim.simulator.config;

/**
 * A configuration file that cannot be loaded. {@link #getMessage()} is one line, starting with the
 * place ({@code file:line:column: what is wrong}), ready to print before exiting with status 2.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String reason;

  public ConfigException(Location location, String reason) {
    super(location + ": " + reason);
    this.location = location;
    this.reason = reason;
  }

  public ConfigException(Location location, String reason, Throwable cause) {
    super(location + ": " + reason, cause);
    this.location = location;
    this.reason = reason;
  }

  /** Where the problem is. */
  public Location location() {
    return location;
  }

  /** What is wrong, without the place. */
  public String reason() {
    return reason;
  }
}
