package org.ss7sim.simulator.node.sipgw;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ss7sim.isup.parameter.NatureOfAddress;

/**
 * How the gateway normalises numbers between SIP user parts and ISUP addresses, both ways (the
 * format of numbers on either side is the network's choice; these are the usual options).
 *
 * <p>SIP → ISUP: visual separators ({@code - . ( )}, RFC 3966) are dropped; the first of {@link
 * #stripPrefixes} that matches is removed; {@code +} gives an international number; then a leading
 * {@link #internationalPrefix} gives an international number, a leading {@link #nationalPrefix} a
 * national one; other digits are of {@link #defaultNature}. An international number of {@link
 * #countryCode} becomes national when {@link #nationalInOwnCountry}.
 *
 * <p>ISUP → SIP: international numbers become {@code +CCNSN}; national numbers {@code +CC} and the
 * number when {@link #e164ToSip}, else {@link #nationalPrefix} and the number; subscriber and
 * unknown numbers are prefixed with {@link #addPrefix}.
 *
 * @param countryCode the country code of the gateway's network (E.164), e.g. {@code 49}
 * @param nationalPrefix the trunk prefix, e.g. {@code 0}; empty for none
 * @param internationalPrefix the international prefix, e.g. {@code 00}; empty for none
 * @param stripPrefixes prefixes removed from SIP user parts first (e.g. a routing prefix)
 * @param addPrefix prefix added to subscriber and unknown numbers towards SIP
 * @param defaultNature the nature of address of SIP numbers without prefix
 * @param nationalInOwnCountry send numbers of the own country as national towards ISUP
 * @param e164ToSip send national numbers as {@code +CC...} towards SIP
 */
public record NumberPlan(
    String countryCode,
    String nationalPrefix,
    String internationalPrefix,
    List<String> stripPrefixes,
    String addPrefix,
    int defaultNature,
    boolean nationalInOwnCountry,
    boolean e164ToSip) {
  public NumberPlan {
    digits(countryCode, "countryCode");
    digits(nationalPrefix, "nationalPrefix");
    digits(internationalPrefix, "internationalPrefix");
    stripPrefixes = List.copyOf(stripPrefixes);
    Objects.requireNonNull(addPrefix, "addPrefix");
    if (defaultNature < 1 || defaultNature > 4) {
      throw new IllegalArgumentException("defaultNature must be 1..4: " + defaultNature);
    }
  }

  /** Numbers as dialled, national by default, nothing rewritten: what SIPp's {@code -s} sends. */
  public static NumberPlan plain() {
    return new NumberPlan("", "", "", List.of(), "", NatureOfAddress.NATIONAL, false, false);
  }

  private static void digits(String s, String what) {
    Objects.requireNonNull(s, what);
    if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(what + " is not a digit string: " + s);
    }
  }

  /**
   * The ISUP address for a SIP user part (Request-URI, P-Asserted-Identity or From), or empty when
   * it is not a number (letters, empty after normalisation).
   */
  public Optional<IsupAddress> toIsup(String sipUser) {
    String user = sipUser;
    int semicolon = user.indexOf(';'); // user parameters (RFC 3261 §19.1.6, e.g. ;npdi)
    if (semicolon >= 0) {
      user = user.substring(0, semicolon);
    }
    StringBuilder sb = new StringBuilder(user.length());
    for (int i = 0; i < user.length(); i++) {
      char c = user.charAt(i);
      if (c != '-' && c != '.' && c != '(' && c != ')') {
        sb.append(c);
      }
    }
    String n = sb.toString();
    for (String p : stripPrefixes) {
      if (!p.isEmpty() && n.startsWith(p)) {
        n = n.substring(p.length());
        break;
      }
    }
    int nature;
    if (n.startsWith("+")) {
      nature = NatureOfAddress.INTERNATIONAL;
      n = n.substring(1);
    } else if (!internationalPrefix.isEmpty() && n.startsWith(internationalPrefix)) {
      nature = NatureOfAddress.INTERNATIONAL;
      n = n.substring(internationalPrefix.length());
    } else if (!nationalPrefix.isEmpty() && n.startsWith(nationalPrefix)) {
      nature = NatureOfAddress.NATIONAL;
      n = n.substring(nationalPrefix.length());
    } else {
      nature = defaultNature;
    }
    if (n.isEmpty() || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    if (nature == NatureOfAddress.INTERNATIONAL
        && nationalInOwnCountry
        && !countryCode.isEmpty()
        && n.startsWith(countryCode)
        && n.length() > countryCode.length()) {
      return Optional.of(IsupAddress.national(n.substring(countryCode.length())));
    }
    return Optional.of(new IsupAddress(nature, n));
  }

  /** The SIP user part for an ISUP address. */
  public String toSip(IsupAddress address) {
    String d = address.digits();
    return switch (address.natureOfAddress()) {
      case NatureOfAddress.INTERNATIONAL -> "+" + d;
      case NatureOfAddress.NATIONAL ->
          e164ToSip && !countryCode.isEmpty() ? "+" + countryCode + d : nationalPrefix + d;
      default -> addPrefix + d;
    };
  }
}
