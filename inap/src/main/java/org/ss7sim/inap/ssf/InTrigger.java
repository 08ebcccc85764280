package org.ss7sim.inap.ssf;

import java.util.Map;
import java.util.TreeMap;

/**
 * The IN trigger table of a switch (a trigger detection point at collected/analysed information,
 * Q.1214 §4.2.1.1): dialled-number prefixes that need an IN query, each with the service key to put
 * into InitialDP. The longest matching prefix wins.
 *
 * <pre>{@code
 * InTrigger trigger = InTrigger.builder().on("0800", 10).on("1800", 10).on("0900", 20).build();
 * long key = trigger.serviceKey(dialledDigits); // -1: no query
 * }</pre>
 */
public final class InTrigger {
  private final TreeMap<String, Long> prefixes;

  private InTrigger(TreeMap<String, Long> prefixes) {
    this.prefixes = prefixes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The service key of the longest configured prefix of {@code digits}, or -1 for none. */
  public long serviceKey(String digits) {
    for (int n = digits.length(); n > 0; n--) {
      Long key = prefixes.get(digits.substring(0, n));
      if (key != null) {
        return key;
      }
    }
    return -1;
  }

  /** Whether {@code digits} triggers a query. */
  public boolean triggers(String digits) {
    return serviceKey(digits) >= 0;
  }

  /** The prefixes and their service keys, in prefix order. */
  public Map<String, Long> prefixes() {
    return java.util.Collections.unmodifiableMap(prefixes);
  }

  /** Collects trigger prefixes. */
  public static final class Builder {
    private final TreeMap<String, Long> prefixes = new TreeMap<>();

    public Builder on(String prefix, long serviceKey) {
      if (prefix.isEmpty() || !prefix.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("trigger prefix must be digits: '" + prefix + "'");
      }
      if (serviceKey < 0 || serviceKey > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("service key out of range: " + serviceKey);
      }
      if (prefixes.put(prefix, serviceKey) != null) {
        throw new IllegalArgumentException("prefix " + prefix + " configured twice");
      }
      return this;
    }

    public InTrigger build() {
      return new InTrigger(new TreeMap<>(prefixes));
    }
  }
}
