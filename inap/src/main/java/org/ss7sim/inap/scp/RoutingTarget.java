package org.ss7sim.inap.scp;

import org.ss7sim.inap.message.NatureOfAddress;

/**
 * One routing number of a translation, with its share of the traffic and how it forms the number to
 * route to.
 *
 * @param routingNumber digits of the routing number (or routing prefix)
 * @param natureOfAddress the nature of address of the resulting number
 * @param weight relative share among the targets of one treatment (1 or more)
 * @param form how the routing number and the dialled number combine
 */
public record RoutingTarget(
    String routingNumber, NatureOfAddress natureOfAddress, int weight, Form form) {

  /** How the number to route to is formed. */
  public enum Form {
    /** The routing number replaces the dialled number (a toll-free number's destination). */
    REPLACE_NUMBER,
    /**
     * The routing number replaces the matched prefix, the rest of the dialled digits follow (a
     * range translated to a range; an exact-number entry gives exactly the routing number).
     */
    REPLACE_PREFIX,
    /** The routing number is put in front of the whole dialled number (number portability). */
    PREPEND
  }

  public RoutingTarget {
    if (routingNumber.isEmpty() || !routingNumber.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("routing number must be digits: '" + routingNumber + "'");
    }
    java.util.Objects.requireNonNull(natureOfAddress, "natureOfAddress");
    java.util.Objects.requireNonNull(form, "form");
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1: " + weight);
    }
  }

  /** A national routing number replacing the dialled one, weight 1. */
  public static RoutingTarget to(String routingNumber) {
    return to(routingNumber, 1);
  }

  /** A national routing number replacing the dialled one, with a weight. */
  public static RoutingTarget to(String routingNumber, int weight) {
    return new RoutingTarget(routingNumber, NatureOfAddress.NATIONAL, weight, Form.REPLACE_NUMBER);
  }

  /** A national routing number replacing the matched prefix, with a weight. */
  public static RoutingTarget replacingPrefix(String routingNumber, int weight) {
    return new RoutingTarget(routingNumber, NatureOfAddress.NATIONAL, weight, Form.REPLACE_PREFIX);
  }

  /** A routing prefix put in front of the dialled number (ported numbers). */
  public static RoutingTarget prefix(String routingPrefix) {
    return new RoutingTarget(routingPrefix, NatureOfAddress.NATIONAL, 1, Form.PREPEND);
  }

  /**
   * The number to route to for {@code dialled}, whose first {@code prefixLength} digits matched.
   */
  public String apply(String dialled, int prefixLength) {
    return switch (form) {
      case REPLACE_NUMBER -> routingNumber;
      case REPLACE_PREFIX -> routingNumber + dialled.substring(prefixLength);
      case PREPEND -> routingNumber + dialled;
    };
  }

  @Override
  public String toString() {
    String n =
        switch (form) {
          case REPLACE_NUMBER -> routingNumber;
          case REPLACE_PREFIX -> routingNumber + "+<rest>";
          case PREPEND -> routingNumber + "+<dialled>";
        };
    return weight != 1 ? n + ":" + weight : n;
  }
}
