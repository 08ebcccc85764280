package org.ss7sim.isup.call;

/**
 * Identifies one call at this exchange for its whole life, across repeat attempts on other
 * circuits.
 */
public record CallReference(long id) {
  @Override
  public String toString() {
    return "call#" + id;
  }
}
