package org.ss7sim.simulator.firewall;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one message.
 *
 * @param rule the rule that decided, empty for the default (allow)
 * @param action what to do
 * @param logged log-only rules that matched on the way
 * @param reason why a category rule flagged the message, empty otherwise
 */
public record Decision(Optional<Rule> rule, Action action, List<Rule> logged, String reason) {
  public Decision {
    logged = List.copyOf(logged);
  }

  public boolean blocks() {
    return action.blocks();
  }
}
