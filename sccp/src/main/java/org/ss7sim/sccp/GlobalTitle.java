package org.ss7sim.sccp;

import java.util.Locale;
import java.util.Objects;

/**
 * A global title (Q.713 §3.4.2.3): digits and the fields that say how to read them. Fields that the
 * {@link GlobalTitleIndicator} does not carry are 0.
 *
 * <p>The encoding scheme (Q.713 §3.4.2.3.2) is kept so that a decoded title re-encodes unchanged.
 * With {@link #ES_BCD_ODD} or {@link #ES_BCD_EVEN} the digits are the BCD digits and their count
 * must match the scheme. With any other scheme (unknown, national specific, spare) and for
 * indicator 0010 (translation type only, which has no scheme field) the digits are every nibble of
 * the address information, low nibble first; an odd count is padded with a 0 nibble when encoded.
 * For indicator 0001 (nature of address only) the scheme stands for the odd/even indicator.
 *
 * @param translationType 0–255
 * @param numberingPlan 0–15 (1 = E.164, 6 = E.212, 7 = E.214)
 * @param natureOfAddress 0–127 (4 = international number)
 * @param digits BCD digits; {@code a}–{@code f} stand for the hex digits 10–15 where allowed
 *     (normalised to lower case)
 * @param encodingScheme 0–15: 1 = BCD odd, 2 = BCD even; 0 where the format carries none
 * @param naiSpareBit bit 8 of the nature of address octet of GTI 0100, spare in Q.713 but set by
 *     some networks (as the odd/even indicator of older editions); kept so the title re-encodes
 *     unchanged, ignored by translation
 */
public record GlobalTitle(
    GlobalTitleIndicator indicator,
    int translationType,
    int numberingPlan,
    int natureOfAddress,
    String digits,
    int encodingScheme,
    boolean naiSpareBit) {
  public static final int NP_UNKNOWN = 0;
  public static final int NP_E164 = 1;
  public static final int NP_GENERIC = 2;
  public static final int NP_X121 = 3;
  public static final int NP_F69 = 4;
  public static final int NP_E210 = 5;
  public static final int NP_E212 = 6;
  public static final int NP_E214 = 7;
  public static final int NP_PRIVATE = 14;
  public static final int NAI_UNKNOWN = 0;
  public static final int NAI_SUBSCRIBER = 1;
  public static final int NAI_NATIONAL_SIGNIFICANT = 3;
  public static final int NAI_INTERNATIONAL = 4;
  public static final int ES_UNKNOWN = 0;
  public static final int ES_BCD_ODD = 1;
  public static final int ES_BCD_EVEN = 2;
  public static final int ES_NATIONAL = 3;

  public GlobalTitle {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(digits, "digits");
    if (translationType < 0 || translationType > 255) {
      throw new IllegalArgumentException("translation type out of range: " + translationType);
    }
    if (numberingPlan < 0 || numberingPlan > 15) {
      throw new IllegalArgumentException("numbering plan out of range: " + numberingPlan);
    }
    if (natureOfAddress < 0 || natureOfAddress > 127) {
      throw new IllegalArgumentException("nature of address out of range: " + natureOfAddress);
    }
    if (encodingScheme < 0 || encodingScheme > 15) {
      throw new IllegalArgumentException("encoding scheme out of range: " + encodingScheme);
    }
    digits = checkedLowerCaseDigits(digits);
    if (carriesOddEven(indicator)
        && isBcd(encodingScheme)
        && (digits.length() % 2 == 1) != (encodingScheme == ES_BCD_ODD)) {
      throw new IllegalArgumentException(
          "encoding scheme " + encodingScheme + " does not fit " + digits.length() + " digits");
    }
  }

  /** A title with the spare bit clear. */
  public GlobalTitle(
      GlobalTitleIndicator indicator,
      int translationType,
      int numberingPlan,
      int natureOfAddress,
      String digits,
      int encodingScheme) {
    this(indicator, translationType, numberingPlan, natureOfAddress, digits, encodingScheme, false);
  }

  /** A title whose encoding scheme follows from the digit count: BCD odd or BCD even. */
  public GlobalTitle(
      GlobalTitleIndicator indicator,
      int translationType,
      int numberingPlan,
      int natureOfAddress,
      String digits) {
    this(
        indicator,
        translationType,
        numberingPlan,
        natureOfAddress,
        digits,
        bcdScheme(indicator, digits));
  }

  /** The common ITU form: GTI 0100, E.164, international, translation type 0. */
  public static GlobalTitle e164(String digits) {
    return new GlobalTitle(
        GlobalTitleIndicator.TT_NP_ES_NAI, 0, NP_E164, NAI_INTERNATIONAL, digits);
  }

  /** Whether the digits are BCD with an odd/even indication (schemes 1 and 2, or GTI 0001). */
  public boolean bcdDigits() {
    return indicator == GlobalTitleIndicator.NAI_ONLY
        || (carriesOddEven(indicator) && isBcd(encodingScheme));
  }

  /** The same title with other digits; the BCD odd/even scheme follows the new count. */
  public GlobalTitle withDigits(String newDigits) {
    int es = bcdDigits() ? bcdScheme(indicator, newDigits) : encodingScheme;
    return new GlobalTitle(
        indicator, translationType, numberingPlan, natureOfAddress, newDigits, es, naiSpareBit);
  }

  /** The same title with another translation type. */
  public GlobalTitle withTranslationType(int newTranslationType) {
    return new GlobalTitle(
        indicator,
        newTranslationType,
        numberingPlan,
        natureOfAddress,
        digits,
        encodingScheme,
        naiSpareBit);
  }

  /** The digits in lower case; no regex, as every decoded message builds two titles. */
  private static String checkedLowerCaseDigits(String digits) {
    boolean upper = false;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c >= 'A' && c <= 'F') {
        upper = true;
      } else if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        throw new IllegalArgumentException("not BCD digits: " + digits);
      }
    }
    return upper ? digits.toLowerCase(Locale.ROOT) : digits;
  }

  private static boolean carriesOddEven(GlobalTitleIndicator gti) {
    return gti == GlobalTitleIndicator.NAI_ONLY
        || gti == GlobalTitleIndicator.TT_NP_ES
        || gti == GlobalTitleIndicator.TT_NP_ES_NAI;
  }

  private static boolean isBcd(int es) {
    return es == ES_BCD_ODD || es == ES_BCD_EVEN;
  }

  private static int bcdScheme(GlobalTitleIndicator gti, String digits) {
    if (!carriesOddEven(gti)) {
      return ES_UNKNOWN;
    }
    return digits.length() % 2 == 1 ? ES_BCD_ODD : ES_BCD_EVEN;
  }

  @Override
  public String toString() {
    return "GT[gti="
        + indicator.code()
        + " tt="
        + translationType
        + " np="
        + numberingPlan
        + " nai="
        + natureOfAddress
        + " es="
        + encodingScheme
        + " "
        + digits
        + "]";
  }
}
