package org.ss7sim.simulator.node.smsc;

import java.nio.charset.StandardCharsets;
import org.ss7sim.map.sms.DataCodingScheme;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.wire.Octets;

/** SMPP short_message bytes as text and the GSM alphabet they travel in (SMPP 3.4 §5.2.19). */
final class Text {
  private Text() {}

  static String decode(int dataCoding, Octets payload) {
    byte[] b = payload.toByteArray();
    if (dataCoding == DataCoding.UCS2.value()) {
      return new String(b, StandardCharsets.UTF_16BE);
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** Whether {@code s} is 1 to 20 decimal digits (an address that is a number), without a regex. */
  static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 20) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static DataCodingScheme.Alphabet alphabet(int dataCoding) {
    if (dataCoding == DataCoding.UCS2.value()) {
      return DataCodingScheme.Alphabet.UCS2;
    }
    if (dataCoding == DataCoding.OCTET_UNSPECIFIED.value()
        || dataCoding == DataCoding.OCTET_UNSPECIFIED_2.value()) {
      return DataCodingScheme.Alphabet.EIGHT_BIT;
    }
    return DataCodingScheme.Alphabet.GSM7;
  }
}
