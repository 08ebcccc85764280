package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.OptionalInt;
import org.ss7sim.simulator.config.Location;

/**
 * An entry of an SCP's number translation table: a called number starting with {@code prefix} (and,
 * when given, a query with {@code serviceKey}) gets {@code action}. The longest matching prefix
 * wins.
 */
public record NumberTranslation(
    String prefix, OptionalInt serviceKey, Action action, Location location) {

  /** What the SCP answers. */
  public sealed interface Action {}

  /**
   * INAP Connect to {@code routingNumber} followed by the digits after the prefix (an exact number
   * entry therefore translates to exactly the routing number).
   */
  public record RouteTo(String routingNumber) implements Action {}

  /** INAP ReleaseCall with this Q.850 cause. */
  public record Release(int cause) implements Action {}

  /** Calls shared among routing numbers in proportion to the weights. */
  public record Split(List<Share> shares) implements Action {
    public Split {
      shares = List.copyOf(shares);
    }
  }

  /** One routing number of a load split and its weight. */
  public record Share(String routingNumber, int weight) {}
}
