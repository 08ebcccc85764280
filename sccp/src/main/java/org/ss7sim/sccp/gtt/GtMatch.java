package org.ss7sim.sccp.gtt;

import java.util.Objects;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;

/**
 * Which global titles a rule applies to: the indicator, translation type, numbering plan and nature
 * of address ({@code null} / -1 = any) and a digit prefix (empty = any digits).
 */
public record GtMatch(
    GlobalTitleIndicator indicator,
    int translationType,
    int numberingPlan,
    int natureOfAddress,
    String prefix) {
  public static final int ANY = -1;

  public GtMatch {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.matches("[0-9a-fA-F]*")) {
      throw new IllegalArgumentException("prefix is not digits: " + prefix);
    }
    prefix = prefix.toLowerCase(java.util.Locale.ROOT);
    if (translationType < ANY
        || translationType > 255
        || numberingPlan < ANY
        || numberingPlan > 15
        || natureOfAddress < ANY
        || natureOfAddress > 127) {
      throw new IllegalArgumentException("match field out of range");
    }
  }

  /** Any global title starting with {@code prefix}. */
  public static GtMatch prefix(String prefix) {
    return new GtMatch(null, ANY, ANY, ANY, prefix);
  }

  /** Whether the fields other than the digits match. */
  public boolean matchesNature(GlobalTitle gt) {
    return (indicator == null || indicator == gt.indicator())
        && (translationType == ANY || translationType == gt.translationType())
        && (numberingPlan == ANY || numberingPlan == gt.numberingPlan())
        && (natureOfAddress == ANY || natureOfAddress == gt.natureOfAddress());
  }

  /** Whether the fields match and the digits start with the prefix. */
  public boolean matches(GlobalTitle gt) {
    return matchesNature(gt) && gt.digits().startsWith(prefix);
  }
}
