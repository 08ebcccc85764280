package org.ss7sim.sccp.gtt;

import java.util.Objects;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;

/**
 * How a rule rewrites the called party address (Q.714 §2.4.1): routing indicator of the result, a
 * new translation type, and digit manipulation (delete leading digits, then prepend, or replace all
 * digits).
 *
 * @param routingIndicator the result's routing indicator: route on SSN at the final node, route on
 *     GT when the next node translates again
 * @param translationType the new translation type, or -1 to keep it
 * @param deleteDigits leading digits to remove
 * @param prependDigits digits to put in front (after deleting)
 * @param replaceDigits digits that replace the whole string, or {@code null}
 */
public record AddressRewrite(
    RoutingIndicator routingIndicator,
    int translationType,
    int deleteDigits,
    String prependDigits,
    String replaceDigits) {
  public static final AddressRewrite ROUTE_ON_SSN =
      new AddressRewrite(RoutingIndicator.ROUTE_ON_SSN, -1, 0, "", null);
  public static final AddressRewrite ROUTE_ON_GT =
      new AddressRewrite(RoutingIndicator.ROUTE_ON_GT, -1, 0, "", null);

  public AddressRewrite {
    Objects.requireNonNull(routingIndicator, "routingIndicator");
    Objects.requireNonNull(prependDigits, "prependDigits");
    if (translationType < -1 || translationType > 255 || deleteDigits < 0) {
      throw new IllegalArgumentException("rewrite field out of range");
    }
    if (!prependDigits.matches("[0-9a-fA-F]*")
        || (replaceDigits != null && !replaceDigits.matches("[0-9a-fA-F]*"))) {
      throw new IllegalArgumentException("rewrite digits are not digits");
    }
  }

  /** The rewritten global title. */
  public GlobalTitle apply(GlobalTitle gt) {
    String digits = gt.digits();
    if (replaceDigits != null) {
      digits = replaceDigits;
    } else if (deleteDigits > 0 || !prependDigits.isEmpty()) {
      digits = prependDigits + digits.substring(Math.min(deleteDigits, digits.length()));
    }
    GlobalTitle out = digits.equals(gt.digits()) ? gt : gt.withDigits(digits);
    return translationType < 0 ? out : out.withTranslationType(translationType);
  }
}
