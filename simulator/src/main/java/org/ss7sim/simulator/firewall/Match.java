package org.ss7sim.simulator.firewall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule looks at; an empty list or set matches anything. Every field given must match.
 *
 * @param calling calling GT prefixes
 * @param called called GT prefixes
 * @param ssns called SSNs
 * @param contexts MAP application context names (compared ignoring case, '-' and '_')
 * @param operations local operation codes of the first invoke
 * @param subscribers IMSI or MSISDN prefixes of the subscriber the invoke names
 * @param fromInterconnect whether the message must (true) or must not (false) come from another
 *     operator's network
 */
public record Match(
    List<String> calling,
    List<String> called,
    Set<Integer> ssns,
    Set<String> contexts,
    Set<Integer> operations,
    List<String> subscribers,
    Optional<Boolean> fromInterconnect) {
  public static final Match ANY =
      new Match(List.of(), List.of(), Set.of(), Set.of(), Set.of(), List.of(), Optional.empty());

  public Match {
    calling = List.copyOf(calling);
    called = List.copyOf(called);
    ssns = Set.copyOf(ssns);
    contexts = contexts.stream().map(Match::key).collect(java.util.stream.Collectors.toSet());
    operations = Set.copyOf(operations);
    subscribers = List.copyOf(subscribers);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  public boolean matches(Inspected m) {
    return prefixed(m.callingGt(), calling)
        && prefixed(m.calledGt(), called)
        && (ssns.isEmpty() || ssns.contains(m.calledSsn()))
        && (contexts.isEmpty() || contexts.contains(key(m.applicationContext())))
        && (operations.isEmpty() || operations.contains(m.opCode()))
        && (subscribers.isEmpty()
            || prefixed(m.imsi(), subscribers)
            || prefixed(m.msisdn(), subscribers))
        && fromInterconnect.map(f -> f == m.fromInterconnect()).orElse(true);
  }

  /** Whether {@code digits} (non-empty) starts with one of {@code prefixes}, or there are none. */
  static boolean prefixed(String digits, List<String> prefixes) {
    if (prefixes.isEmpty()) {
      return true;
    }
    if (digits.isEmpty()) {
      return false;
    }
    for (String p : prefixes) {
      if (digits.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
