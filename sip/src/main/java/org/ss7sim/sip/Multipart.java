package org.ss7sim.sip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ss7sim.wire.Octets;

/**
 * The {@code multipart/mixed} bodies of SIP-I (ITU-T Q.1912.5 profile A): the SDP beside the
 * encapsulated ISUP message (RFC 3204: {@code application/ISUP}, binary, beginning with the message
 * type code, without routing label and CIC). Parts as RFC 2046 §5.1.1 delimits them; only the
 * headers SIP-I uses (Content-Type, Content-Disposition) are read. Pure; limits: {@link #MAX_PARTS}
 * parts, bodies of at most {@link Sdp#MAX_SIZE} + 4096 octets.
 */
public final class Multipart {
  /** The media type of the ISUP part (RFC 3204 §3, ITU-T 1992 and later ISUP). */
  public static final String ISUP_TYPE = "application/ISUP;version=itu-t92+";

  /** Most parts read from one body. */
  public static final int MAX_PARTS = 8;

  /** The boundary of the bodies the gateway writes. */
  public static final String BOUNDARY = "ss7sim-sip-i";

  private Multipart() {}

  /**
   * One body part.
   *
   * @param contentType its Content-Type value, lower case, without parameters ({@code
   *     application/sdp}), {@code text/plain} when absent (RFC 2046 §5.1)
   * @param content its octets
   */
  public record Part(String contentType, Octets content) {}

  /** The body of an INVITE with {@code sdp} and the ISUP message {@code isup}. */
  public static byte[] sdpAndIsup(String sdp, Octets isup) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(sdp.length() + isup.length() + 256);
    // the CR LF before each delimiter belongs to the delimiter (RFC 2046 §5.1.1), not the part
    write(out, "--" + BOUNDARY + "\r\nContent-Type: application/sdp\r\n\r\n" + sdp);
    write(
        out,
        "\r\n--"
            + BOUNDARY
            + "\r\nContent-Type: "
            + ISUP_TYPE
            + "\r\nContent-Disposition: signal;handling=optional\r\n\r\n");
    out.writeBytes(isup.toByteArray());
    write(out, "\r\n--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * The parts of {@code body} delimited by {@code boundary}, or empty when the body is not a
   * well-formed multipart body (no delimiter, no closing delimiter, too many parts, a part without
   * the blank line after its headers).
   */
  public static Optional<List<Part>> parse(byte[] body, String boundary) {
    if (boundary.isEmpty() || boundary.length() > 70 || body.length > Sdp.MAX_SIZE + 4096) {
      return Optional.empty();
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0 || (at > 0 && !precededByLineBreak(body, at))) {
      return Optional.empty();
    }
    List<Part> parts = new ArrayList<>();
    while (true) {
      int afterDelimiter = at + delimiter.length;
      if (startsWith(body, afterDelimiter, "--")) {
        return Optional.of(List.copyOf(parts)); // the close delimiter
      }
      int headersStart =
          indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), afterDelimiter);
      if (headersStart < 0) {
        return Optional.empty();
      }
      headersStart += 2;
      int next = nextDelimiter(body, delimiter, headersStart);
      if (next < 0 || parts.size() == MAX_PARTS) {
        return Optional.empty();
      }
      int contentEnd = next - 2; // the CRLF before the delimiter belongs to it
      int blank = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart - 2);
      if (blank < 0 || blank + 4 > contentEnd + 2) {
        return Optional.empty();
      }
      String headers =
          new String(
              body, headersStart, Math.max(0, blank - headersStart), StandardCharsets.ISO_8859_1);
      int contentStart = blank + 4;
      parts.add(
          new Part(
              contentType(headers),
              Octets.copyOf(body, contentStart, Math.max(0, contentEnd - contentStart))));
      at = next;
    }
  }

  /** The first part of {@code type} ({@code application/sdp}, {@code application/isup}). */
  public static Optional<Octets> part(List<Part> parts, String type) {
    return parts.stream()
        .filter(p -> p.contentType().equals(type.toLowerCase(Locale.ROOT)))
        .map(Part::content)
        .findFirst();
  }

  private static String contentType(String headers) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-type")) {
        String v = line.substring(colon + 1).trim();
        int semi = v.indexOf(';');
        return (semi < 0 ? v : v.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
      }
    }
    return "text/plain";
  }

  private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
    int i = from;
    while (true) {
      int at = indexOf(body, delimiter, i);
      if (at < 0) {
        return -1;
      }
      if (precededByLineBreak(body, at)) {
        return at;
      }
      i = at + 1;
    }
  }

  private static boolean precededByLineBreak(byte[] b, int at) {
    return at >= 2 && b[at - 2] == '\r' && b[at - 1] == '\n';
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at + s.length() > b.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i + needle.length <= b.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
