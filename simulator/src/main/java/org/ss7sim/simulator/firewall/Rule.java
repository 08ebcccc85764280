package org.ss7sim.simulator.firewall;

import java.util.Objects;
import java.util.Optional;

/**
 * One firewall rule: it applies when its match holds and, for a category rule, the FS.11 category
 * check flags the message.
 */
public record Rule(String name, Optional<Category> category, Match match, Action action) {
  public Rule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(action, "action");
  }

  /** A rule on fields only. */
  public static Rule of(String name, Match match, Action action) {
    return new Rule(name, Optional.empty(), match, action);
  }

  /** An FS.11 category check. */
  public static Rule category(Category category, Action action) {
    return new Rule("category-" + category.number(), Optional.of(category), Match.ANY, action);
  }
}
