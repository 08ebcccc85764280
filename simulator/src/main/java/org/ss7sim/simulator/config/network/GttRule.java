package org.ss7sim.simulator.config.network;

import java.util.Optional;
import java.util.OptionalInt;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.Location;

/**
 * A global title translation rule of an STP (Q.714 §2.4). Rules are tried in the order written; the
 * first whose criteria all match translates.
 *
 * @param prefix called GT digits must start with these ("" matches every GT)
 * @param translationType match only this TT, when present
 * @param numberingPlan match only this NP, when present
 * @param natureOfAddress match only this NAI, when present
 * @param target the node or point code the translated address goes to
 * @param backup used when the target is unavailable
 * @param routeOn the routing indicator of the translated called address: {@code ROUTE_ON_SSN} when
 *     the target is the final destination, {@code ROUTE_ON_GT} when it translates again
 * @param ssn the called SSN to set, if any
 * @param strip digits removed from the front of the GT
 * @param prepend digits put in front of the GT (after stripping)
 */
public record GttRule(
    String prefix,
    OptionalInt translationType,
    OptionalInt numberingPlan,
    OptionalInt natureOfAddress,
    Target target,
    Optional<Target> backup,
    RoutingIndicator routeOn,
    Optional<Ssn> ssn,
    int strip,
    String prepend,
    Location location) {

  /** Whether the rule's criteria match {@code gt}. */
  public boolean matches(GlobalTitle gt) {
    return gt.digits().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)
        && (translationType.isEmpty() || translationType.getAsInt() == gt.translationType())
        && (numberingPlan.isEmpty() || numberingPlan.getAsInt() == gt.numberingPlan())
        && (natureOfAddress.isEmpty() || natureOfAddress.getAsInt() == gt.natureOfAddress());
  }

  /** The digits after translation: {@code strip} removed, {@code prepend} added. */
  public String translate(String digits) {
    return prepend + digits.substring(Math.min(strip, digits.length()));
  }
}
