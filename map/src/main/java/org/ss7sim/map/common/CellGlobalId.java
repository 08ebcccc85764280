package org.ss7sim.map.common;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Cell global identity or location area identity, the fixed-length octet strings of
 * CellGlobalIdOrServiceAreaIdOrLAI (TS 29.002 §17.7.8, TS 24.008 §10.5.1.3):
 *
 * <pre>
 *   octet 1  MCC digit 2 | MCC digit 1
 *   octet 2  MNC digit 3 | MCC digit 3     (MNC digit 3 = 1111 for a two-digit MNC)
 *   octet 3  MNC digit 2 | MNC digit 1
 *   octet 4-5 LAC
 *   octet 6-7 cell identity or service area code (absent in a LAI)
 * </pre>
 *
 * @param cellId the CI/SAC, or -1 for a location area identity (5 octets)
 */
public record CellGlobalId(String mcc, String mnc, int lac, int cellId) {
  public CellGlobalId {
    if (mcc.length() != 3 || mnc.length() < 2 || mnc.length() > 3) {
      throw new IllegalArgumentException("MCC is 3 digits, MNC 2 or 3");
    }
    if (lac < 0 || lac > 0xffff || cellId < -1 || cellId > 0xffff) {
      throw new IllegalArgumentException("LAC/CI out of range");
    }
  }

  public boolean isLai() {
    return cellId < 0;
  }

  public static CellGlobalId decode(Octets v) throws MalformedMessageException {
    if (v.length() != 7 && v.length() != 5) {
      throw new MalformedMessageException(
          "cell global id of " + v.length() + " octets (7 or 5)", 0, "TS 29.002 §17.7.8");
    }
    String mcc = "" + digit(v.get(0) & 0xf) + digit(v.get(0) >> 4) + digit(v.get(1) & 0xf);
    int mnc3 = v.get(1) >> 4;
    String mnc =
        "" + digit(v.get(2) & 0xf) + digit(v.get(2) >> 4) + (mnc3 == 0xf ? "" : digit(mnc3));
    int lac = v.get(3) << 8 | v.get(4);
    int ci = v.length() == 7 ? v.get(5) << 8 | v.get(6) : -1;
    return new CellGlobalId(mcc, mnc, lac, ci);
  }

  private static char digit(int nibble) throws MalformedMessageException {
    if (nibble > 9) {
      throw new MalformedMessageException("PLMN digit not decimal", 0, "TS 24.008 §10.5.1.3");
    }
    return (char) ('0' + nibble);
  }

  public Octets encode() {
    int mnc3 = mnc.length() == 3 ? mnc.charAt(2) - '0' : 0xf;
    byte[] b = new byte[isLai() ? 5 : 7];
    b[0] = (byte) ((mcc.charAt(1) - '0') << 4 | (mcc.charAt(0) - '0'));
    b[1] = (byte) (mnc3 << 4 | (mcc.charAt(2) - '0'));
    b[2] = (byte) ((mnc.charAt(1) - '0') << 4 | (mnc.charAt(0) - '0'));
    b[3] = (byte) (lac >> 8);
    b[4] = (byte) lac;
    if (!isLai()) {
      b[5] = (byte) (cellId >> 8);
      b[6] = (byte) cellId;
    }
    return Octets.wrap(b);
  }
}
