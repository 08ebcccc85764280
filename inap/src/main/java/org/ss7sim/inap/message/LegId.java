package org.ss7sim.inap.message;

/**
 * A call leg (Q.1218 §6): {@code LegID ::= CHOICE { sendingSideID [0] LegType, receivingSideID [1]
 * LegType }}, {@code LegType ::= OCTET STRING (SIZE(1))}, leg1 = '01'H (the calling party), leg2 =
 * '02'H (the called party). Where a field is {@code SendingSideID} or {@code ReceivingSideID} only,
 * the same CHOICE encoding is used with one alternative.
 *
 * @param sendingSide true for sendingSideID [0], false for receivingSideID [1]
 * @param legType 0..255, normally 1 or 2
 */
public record LegId(boolean sendingSide, int legType) {
  public LegId {
    if (legType < 0 || legType > 0xff) {
      throw new IllegalArgumentException("leg type out of range: " + legType);
    }
  }

  public static LegId sending(int leg) {
    return new LegId(true, leg);
  }

  public static LegId receiving(int leg) {
    return new LegId(false, leg);
  }
}
