package org.ss7sim.simulator.traffic;

import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.ssp.Ssp;

/** What an attempt reports to the run: its outcome once, then that it ended. */
public interface Attempt extends Ssp.CallListener {
  /** The attempt could not start: failed with {@code cause}, and ended. */
  default void fail(String cause) {
    onOutcome(Outcome.failed(cause));
    onEnded();
  }
}
