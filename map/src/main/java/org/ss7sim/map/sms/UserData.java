package org.ss7sim.map.sms;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * TP-User-Data-Length and TP-User-Data (TS 23.040 §9.2.3.16, §9.2.3.24), kept exactly as on the
 * wire. The length counts septets for the GSM 7-bit alphabet and octets otherwise; with a header
 * (TP-UDHI set) the 7-bit length includes the header's septets and the fill bits (§9.2.3.24).
 * {@link #header}, {@link #text} interpret it; {@link #of} builds it.
 *
 * @param length TP-UDL as on the wire
 * @param octets the TP-UD octets
 */
public record UserData(int length, Octets octets) {
  public static final UserData EMPTY = new UserData(0, Octets.EMPTY);

  /** Most octets TP-UD can take (TS 23.040 §9.2.3.24). */
  public static final int MAX_OCTETS = 140;

  public UserData {
    if (length < 0 || length > 255 || octets.length() > MAX_OCTETS) {
      throw new IllegalArgumentException(
          "user data too long: UDL " + length + ", " + octets.length() + " octets");
    }
  }

  /** Octets of TP-UD that a TP-UDL value means for this DCS. */
  public static int octetCount(int udl, DataCodingScheme dcs) {
    return dcs.alphabet() == DataCodingScheme.Alphabet.GSM7 && !dcs.compressed()
        ? Septets.octetLength(udl)
        : udl;
  }

  /** Reads TP-UDL and TP-UD. */
  public static UserData decode(WireReader in, DataCodingScheme dcs)
      throws MalformedMessageException {
    int at = in.offset();
    int udl = in.readU8();
    int n = octetCount(udl, dcs);
    if (n > MAX_OCTETS) {
      throw new MalformedMessageException(
          "TP-UDL " + udl + " exceeds 140 octets", at, "TS 23.040 §9.2.3.16");
    }
    if (in.remaining() < n) {
      throw new MalformedMessageException(
          "TP-UDL " + udl + " needs " + n + " octets, " + in.remaining() + " left",
          at,
          "TS 23.040 §9.2.3.16");
    }
    return new UserData(udl, in.readOctets(n));
  }

  public static void encode(UserData ud, WireWriter out) {
    out.writeU8(ud.length).writeOctets(ud.octets);
  }

  /** The header, when TP-UDHI says there is one. */
  public Optional<UserDataHeader> header(boolean udhi) throws MalformedMessageException {
    if (!udhi) {
      return Optional.empty();
    }
    if (octets.isEmpty()) {
      throw new MalformedMessageException("TP-UDHI set but no user data", 0, "TS 23.040 §9.2.3.23");
    }
    return Optional.of(UserDataHeader.decode(octets.reader()));
  }

  /** Decodes the text (GSM 7-bit, UCS2) or, for 8-bit data, maps octets to ISO 8859-1. */
  public String text(DataCodingScheme dcs, boolean udhi) throws MalformedMessageException {
    int headerOctets = 0;
    if (udhi) {
      if (octets.isEmpty()) {
        throw new MalformedMessageException(
            "TP-UDHI set but no user data", 0, "TS 23.040 §9.2.3.23");
      }
      headerOctets = octets.get(0) + 1;
      if (headerOctets > octets.length()) {
        throw new MalformedMessageException(
            "UDHL " + (headerOctets - 1) + " beyond user data", 0, "TS 23.040 §9.2.3.24");
      }
    }
    if (dcs.compressed()) {
      throw new MalformedMessageException("compressed user data is not supported", 0, "TS 23.042");
    }
    byte[] b = octets.toByteArray();
    switch (dcs.alphabet()) {
      case GSM7:
        {
          int skip = Septets.septetsForOctets(headerOctets);
          int count = length - skip;
          if (count < 0) {
            throw new MalformedMessageException(
                "TP-UDL shorter than the header", 0, "TS 23.040 §9.2.3.24");
          }
          if (Septets.octetLength(length) > b.length) {
            throw new MalformedMessageException(
                "TP-UDL "
                    + length
                    + " septets needs "
                    + Septets.octetLength(length)
                    + " octets, "
                    + b.length
                    + " given",
                0,
                "TS 23.040 §9.2.3.16");
          }
          byte[] s = Septets.unpack(b, skip, count);
          return GsmAlphabet.fromSeptets(s, 0, count);
        }
      case UCS2:
        {
          int n = b.length - headerOctets;
          if (n % 2 != 0) {
            n--; // an odd trailing octet is not a character
          }
          return new String(b, headerOctets, n, StandardCharsets.UTF_16BE);
        }
      default:
        return new String(b, headerOctets, b.length - headerOctets, StandardCharsets.ISO_8859_1);
    }
  }

  /** The payload after the header (raw octets; for 7-bit still packed). */
  public Octets payload(boolean udhi) {
    if (!udhi || octets.isEmpty()) {
      return octets;
    }
    return octets.slice(Math.min(octets.get(0) + 1, octets.length()));
  }

  /** Builds the user data of {@code text} in {@code alphabet}, with an optional header. */
  public static UserData of(
      String text, DataCodingScheme.Alphabet alphabet, UserDataHeader header) {
    int headerOctets = header == null ? 0 : header.encodedLength();
    switch (alphabet) {
      case GSM7:
        {
          byte[] septets = GsmAlphabet.toSeptets(text);
          int start = Septets.septetsForOctets(headerOctets);
          int udl = start + septets.length;
          byte[] out = new byte[Septets.octetLength(udl)];
          if (header != null) {
            header.toOctets().copyTo(out, 0);
          }
          Septets.pack(septets, out, start);
          return new UserData(udl, Octets.wrap(out));
        }
      case UCS2:
        return ofBytes(text.getBytes(StandardCharsets.UTF_16BE), header);
      default:
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) > 0xff) {
            throw new IllegalArgumentException(
                "character U+"
                    + Integer.toHexString(text.charAt(i))
                    + " at "
                    + i
                    + " does not fit 8-bit data");
          }
        }
        return ofBytes(text.getBytes(StandardCharsets.ISO_8859_1), header);
    }
  }

  /** Builds 8-bit (or already encoded UCS2) user data with an optional header. */
  public static UserData ofBytes(byte[] data, UserDataHeader header) {
    Octets h = header == null ? Octets.EMPTY : header.toOctets();
    Octets all = h.concat(Octets.wrap(data.clone()));
    return new UserData(all.length(), all);
  }
}
