package org.ss7sim.map.auth;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.ss7sim.wire.Octets;

/**
 * The Milenage algorithm set (TS 35.206 §4.1) for one subscriber key K and operator variant OPc,
 * with the constants of §4.1: r1 = 64, r2 = 0, r3 = 32, r4 = 64, r5 = 96 bits; c1..c5 = 0, 1, 2, 4,
 * 8 in the last bit positions.
 *
 * <pre>
 *   TEMP = E_K(RAND ⊕ OPc)
 *   OUT1 = E_K(TEMP ⊕ rot(IN1 ⊕ OPc, r1) ⊕ c1) ⊕ OPc     IN1 = SQN‖AMF‖SQN‖AMF
 *   OUTn = E_K(rot(TEMP ⊕ OPc, rn) ⊕ cn) ⊕ OPc           n = 2..5
 *   f1 = OUT1[0..63]  f1* = OUT1[64..127]  f2 = OUT2[64..127]  f5 = OUT2[0..47]
 *   f3 = OUT3  f4 = OUT4  f5* = OUT5[0..47]
 * </pre>
 *
 * Not thread-safe: it owns one AES cipher instance.
 */
public final class Milenage {
  private final Cipher aes;
  private final byte[] opc;

  /**
   * @param k the 128-bit subscriber key
   * @param opc the 128-bit OPc (use {@link #opc(Octets, Octets)} when only OP is known)
   */
  public Milenage(Octets k, Octets opc) {
    this.aes = cipher(check(k, 16, "K"));
    this.opc = check(opc, 16, "OPc").toByteArray();
  }

  /** OPc = OP ⊕ E_K(OP) (TS 35.206 §4.1). */
  public static Octets opc(Octets k, Octets op) {
    byte[] o = check(op, 16, "OP").toByteArray();
    byte[] e = encrypt(cipher(check(k, 16, "K")), o);
    xorInto(e, o);
    return Octets.wrap(e);
  }

  /** Outputs of f1 and f1*: MAC-A and MAC-S, 64 bits each. */
  public record MacOutputs(Octets macA, Octets macS) {}

  /** Outputs of f2–f5 and f5*. */
  public record Outputs(Octets res, Octets ck, Octets ik, Octets ak, Octets akStar) {}

  /** f1 and f1* for RAND, SQN (48 bits) and AMF (16 bits). */
  public MacOutputs f1(Octets rand, Octets sqn, Octets amf) {
    byte[] temp = temp(rand);
    byte[] s = check(sqn, 6, "SQN").toByteArray();
    byte[] a = check(amf, 2, "AMF").toByteArray();
    byte[] in1 = new byte[16];
    System.arraycopy(s, 0, in1, 0, 6);
    System.arraycopy(a, 0, in1, 6, 2);
    System.arraycopy(s, 0, in1, 8, 6);
    System.arraycopy(a, 0, in1, 14, 2);
    xorInto(in1, opc);
    byte[] x = rotate(in1, 64);
    xorInto(x, temp);
    byte[] out1 = encrypt(aes, x);
    xorInto(out1, opc);
    return new MacOutputs(Octets.copyOf(out1, 0, 8), Octets.copyOf(out1, 8, 8));
  }

  /** f2 (RES), f3 (CK), f4 (IK), f5 (AK) and f5* (AK for resynchronisation) for RAND. */
  public Outputs f2345(Octets rand) {
    byte[] temp = temp(rand);
    byte[] out2 = out(temp, 0, 1);
    byte[] out3 = out(temp, 32, 2);
    byte[] out4 = out(temp, 64, 4);
    byte[] out5 = out(temp, 96, 8);
    return new Outputs(
        Octets.copyOf(out2, 8, 8),
        Octets.wrap(out3),
        Octets.wrap(out4),
        Octets.copyOf(out2, 0, 6),
        Octets.copyOf(out5, 0, 6));
  }

  private byte[] temp(Octets rand) {
    byte[] x = check(rand, 16, "RAND").toByteArray();
    xorInto(x, opc);
    return encrypt(aes, x);
  }

  private byte[] out(byte[] temp, int rotateBits, int c) {
    byte[] x = temp.clone();
    xorInto(x, opc);
    x = rotate(x, rotateBits);
    x[15] ^= (byte) c;
    byte[] o = encrypt(aes, x);
    xorInto(o, opc);
    return o;
  }

  /** Cyclic rotation towards the most significant end by a multiple of 8 bits. */
  private static byte[] rotate(byte[] x, int bits) {
    int n = bits / 8;
    byte[] r = new byte[16];
    for (int i = 0; i < 16; i++) {
      r[i] = x[(i + n) % 16];
    }
    return r;
  }

  private static void xorInto(byte[] a, byte[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] ^= b[i];
    }
  }

  private static Octets check(Octets v, int len, String what) {
    if (v.length() != len) {
      throw new IllegalArgumentException(what + " must be " + len + " octets, not " + v.length());
    }
    return v;
  }

  private static Cipher cipher(Octets k) {
    try {
      Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k.toByteArray(), "AES"));
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-128 is not available in this JDK", e);
    }
  }

  private static byte[] encrypt(Cipher c, byte[] block) {
    try {
      return c.doFinal(block);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES block encryption failed", e);
    }
  }
}
