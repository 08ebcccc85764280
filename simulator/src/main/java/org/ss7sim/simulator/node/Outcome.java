package org.ss7sim.simulator.node;

/**
 * How one attempt (a call, a short message) ended, as the scenario engine counts it.
 *
 * @param success whether it reached its goal (a call answered, a message delivered)
 * @param cause for a failure, the lower-case cause name ({@code user_busy}, {@code
 *     absent_subscriber}); empty on success. When it was known is for the listener to note, from
 *     the run's clock.
 */
public record Outcome(boolean success, String cause) {
  public static Outcome succeeded() {
    return new Outcome(true, "");
  }

  public static Outcome failed(String cause) {
    return new Outcome(false, cause);
  }
}
