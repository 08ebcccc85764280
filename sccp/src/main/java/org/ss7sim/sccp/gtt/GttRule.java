package org.ss7sim.sccp.gtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.RoutingIndicator;

/**
 * One translation rule: a name, what it matches, where it sends and how it rewrites the address.
 * Its text form, one line, is what {@link #toString()} prints and {@link #parse} reads:
 *
 * <pre>
 *   hlr-uk: gti=4 tt=0 np=1 nai=4 prefix=4479 -> 2001:6 2002:6 mode=dominant ri=ssn
 *   to-stp: prefix=* -> 3000 mode=solitary ri=gt newtt=10 delete=2 prepend=00
 * </pre>
 *
 * Left of {@code ->}: omitted fields match anything; {@code prefix=*} matches any digits. Right:
 * destinations as {@code pc} or {@code pc:ssn} (point code as integer or 3-8-3), then options
 * {@code mode=solitary|dominant|loadshare}, {@code ri=ssn|gt}, {@code newtt=N}, {@code delete=N},
 * {@code prepend=DIGITS}, {@code replace=DIGITS}.
 */
public record GttRule(
    String name,
    GtMatch match,
    List<GttDestination> destinations,
    SelectionMode mode,
    AddressRewrite rewrite) {
  public GttRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(rewrite, "rewrite");
    destinations = List.copyOf(destinations);
    if (destinations.isEmpty()) {
      throw new IllegalArgumentException("rule " + name + " has no destination");
    }
    if (mode == SelectionMode.SOLITARY && destinations.size() > 1) {
      throw new IllegalArgumentException(
          "rule " + name + " is solitary but has " + destinations.size() + " destinations");
    }
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("rule name must be letters, digits, _ . -: " + name);
    }
  }

  /** Parses one rule line (see the class comment). */
  public static GttRule parse(String line) {
    String text = line.strip();
    int colon = text.indexOf(':');
    int arrow = text.indexOf("->");
    if (colon < 0 || arrow < colon) {
      throw new IllegalArgumentException(
          "rule must read 'name: match -> destinations options': " + line);
    }
    String name = text.substring(0, colon).strip();
    GtMatch match = parseMatch(text.substring(colon + 1, arrow), line);
    Target t = parseTarget(text.substring(arrow + 2), line);
    return new GttRule(name, match, t.destinations(), t.mode(), t.rewrite());
  }

  /** What the right of {@code ->} says. */
  private record Target(
      List<GttDestination> destinations, SelectionMode mode, AddressRewrite rewrite) {}

  /** The left of {@code ->}: gti, tt, np, nai and the mandatory prefix. */
  private static GtMatch parseMatch(String part, String line) {
    GlobalTitleIndicator gti = null;
    int tt = GtMatch.ANY;
    int np = GtMatch.ANY;
    int nai = GtMatch.ANY;
    String prefix = null;
    for (String token : tokens(part)) {
      String[] kv = keyValue(token, line);
      switch (kv[0]) {
        case "gti" -> gti = GlobalTitleIndicator.fromCode(Integer.parseInt(kv[1]));
        case "tt" -> tt = Integer.parseInt(kv[1]);
        case "np" -> np = Integer.parseInt(kv[1]);
        case "nai" -> nai = Integer.parseInt(kv[1]);
        case "prefix" -> prefix = kv[1].equals("*") ? "" : kv[1];
        default ->
            throw new IllegalArgumentException("unknown match field '" + kv[0] + "' in: " + line);
      }
    }
    if (prefix == null) {
      throw new IllegalArgumentException("rule needs prefix=DIGITS or prefix=*: " + line);
    }
    return new GtMatch(gti, tt, np, nai, prefix);
  }

  /**
   * The right of {@code ->}: destinations, then options; without {@code mode=} one destination is
   * solitary and several are dominant.
   */
  private static Target parseTarget(String part, String line) {
    List<GttDestination> destinations = new ArrayList<>();
    SelectionMode mode = null;
    RoutingIndicator ri = RoutingIndicator.ROUTE_ON_SSN;
    int newTt = -1;
    int delete = 0;
    String prepend = "";
    String replace = null;
    for (String token : tokens(part)) {
      if (!token.contains("=")) {
        destinations.add(GttDestination.parse(token));
        continue;
      }
      String[] kv = keyValue(token, line);
      switch (kv[0]) {
        case "mode" -> mode = SelectionMode.valueOf(kv[1].toUpperCase(java.util.Locale.ROOT));
        case "ri" -> ri = routingIndicator(kv[1], line);
        case "newtt" -> newTt = Integer.parseInt(kv[1]);
        case "delete" -> delete = Integer.parseInt(kv[1]);
        case "prepend" -> prepend = kv[1];
        case "replace" -> replace = kv[1];
        default -> throw new IllegalArgumentException("unknown option '" + kv[0] + "' in: " + line);
      }
    }
    if (mode == null) {
      mode = destinations.size() == 1 ? SelectionMode.SOLITARY : SelectionMode.DOMINANT;
    }
    return new Target(destinations, mode, new AddressRewrite(ri, newTt, delete, prepend, replace));
  }

  private static RoutingIndicator routingIndicator(String value, String line) {
    return switch (value) {
      case "ssn" -> RoutingIndicator.ROUTE_ON_SSN;
      case "gt" -> RoutingIndicator.ROUTE_ON_GT;
      default -> throw new IllegalArgumentException("ri must be ssn or gt: " + line);
    };
  }

  private static List<String> tokens(String s) {
    return List.of(s.strip().split("\\s+")).stream().filter(t -> !t.isEmpty()).toList();
  }

  private static String[] keyValue(String token, String line) {
    int eq = token.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected key=value, found '" + token + "' in: " + line);
    }
    return new String[] {token.substring(0, eq), token.substring(eq + 1)};
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(':');
    if (match.indicator() != null) {
      sb.append(" gti=").append(match.indicator().code());
    }
    appendIfSet(sb, " tt=", match.translationType());
    appendIfSet(sb, " np=", match.numberingPlan());
    appendIfSet(sb, " nai=", match.natureOfAddress());
    sb.append(" prefix=").append(match.prefix().isEmpty() ? "*" : match.prefix()).append(" ->");
    for (GttDestination d : destinations) {
      sb.append(' ').append(d);
    }
    sb.append(" mode=").append(mode.name().toLowerCase(java.util.Locale.ROOT));
    sb.append(" ri=")
        .append(rewrite.routingIndicator() == RoutingIndicator.ROUTE_ON_SSN ? "ssn" : "gt");
    appendIfSet(sb, " newtt=", rewrite.translationType());
    if (rewrite.deleteDigits() > 0) {
      sb.append(" delete=").append(rewrite.deleteDigits());
    }
    if (!rewrite.prependDigits().isEmpty()) {
      sb.append(" prepend=").append(rewrite.prependDigits());
    }
    if (rewrite.replaceDigits() != null) {
      sb.append(" replace=").append(rewrite.replaceDigits());
    }
    return sb.toString();
  }

  private static void appendIfSet(StringBuilder sb, String key, int value) {
    if (value >= 0) {
      sb.append(key).append(value);
    }
  }
}
