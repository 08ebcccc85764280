package org.ss7sim.map.message;

import java.nio.charset.StandardCharsets;
import org.ss7sim.map.sms.GsmAlphabet;
import org.ss7sim.map.sms.Septets;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Text of a USSD-String under its USSD-DataCodingScheme, the CBS data coding scheme of TS 23.038 §5
 * (TS 29.002 §17.7.4).
 *
 * <pre>
 *   0000 xxxx, 0010 xxxx, 0011 xxxx  GSM 7-bit, a language     (0x0F: language unspecified)
 *   0001 0000                         GSM 7-bit, text starts with the language and CR
 *   0001 0001                         UCS2, text preceded by the 7-bit language in two octets
 *   01xx xxxx                         general data coding (bits 3-2: 7-bit, 8-bit, UCS2)
 *   1111 0xxx / 1111 01xx             GSM 7-bit / 8-bit data
 * </pre>
 *
 * Packed 7-bit text that leaves seven spare bits in the last octet is padded with CR (TS 23.038
 * §6.1.2.3.1); the padding is removed on decoding and added on encoding.
 */
public final class UssdString {
  /** 0x0F: GSM 7-bit default alphabet, language unspecified. */
  public static final int DCS_GSM7 = 0x0f;

  /** 0x48: general data coding, UCS2. */
  public static final int DCS_UCS2 = 0x48;

  private UssdString() {}

  enum Coding {
    GSM7,
    EIGHT_BIT,
    UCS2,
    UCS2_WITH_LANGUAGE
  }

  static Coding coding(int dcs) {
    int group = dcs >> 4;
    if (group == 0 || group == 2 || group == 3 || dcs == 0x10) {
      return Coding.GSM7;
    }
    if (dcs == 0x11) {
      return Coding.UCS2_WITH_LANGUAGE;
    }
    if (group >= 4 && group <= 7) {
      return switch ((dcs >> 2) & 3) {
        case 1 -> Coding.EIGHT_BIT;
        case 2 -> Coding.UCS2;
        default -> Coding.GSM7;
      };
    }
    if (group == 0xf) {
      return (dcs & 0x04) != 0 ? Coding.EIGHT_BIT : Coding.GSM7;
    }
    return Coding.GSM7;
  }

  /** The text of {@code string} under data coding scheme {@code dcs} (one octet). */
  public static String decode(int dcs, Octets string) throws MalformedMessageException {
    byte[] b = string.toByteArray();
    switch (coding(dcs)) {
      case UCS2:
        return new String(b, 0, b.length & ~1, StandardCharsets.UTF_16BE);
      case UCS2_WITH_LANGUAGE:
        if (b.length < 2) {
          throw new MalformedMessageException(
              "UCS2 USSD string without its language", 0, "TS 23.038 §5");
        }
        return new String(b, 2, (b.length - 2) & ~1, StandardCharsets.UTF_16BE);
      case EIGHT_BIT:
        return new String(b, StandardCharsets.ISO_8859_1);
      default:
        int septets = b.length * 8 / 7;
        byte[] s = Septets.unpack(b, 0, septets);
        if (septets > 0 && septets % 8 == 0 && s[septets - 1] == 0x0d) {
          septets--; // CR padding of seven spare bits
        }
        return GsmAlphabet.fromSeptets(s, 0, septets);
    }
  }

  /** Encodes {@code text} in GSM 7-bit (DCS 0x0F) with CR padding where needed. */
  public static Octets encodeGsm7(String text) {
    byte[] septets = GsmAlphabet.toSeptets(text);
    if (septets.length % 8 == 7) {
      byte[] padded = new byte[septets.length + 1];
      System.arraycopy(septets, 0, padded, 0, septets.length);
      padded[septets.length] = 0x0d;
      septets = padded;
    }
    return Octets.wrap(Septets.pack(septets));
  }

  /** Encodes {@code text} in UCS2 (DCS 0x48). */
  public static Octets encodeUcs2(String text) {
    return Octets.wrap(text.getBytes(StandardCharsets.UTF_16BE));
  }
}
