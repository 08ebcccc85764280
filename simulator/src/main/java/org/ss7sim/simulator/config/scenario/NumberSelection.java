package org.ss7sim.simulator.config.scenario;

import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.network.SubscriberState;

/** Which numbers a traffic source uses, and in what order. */
public record NumberSelection(Source source, Pick pick) {
  /** The order numbers are taken in. */
  public enum Pick {
    /** In order, starting again after the last. */
    SEQUENTIAL,
    /** Uniformly at random (seeded by the scenario's seed). */
    RANDOM
  }

  /** Where the numbers come from. */
  public sealed interface Source {}

  /** These numbers. */
  public record Numbers(List<String> numbers) implements Source {
    public Numbers {
      numbers = List.copyOf(numbers);
    }
  }

  /** Every number from {@code first} to {@code last} (same length). */
  public record Range(String first, String last) implements Source {}

  /** {@code prefix} followed by random digits up to {@code length} digits in all. */
  public record Prefix(String prefix, int length) implements Source {}

  /** The MSISDNs of HLR subscribers, of one HLR and/or in one state at start when given. */
  public record Subscribers(Optional<String> hlr, Optional<SubscriberState> state)
      implements Source {}
}
