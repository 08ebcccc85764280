package org.ss7sim.bench.tcap;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * A MAP MT-ForwardSM argument (3GPP TS 29.002 §7.6.8.1, SMS-DELIVER per TS 23.040 §9.2.2.1) built
 * by hand with the BER writer: fake IMSI 001010123456789, fake service centre 0015550001, 160
 * characters of GSM 7-bit text.
 *
 * <pre>
 * MT-ForwardSM-Arg ::= SEQUENCE {
 *   sm-RP-DA  SM-RP-DA,         -- imsi [0] IMSI
 *   sm-RP-OA  SM-RP-OA,         -- serviceCentreAddressOA [4] AddressString
 *   sm-RP-UI  SignalInfo, ... } -- OCTET STRING: the TPDU
 * </pre>
 */
public final class MtForwardSmSample {
  public static final String TEXT =
      "Hello from ss7sim. This is a test message of exactly one hundred and sixty characters "
          + "sent over MAP MT ForwardSM in a TCAP Begin for the codec benchmark ok 1234";

  private MtForwardSmSample() {}

  public static Octets argument() {
    WireWriter out = new WireWriter(256);
    BerWriter w = new BerWriter(out);
    int seq = w.start(BerTag.SEQUENCE);
    w.octetString(BerTag.context(0), tbcd("001010123456789"));
    w.octetString(BerTag.context(4), Octets.fromHex("91").concat(tbcd("0015550001")));
    w.octetString(BerTag.OCTET_STRING, deliverTpdu());
    w.end(seq);
    return out.toOctets();
  }

  /** SMS-DELIVER: MTI 00, MMS, originating address, PID, DCS GSM 7-bit, SCTS, UDL, UD. */
  static Octets deliverTpdu() {
    WireWriter t = new WireWriter(200);
    t.writeU8(0x04);
    t.writeU8(10).writeU8(0x91).writeOctets(tbcd("0015550002"));
    t.writeU8(0x00).writeU8(0x00);
    t.writeOctets(Octets.fromHex("52 11 62 70 45 00 00"));
    if (TEXT.length() != 160) {
      throw new AssertionError("text must be 160 characters, is " + TEXT.length());
    }
    t.writeU8(TEXT.length());
    t.writeOctets(pack7bit(TEXT));
    return t.toOctets();
  }

  static Octets tbcd(String digits) {
    byte[] b = new byte[(digits.length() + 1) / 2];
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      b[i / 2] |= (byte) (i % 2 == 0 ? d : d << 4);
    }
    if (digits.length() % 2 == 1) {
      b[b.length - 1] |= (byte) 0xf0;
    }
    return Octets.wrap(b);
  }

  /** GSM 7-bit default alphabet packing; the text uses only characters coded as in ASCII. */
  static Octets pack7bit(String text) {
    int[] out = new int[(text.length() * 7 + 7) / 8];
    for (int i = 0; i < text.length(); i++) {
      int v = text.charAt(i) & 0x7f;
      int bit = 7 * i;
      out[bit / 8] |= (v << (bit % 8)) & 0xff;
      if (bit % 8 > 1) {
        out[bit / 8 + 1] |= v >>> (8 - bit % 8);
      }
    }
    byte[] b = new byte[out.length];
    for (int i = 0; i < out.length; i++) {
      b[i] = (byte) out[i];
    }
    return Octets.wrap(b);
  }
}
