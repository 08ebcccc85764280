package org.ss7sim.sccp;

/**
 * A global title (Q.713 §3.4.2.3): digits and the fields that say how to read them. Fields that the
 * {@link GlobalTitleIndicator} does not carry are 0.
 *
 * @param translationType 0–255
 * @param numberingPlan 0–15 (1 = E.164, 6 = E.212, 7 = E.214)
 * @param natureOfAddress 0–127 (4 = international number)
 * @param digits BCD digits; {@code a}–{@code f} stand for the hex digits 10–15 where allowed
 */
public record GlobalTitle(
    GlobalTitleIndicator indicator,
    int translationType,
    int numberingPlan,
    int natureOfAddress,
    String digits) {
  public static final int NP_E164 = 1;
  public static final int NP_E212 = 6;
  public static final int NP_E214 = 7;
  public static final int NAI_INTERNATIONAL = 4;

  public GlobalTitle {
    java.util.Objects.requireNonNull(indicator, "indicator");
    java.util.Objects.requireNonNull(digits, "digits");
    if (translationType < 0 || translationType > 255) {
      throw new IllegalArgumentException("translation type out of range: " + translationType);
    }
    if (numberingPlan < 0 || numberingPlan > 15) {
      throw new IllegalArgumentException("numbering plan out of range: " + numberingPlan);
    }
    if (natureOfAddress < 0 || natureOfAddress > 127) {
      throw new IllegalArgumentException("nature of address out of range: " + natureOfAddress);
    }
    if (!digits.matches("[0-9a-fA-F]*")) {
      throw new IllegalArgumentException("not BCD digits: " + digits);
    }
  }

  /** The common ITU form: GTI 0100, E.164, international, translation type 0. */
  public static GlobalTitle e164(String digits) {
    return new GlobalTitle(
        GlobalTitleIndicator.TT_NP_ES_NAI, 0, NP_E164, NAI_INTERNATIONAL, digits);
  }
}
