package org.ss7sim.inap.scp;

import org.ss7sim.inap.message.NatureOfAddress;

/**
 * One routing number of a translation, with its share of the traffic.
 *
 * @param routingNumber digits of the routing number
 * @param natureOfAddress the nature of address of the resulting number
 * @param weight relative share among the targets of one treatment (1 or more)
 * @param prepend false: the routing number replaces the dialled number (toll-free translation);
 *     true: it is put in front of the dialled number (number portability routing prefix)
 */
public record RoutingTarget(
    String routingNumber, NatureOfAddress natureOfAddress, int weight, boolean prepend) {
  public RoutingTarget {
    if (routingNumber.isEmpty() || !routingNumber.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("routing number must be digits: '" + routingNumber + "'");
    }
    java.util.Objects.requireNonNull(natureOfAddress, "natureOfAddress");
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1: " + weight);
    }
  }

  /** A national routing number replacing the dialled one, weight 1. */
  public static RoutingTarget to(String routingNumber) {
    return new RoutingTarget(routingNumber, NatureOfAddress.NATIONAL, 1, false);
  }

  /** A national routing number replacing the dialled one, with a weight. */
  public static RoutingTarget to(String routingNumber, int weight) {
    return new RoutingTarget(routingNumber, NatureOfAddress.NATIONAL, weight, false);
  }

  /** A routing prefix put in front of the dialled number (ported numbers). */
  public static RoutingTarget prefix(String routingPrefix) {
    return new RoutingTarget(routingPrefix, NatureOfAddress.NATIONAL, 1, true);
  }

  /** The number to route to for {@code dialled}. */
  public String apply(String dialled) {
    return prepend ? routingNumber + dialled : routingNumber;
  }

  @Override
  public String toString() {
    return (prepend ? routingNumber + "+<dialled>" : routingNumber)
        + (weight != 1 ? "×" + weight : "");
  }
}
