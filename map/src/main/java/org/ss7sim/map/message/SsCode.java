package org.ss7sim.map.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * SS-Code ::= OCTET STRING (SIZE (1)) (TS 29.002 §17.7.5, MAP-SS-Code): a supplementary service or
 * a group of them. Codes the module does not name are kept as they are.
 */
public record SsCode(int code) {
  public static final SsCode ALL_SS = new SsCode(0x00);
  public static final SsCode CLIP = new SsCode(0x11);
  public static final SsCode CLIR = new SsCode(0x12);
  public static final SsCode ALL_FORWARDING = new SsCode(0x20);

  /** Call forwarding unconditional. */
  public static final SsCode CFU = new SsCode(0x21);

  public static final SsCode ALL_CONDITIONAL_FORWARDING = new SsCode(0x28);

  /** Call forwarding on mobile subscriber busy. */
  public static final SsCode CFB = new SsCode(0x29);

  /** Call forwarding on no reply. */
  public static final SsCode CFNRY = new SsCode(0x2a);

  /** Call forwarding on mobile subscriber not reachable. */
  public static final SsCode CFNRC = new SsCode(0x2b);

  public static final SsCode ALL_CALL_BARRING = new SsCode(0x90);

  /** Barring of all outgoing calls. */
  public static final SsCode BAOC = new SsCode(0x92);

  /** Barring of all incoming calls. */
  public static final SsCode BAIC = new SsCode(0x9a);

  public static final BerCodec<SsCode> CODEC =
      new BerCodec<>() {
        @Override
        public SsCode decode(BerReader r) throws MalformedMessageException {
          Octets v = r.octets();
          if (v.length() != 1) {
            throw r.error("SS-Code of " + v.length() + " octets (1 allowed)");
          }
          return new SsCode(v.get(0) & 0xff);
        }

        @Override
        public void encode(SsCode v, int tag, BerWriter out) {
          out.octetString(tag, Octets.ofUnsigned(v.code));
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public SsCode {
    if (code < 0 || code > 0xff) {
      throw new IllegalArgumentException("SS-Code out of range: " + code);
    }
  }

  @Override
  public String toString() {
    return String.format("ss-Code 0x%02x", code);
  }
}
