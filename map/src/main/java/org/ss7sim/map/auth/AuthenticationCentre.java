package org.ss7sim.map.auth;

import java.util.Arrays;
import java.util.Optional;
import org.ss7sim.wire.Octets;

/**
 * What the AuC does with Milenage for one subscriber: build quintuplets (TS 33.102 §6.3.2) from a
 * RAND and SQN, and recover the mobile's SQN from AUTS on resynchronisation (§6.3.5).
 *
 * <p>Sequence numbers follow Annex C.1.1/C.3.2: SQN = SEQ ‖ IND with a 5-bit IND; {@link #nextSqn}
 * increments SEQ and cycles IND.
 */
public final class AuthenticationCentre {
  /** Bits of IND in SQN (TS 33.102 Annex C.3.2 example value). */
  public static final int IND_BITS = 5;

  private final Milenage milenage;

  public AuthenticationCentre(Milenage milenage) {
    this.milenage = milenage;
  }

  /** The quintuplet for {@code rand}, {@code sqn} (48-bit) and {@code amf}. */
  public AuthenticationQuintuplet quintuplet(Octets rand, long sqn, Octets amf) {
    Octets sqnOctets = sqnOctets(sqn);
    Milenage.MacOutputs mac = milenage.f1(rand, sqnOctets, amf);
    Milenage.Outputs o = milenage.f2345(rand);
    Octets autn = xor(sqnOctets, o.ak()).concat(amf).concat(mac.macA());
    return new AuthenticationQuintuplet(rand, o.res(), o.ck(), o.ik(), autn);
  }

  /**
   * Recovers SQN_MS from AUTS = SQN_MS ⊕ AK* ‖ MAC-S and checks MAC-S, computed with AMF 0000 (TS
   * 33.102 §6.3.3). Empty when MAC-S does not verify.
   */
  public Optional<Long> resynchronise(Octets rand, Octets auts) {
    if (auts.length() != 14) {
      throw new IllegalArgumentException("AUTS is 14 octets, not " + auts.length());
    }
    Octets akStar = milenage.f2345(rand).akStar();
    Octets sqnMs = xor(auts.slice(0, 6), akStar);
    Octets macS = milenage.f1(rand, sqnMs, Octets.fromHex("0000")).macS();
    if (!Arrays.equals(macS.toByteArray(), auts.slice(6).toByteArray())) {
      return Optional.empty();
    }
    long v = 0;
    for (int i = 0; i < 6; i++) {
      v = v << 8 | sqnMs.get(i);
    }
    return Optional.of(v);
  }

  /** The next SQN after {@code sqn}: SEQ + 1, IND + 1 modulo 32. */
  public static long nextSqn(long sqn) {
    long seq = sqn >>> IND_BITS;
    long ind = sqn & ((1 << IND_BITS) - 1);
    return (((seq + 1) << IND_BITS) | ((ind + 1) & ((1 << IND_BITS) - 1))) & 0xffff_ffff_ffffL;
  }

  static Octets sqnOctets(long sqn) {
    byte[] b = new byte[6];
    for (int i = 5; i >= 0; i--) {
      b[i] = (byte) sqn;
      sqn >>>= 8;
    }
    return Octets.wrap(b);
  }

  private static Octets xor(Octets a, Octets b) {
    byte[] r = new byte[a.length()];
    for (int i = 0; i < r.length; i++) {
      r[i] = (byte) (a.get(i) ^ b.get(i));
    }
    return Octets.wrap(r);
  }
}
