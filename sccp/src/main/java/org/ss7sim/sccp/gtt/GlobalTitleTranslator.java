package org.ss7sim.sccp.gtt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;

/**
 * A table of translation rules (Q.714 §2.4). Translation picks, among the rules whose indicator,
 * translation type, numbering plan and nature of address fit, the one with the longest matching
 * digit prefix (the earlier rule on a tie), then the first available destination (dominant), or one
 * chosen by the selector among the available ones (load sharing).
 *
 * <p>Failures and their return causes (Q.713 §3.12): no rule of that nature → no translation for an
 * address of such nature; no prefix fits → no translation for this specific address; every
 * destination inaccessible → MTP failure; a destination accessible but its subsystem prohibited →
 * subsystem failure.
 */
public final class GlobalTitleTranslator {
  private final List<GttRule> rules;

  /**
   * Rules by prefix, each list in table order: longest-prefix lookup without scanning the table.
   */
  private final Map<String, List<GttRule>> byPrefix = new HashMap<>();

  /** The distinct prefix lengths, longest first. */
  private final int[] prefixLengths;

  public GlobalTitleTranslator(List<GttRule> rules) {
    this.rules = List.copyOf(rules);
    TreeSet<Integer> lengths = new TreeSet<>(Comparator.reverseOrder());
    for (GttRule r : this.rules) {
      byPrefix.computeIfAbsent(r.match().prefix(), k -> new ArrayList<>()).add(r);
      lengths.add(r.match().prefix().length());
    }
    this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A table from rule lines; blank lines and lines starting with {@code #} are skipped. */
  public static GlobalTitleTranslator parse(String text) {
    List<GttRule> rules = new ArrayList<>();
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      try {
        rules.add(GttRule.parse(l));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("GTT rule line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new GlobalTitleTranslator(rules);
  }

  public List<GttRule> rules() {
    return rules;
  }

  /** The rule that translation would use for {@code gt}, ignoring availability. */
  public GttRule ruleFor(GlobalTitle gt) {
    String digits = gt.digits();
    for (int len : prefixLengths) {
      if (len > digits.length()) {
        continue;
      }
      List<GttRule> candidates = byPrefix.get(digits.substring(0, len));
      if (candidates != null) {
        for (GttRule r : candidates) {
          if (r.match().matchesNature(gt)) {
            return r;
          }
        }
      }
    }
    return null;
  }

  /**
   * Translates {@code called}.
   *
   * @param selector the SLS (or another stable key) that picks among load-shared destinations
   */
  public GttOutcome translate(
      SccpAddress called, int selector, DestinationAvailability availability) {
    GlobalTitle gt = called.globalTitle();
    if (gt == null) {
      return new GttOutcome.Failed(
          ReturnCause.NO_TRANSLATION_FOR_NATURE, "no global title to translate");
    }
    GttRule rule = ruleFor(gt);
    if (rule == null) {
      boolean natureKnown = rules.stream().anyMatch(r -> r.match().matchesNature(gt));
      return natureKnown
          ? new GttOutcome.Failed(
              ReturnCause.NO_TRANSLATION_FOR_ADDRESS, "no rule for digits " + gt.digits())
          : new GttOutcome.Failed(ReturnCause.NO_TRANSLATION_FOR_NATURE, "no rule for " + gt);
    }
    List<GttDestination> available = new ArrayList<>(rule.destinations().size());
    boolean someAccessible = false;
    for (GttDestination d : rule.destinations()) {
      if (!availability.pointCodeAccessible(d.pointCode())) {
        continue;
      }
      someAccessible = true;
      Ssn ssn = d.ssn() != null ? d.ssn() : called.ssn();
      boolean finalNode =
          rule.rewrite().routingIndicator() == org.ss7sim.sccp.RoutingIndicator.ROUTE_ON_SSN;
      Ssn check =
          finalNode && ssn != null && ssn.value() != 0 ? ssn : Ssn.SCMG; // SSN 1: the SCCP there
      if (!availability.subsystemAllowed(d.pointCode(), check)) {
        continue;
      }
      available.add(d);
    }
    if (available.isEmpty()) {
      return someAccessible
          ? new GttOutcome.Failed(
              ReturnCause.SUBSYSTEM_FAILURE, "rule " + rule.name() + ": subsystem prohibited")
          : new GttOutcome.Failed(
              ReturnCause.MTP_FAILURE, "rule " + rule.name() + ": no destination accessible");
    }
    GttDestination chosen =
        rule.mode() == SelectionMode.LOADSHARE
            ? available.get(Math.floorMod(selector, available.size()))
            : available.get(0);
    SccpAddress translated =
        new SccpAddress(
            rule.rewrite().routingIndicator(),
            null,
            chosen.ssn() != null ? chosen.ssn() : called.ssn(),
            rule.rewrite().apply(gt),
            called.nationalUse());
    return new GttOutcome.Translated(rule, chosen.pointCode(), translated);
  }

  /** The rules, one per line, in the form {@link #parse} reads. */
  @Override
  public String toString() {
    return rules.stream()
        .map(GttRule::toString)
        .collect(Collectors.joining("\n", "", rules.isEmpty() ? "" : "\n"));
  }
}
