package org.ss7sim.simulator.firewall;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The firewall of one STP, from the network file.
 *
 * @param enabled whether it screens at all ({@code enabled: false} keeps the rules, checked, but
 *     the STP relays everything)
 * @param rules first match wins; no match: allow
 * @param homeGtPrefixes the home network's global titles (network key {@code home_gt_prefixes})
 * @param homeImsiPrefixes the home network's IMSIs, MCC+MNC (network key {@code
 *     home_imsi_prefixes})
 * @param regions where global titles are, for category 3
 * @param minTravel the least time between two locations in different regions
 * @param smsWindow how long an SRI-SM answer makes an MT-ForwardSM from its asker plausible
 */
public record FirewallConfig(
    boolean enabled,
    List<Rule> rules,
    List<String> homeGtPrefixes,
    List<String> homeImsiPrefixes,
    List<Region> regions,
    Duration minTravel,
    Duration smsWindow) {
  public static final Duration DEFAULT_MIN_TRAVEL = Duration.ofHours(1);
  public static final Duration DEFAULT_SMS_WINDOW = Duration.ofMinutes(1);

  public FirewallConfig {
    rules = List.copyOf(rules);
    homeGtPrefixes = List.copyOf(homeGtPrefixes);
    homeImsiPrefixes = List.copyOf(homeImsiPrefixes);
    regions = List.copyOf(regions);
  }

  /** The region of a global title: the longest region prefix; "home" for other home GTs. */
  public Optional<String> regionOf(String gt) {
    Region best = null;
    for (Region r : regions) {
      if (gt.startsWith(r.prefix())
          && (best == null || r.prefix().length() > best.prefix().length())) {
        best = r;
      }
    }
    if (best != null) {
      return Optional.of(best.name());
    }
    return Match.prefixed(gt, homeGtPrefixes) && !homeGtPrefixes.isEmpty()
        ? Optional.of("home")
        : Optional.empty();
  }

  /** The region of the home network's first GT prefix. */
  public String homeRegion() {
    return homeGtPrefixes.isEmpty() ? "home" : regionOf(homeGtPrefixes.get(0)).orElse("home");
  }
}
