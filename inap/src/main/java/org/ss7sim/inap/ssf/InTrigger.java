package org.ss7sim.inap.ssf;

import java.util.Map;
import java.util.TreeMap;
import org.ss7sim.sccp.SccpAddress;

/**
 * The IN trigger table of a switch (a trigger detection point at collected/analysed information,
 * Q.1214 §4.2.1.1): dialled-number prefixes that need an IN query, each with the service key to put
 * into InitialDP and, optionally, the SCF to ask. The longest matching prefix wins.
 *
 * <pre>{@code
 * InTrigger trigger = InTrigger.builder().on("0800", 10, scpA).on("0900", 20, scpB).build();
 * InTrigger.Trigger t = trigger.match(dialledDigits);      // null: no IN query
 * ssf.initialDp(t.scf(), InitialDpArg.of(t.serviceKey(), called, calling), listener);
 * }</pre>
 */
public final class InTrigger {
  /**
   * One trigger.
   *
   * @param scf the SCF to query, or null when the switch uses its default SCF
   */
  public record Trigger(String prefix, long serviceKey, SccpAddress scf) {
    public Trigger {
      if (prefix.isEmpty() || !prefix.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("trigger prefix must be digits: '" + prefix + "'");
      }
      if (serviceKey < 0 || serviceKey > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("service key out of range: " + serviceKey);
      }
    }
  }

  private final Map<String, Trigger> byPrefix;
  private final int longest;

  private InTrigger(Map<String, Trigger> byPrefix) {
    this.byPrefix = byPrefix;
    this.longest = byPrefix.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The trigger with the longest prefix of {@code digits}, or null. */
  public Trigger match(String digits) {
    for (int n = Math.min(digits.length(), longest); n > 0; n--) {
      Trigger t = byPrefix.get(digits.substring(0, n));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The service key of the longest configured prefix of {@code digits}, or -1 for none. */
  public long serviceKey(String digits) {
    Trigger t = match(digits);
    return t == null ? -1 : t.serviceKey();
  }

  /** Whether {@code digits} triggers a query. */
  public boolean triggers(String digits) {
    return match(digits) != null;
  }

  /** The triggers by prefix, in prefix order. */
  public Map<String, Trigger> triggers() {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(byPrefix));
  }

  /** Collects trigger prefixes. */
  public static final class Builder {
    private final Map<String, Trigger> triggers = new java.util.HashMap<>();

    /** A trigger on {@code prefix} towards the switch's default SCF. */
    public Builder on(String prefix, long serviceKey) {
      return on(prefix, serviceKey, null);
    }

    public Builder on(String prefix, long serviceKey, SccpAddress scf) {
      Trigger t = new Trigger(prefix, serviceKey, scf);
      if (triggers.putIfAbsent(prefix, t) != null) {
        throw new IllegalArgumentException("prefix " + prefix + " configured twice");
      }
      return this;
    }

    public InTrigger build() {
      return new InTrigger(Map.copyOf(triggers));
    }
  }
}
