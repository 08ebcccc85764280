package org.ss7sim.smpp.server;

/**
 * The address_range of a bind (SMPP 3.4 §5.2.7) matched without a regular-expression engine. The
 * spec calls it a UNIX regular expression; what ESMEs send in practice is a literal address or a
 * prefix ({@code ^4412}, {@code 4412.*}, {@code 4412*}, {@code ^4412.*$}). Those forms are matched
 * in linear time; anything else matches only itself literally, so an ESME cannot make the SMSC run
 * a pathological pattern (regular-expression denial of service).
 */
final class AddressRange {
  private AddressRange() {}

  /** Whether {@code address} falls in {@code range}; an empty range covers nothing. */
  static boolean covers(String range, String address) {
    if (range.isEmpty()) {
      return false;
    }
    String r = range;
    if (r.startsWith("^")) {
      r = r.substring(1);
    }
    if (r.endsWith("$")) {
      r = r.substring(0, r.length() - 1);
    }
    if (r.endsWith(".*")) {
      String prefix = r.substring(0, r.length() - 2);
      return isLiteral(prefix) && address.startsWith(prefix);
    }
    if (r.endsWith("*")) {
      String prefix = r.substring(0, r.length() - 1);
      return isLiteral(prefix) && address.startsWith(prefix);
    }
    if (range.startsWith("^") && !range.endsWith("$") && isLiteral(r)) {
      return address.startsWith(r);
    }
    return range.equals(address) || (isLiteral(r) && r.equals(address));
  }

  private static boolean isLiteral(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("\\.[]()*+?{}|^$".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
