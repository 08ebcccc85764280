package org.ss7sim.map.sms;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * A TP address field: TP-OA, TP-DA, TP-RA (TS 23.040 §9.1.2.5).
 *
 * <pre>
 *   octet 1   address length: useful semi-octets of the address value
 *   octet 2   1 | type of number (3 bits) | numbering plan identification (4 bits)
 *   octet 3.. address value: semi-octets, first digit in the low nibble, odd count filled with 1111;
 *             for TON alphanumeric, GSM 7-bit packed characters (TS 23.038)
 * </pre>
 *
 * <p>{@code semiOctets} is kept as received: senders disagree on the length of alphanumeric
 * addresses (some count the used semi-octets, some twice the octets), and re-encoding must not
 * change it. The factories compute the TS 23.040 value.
 *
 * @param numberingPlan the 4-bit numbering plan identification (1 = ISDN/E.164, 0 = unknown)
 * @param value digits ({@code 0-9 * # a b c}) or, for {@link TypeOfNumber#ALPHANUMERIC}, the text
 */
public record TpAddress(
    TypeOfNumber typeOfNumber, int numberingPlan, String value, int semiOctets) {
  /** Longest address value: 10 octets (TS 23.040 §9.1.2.5). */
  public static final int MAX_VALUE_OCTETS = 10;

  private static final String DIGITS = "0123456789*#abc";

  public TpAddress {
    if (numberingPlan < 0 || numberingPlan > 15) {
      throw new IllegalArgumentException("numbering plan out of range: " + numberingPlan);
    }
    if (semiOctets < 0 || (semiOctets + 1) / 2 > MAX_VALUE_OCTETS) {
      throw new IllegalArgumentException("address too long: " + semiOctets + " semi-octets");
    }
  }

  /** An international E.164 number. */
  public static TpAddress international(String digits) {
    return of(TypeOfNumber.INTERNATIONAL, 1, digits);
  }

  /** An alphanumeric sender id, coded in the GSM 7-bit alphabet. */
  public static TpAddress alphanumeric(String text) {
    int septets = GsmAlphabet.septetCount(text);
    return new TpAddress(TypeOfNumber.ALPHANUMERIC, 0, text, (septets * 7 + 3) / 4);
  }

  /** Any type of number with the length TS 23.040 prescribes. */
  public static TpAddress of(TypeOfNumber ton, int numberingPlan, String value) {
    if (ton == TypeOfNumber.ALPHANUMERIC) {
      TpAddress a = alphanumeric(value);
      return new TpAddress(ton, numberingPlan, value, a.semiOctets());
    }
    for (int i = 0; i < value.length(); i++) {
      if (DIGITS.indexOf(value.charAt(i)) < 0) {
        throw new IllegalArgumentException("not a TP address digit: '" + value.charAt(i) + "'");
      }
    }
    return new TpAddress(ton, numberingPlan, value, value.length());
  }

  public boolean isAlphanumeric() {
    return typeOfNumber == TypeOfNumber.ALPHANUMERIC;
  }

  /** Octets the whole field takes on the wire. */
  public int encodedLength() {
    return 2 + (semiOctets + 1) / 2;
  }

  public static TpAddress decode(WireReader in) throws MalformedMessageException {
    int start = in.offset();
    int semi = in.readU8();
    int toa = in.readU8();
    int octets = (semi + 1) / 2;
    if (octets > MAX_VALUE_OCTETS) {
      throw new MalformedMessageException(
          "address length " + semi + " semi-octets exceeds 20", start, "TS 23.040 §9.1.2.5");
    }
    byte[] raw = in.readOctets(octets).toByteArray();
    TypeOfNumber ton = TypeOfNumber.of(toa >> 4);
    int npi = toa & 0x0f;
    if (ton == TypeOfNumber.ALPHANUMERIC) {
      int septets = semi * 4 / 7;
      if (septets > 0
          && semi % 2 == 0
          && Septets.octetLength(septets - 1) * 2 == semi
          && Septets.unpack(raw, septets - 1, 1)[0] == 0) {
        septets--; // the last "septet" is only the fill of the final octet
      }
      String text = GsmAlphabet.fromSeptets(Septets.unpack(raw, 0, septets), 0, septets);
      return new TpAddress(ton, npi, text, semi);
    }
    StringBuilder sb = new StringBuilder(semi);
    for (int i = 0; i < semi; i++) {
      int b = raw[i / 2] & 0xff;
      int nibble = (i % 2 == 0) ? b & 0x0f : b >> 4;
      if (nibble == 0x0f) {
        throw new MalformedMessageException(
            "filler inside address digits", start + 2 + i / 2, "TS 23.040 §9.1.2.3");
      }
      sb.append(DIGITS.charAt(nibble));
    }
    return new TpAddress(ton, npi, sb.toString(), semi);
  }

  public static void encode(TpAddress a, WireWriter out) {
    out.writeU8(a.semiOctets);
    out.writeU8(0x80 | a.typeOfNumber.code() << 4 | a.numberingPlan);
    int octets = (a.semiOctets + 1) / 2;
    byte[] raw = new byte[octets];
    if (a.isAlphanumeric()) {
      byte[] packed = Septets.pack(GsmAlphabet.toSeptets(a.value));
      System.arraycopy(packed, 0, raw, 0, Math.min(packed.length, octets));
    } else {
      java.util.Arrays.fill(raw, (byte) 0xff);
      for (int i = 0; i < a.value.length() && i < 2 * octets; i++) {
        int d = DIGITS.indexOf(a.value.charAt(i));
        raw[i / 2] = (byte) (i % 2 == 0 ? (raw[i / 2] & 0xf0) | d : (raw[i / 2] & 0x0f) | d << 4);
      }
    }
    out.writeBytes(raw, 0, octets);
  }
}
