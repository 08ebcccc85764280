package org.ss7sim.smpp.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The address_range of a bind (SMPP 3.4 §5.2.7): a regular expression, or a single address.
 *
 * <p>The pattern comes from the ESME, so it is handled defensively: patterns are compiled once and
 * cached (a bounded cache), addresses longer than the 20 characters SMPP allows are never covered,
 * and a pattern with a quantified group ({@code (a+)+}, {@code (..)*}) — the shape behind
 * catastrophic backtracking — or one that does not compile matches only itself literally.
 */
final class AddressRange {
  /** An SMPP address is a C-Octet string of at most 21 octets including the NUL. */
  static final int MAX_ADDRESS_LENGTH = 20;

  private static final int MAX_CACHED = 256;
  private static final Pattern QUANTIFIED_GROUP = Pattern.compile("\\)[*+?{]");
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private AddressRange() {}

  /** Whether {@code address} falls in {@code range}; an empty range covers nothing. */
  static boolean covers(String range, String address) {
    if (range.isEmpty() || address.length() > MAX_ADDRESS_LENGTH) {
      return false;
    }
    if (range.equals(address)) {
      return true;
    }
    Pattern p = pattern(range);
    return p != null && p.matcher(address).matches();
  }

  private static Pattern pattern(String range) {
    Pattern cached = CACHE.get(range);
    if (cached != null) {
      return cached;
    }
    if (QUANTIFIED_GROUP.matcher(range).find()) {
      return null;
    }
    String regex = range.startsWith("^") ? range : "^" + range;
    // A leading '^' without a trailing '$' means "starts with", as ESMEs use it.
    if (range.startsWith("^") && !range.endsWith("$") && !range.endsWith(".*")) {
      regex = range + ".*";
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return null;
    }
    if (CACHE.size() < MAX_CACHED) {
      CACHE.put(range, compiled);
    }
    return compiled;
  }
}
