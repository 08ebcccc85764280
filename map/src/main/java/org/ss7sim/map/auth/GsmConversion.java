package org.ss7sim.map.auth;

import org.ss7sim.wire.Octets;

/**
 * The conversion functions of TS 33.102 §6.8.1.2 that let a UMTS quintuplet serve a GSM subscriber:
 * c2 (XRES → SRES) and c3 (CK, IK → Kc).
 */
public final class GsmConversion {
  private GsmConversion() {}

  /**
   * c2: SRES = XRES1 ⊕ XRES2 ⊕ XRES3 ⊕ XRES4, where XRESi are the 32-bit words of XRES (4 to 16
   * octets), a short last word filled with zero bits.
   */
  public static Octets c2(Octets xres) {
    if (xres.length() < 4 || xres.length() > 16) {
      throw new IllegalArgumentException("XRES must be 4 to 16 octets, not " + xres.length());
    }
    byte[] sres = new byte[4];
    for (int i = 0; i < xres.length(); i++) {
      sres[i % 4] ^= (byte) xres.get(i);
    }
    return Octets.wrap(sres);
  }

  /** c3: Kc = CK1 ⊕ CK2 ⊕ IK1 ⊕ IK2, the 64-bit halves of CK and IK. */
  public static Octets c3(Octets ck, Octets ik) {
    if (ck.length() != 16 || ik.length() != 16) {
      throw new IllegalArgumentException("CK and IK must be 16 octets");
    }
    byte[] kc = new byte[8];
    for (int i = 0; i < 8; i++) {
      kc[i] = (byte) (ck.get(i) ^ ck.get(i + 8) ^ ik.get(i) ^ ik.get(i + 8));
    }
    return Octets.wrap(kc);
  }
}
