package org.ss7sim.sip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 400 Bad Request for a request the parser rejected (RFC 3261 §21.4.1), built from its raw
 * text: the Via, From, To, Call-ID and CSeq lines are copied (§8.2.6.2) except the one that could
 * not be parsed (a bad CSeq becomes {@code CSeq: 0 METHOD}), the To gets a tag, and a Warning
 * (§20.43, code 399) says which header was bad. Pure; the gateway sends the result. ACKs and
 * responses are never answered (§17.2.1).
 */
final class BadRequest {
  /** Longest warning text copied from the parse error. */
  static final int MAX_WARNING = 120;

  private static final List<String> COPIED = List.of("via", "from", "to", "call-id", "cseq");

  private BadRequest() {}

  /**
   * The 400 for {@code raw}, or empty when there is nothing to answer: not a request, an ACK, no
   * usable Via (the response could not be routed back, §18.2.2).
   *
   * @param raw the request as received
   * @param badHeader the header line the parser rejected, or empty when unknown
   * @param what the parser's reason
   * @param agent the warn-agent of the Warning header
   */
  static Optional<String> response(String raw, String badHeader, String what, String agent) {
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String[] lines = head.split("\r\n");
    if (lines.length == 0) {
      return Optional.empty();
    }
    String requestLine = lines[0];
    if (requestLine.startsWith("SIP/")
        || requestLine.startsWith("ACK ")
        || !requestLine.contains(" SIP/2.0")) {
      return Optional.empty();
    }
    String bad = badHeader.trim();
    StringBuilder sb = new StringBuilder(512).append("SIP/2.0 400 Bad Request\r\n");
    boolean via = false;
    boolean to = false;
    boolean cseq = false;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon <= 0 || line.startsWith(" ") || line.startsWith("\t")) {
        continue; // continuation lines of copied headers are not needed for a 400
      }
      String name = longName(line.substring(0, colon).trim().toLowerCase(Locale.ROOT));
      if (!COPIED.contains(name)) {
        continue;
      }
      if (!bad.isEmpty() && line.trim().equals(bad)) {
        if (name.equals("cseq")) {
          // a response needs a CSeq (§8.2.6.2): the request's method with sequence number 0
          cseq = true;
          sb.append("CSeq: 0 ").append(requestLine, 0, requestLine.indexOf(' ')).append("\r\n");
        }
        continue;
      }
      cseq |= name.equals("cseq");
      if (name.equals("to")) {
        to = true;
        sb.append(line);
        if (!line.toLowerCase(Locale.ROOT).contains(";tag=")) {
          sb.append(";tag=badreq");
        }
        sb.append("\r\n");
        continue;
      }
      via |= name.equals("via");
      sb.append(line).append("\r\n");
    }
    if (!via || !to || !cseq) {
      return Optional.empty();
    }
    sb.append("Warning: 399 ").append(agent).append(" \"").append(quoted(what)).append("\"\r\n");
    sb.append("Content-Length: 0\r\n\r\n");
    return Optional.of(sb.toString());
  }

  private static String longName(String name) {
    return switch (name) {
      case "v" -> "via";
      case "f" -> "from";
      case "t" -> "to";
      case "i" -> "call-id";
      default -> name;
    };
  }

  /** The reason as quoted-string content: printable, no quotes or backslashes, bounded. */
  private static String quoted(String what) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < what.length() && sb.length() < MAX_WARNING; i++) {
      char c = what.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : ' ');
    }
    return sb.toString().trim();
  }
}
