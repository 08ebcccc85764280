package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ss7sim.wire.Octets;

/**
 * SIP messages in a capture (RFC 3261 §7): the gateway's SIP side over UDP or TCP beside the M3UA
 * frames. A line names the request (method and Request-URI) or the response (status, reason and the
 * CSeq method) with the Call-ID; the JSON gives the start line, every header in wire order (compact
 * names as written) and the body (its type, length and, for text types such as SDP, the text). A
 * message without the empty line ending its headers, or with a start line that is neither a request
 * nor a status line, is shown with {@code error}.
 */
final class SipLayer {
  /** Headers and bodies beyond this many octets are not copied into the JSON. */
  static final int MAX_TEXT = 8192;

  private SipLayer() {}

  /** A request line starting with an upper-case method and a space, or a status line. */
  static boolean looksLikeSip(Octets payload) {
    int n = Math.min(payload.length(), 17);
    if (n >= 8 && startsWith(payload, "SIP/2.0 ")) {
      return true;
    }
    int i = 0;
    while (i < n && payload.get(i) >= 'A' && payload.get(i) <= 'Z') {
      i++;
    }
    return i >= 3 && i < n && payload.get(i) == ' ';
  }

  private static boolean startsWith(Octets p, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (p.get(i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Decodes one SIP message into {@code root} (key {@code sip}); returns the line's text. */
  static String decode(Octets payload, ObjectNode root) {
    byte[] bytes = payload.toByteArray();
    int end = headerEnd(bytes);
    ObjectNode o = root.putObject("sip");
    if (end < 0) {
      root.put("error", "sip: no empty line after the headers (RFC 3261 §7)");
      return "SIP malformed: no empty line after the headers";
    }
    String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\r\n", -1);
    String start = lines[0];
    String text;
    if (start.startsWith("SIP/2.0 ")) {
      String[] parts = start.split(" ", 3);
      int status;
      try {
        status = Integer.parseInt(parts[1]);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        root.put("error", "sip: status line without a status code: " + abbreviate(start));
        return "SIP malformed: status line " + abbreviate(start);
      }
      o.put("status", status);
      o.put("reason", parts.length > 2 ? parts[2] : "");
      text = "SIP " + status + (parts.length > 2 ? " " + parts[2] : "");
    } else {
      String[] parts = start.split(" ");
      if (parts.length != 3 || !parts[2].equals("SIP/2.0")) {
        root.put("error", "sip: neither a request line nor a status line: " + abbreviate(start));
        return "SIP malformed: start line " + abbreviate(start);
      }
      o.put("method", parts[0]);
      o.put("uri", parts[1]);
      text = "SIP " + parts[0] + " " + parts[1];
    }
    ArrayNode headers = o.putArray("headers");
    String callId = "";
    String cseq = "";
    String contentType = "";
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      ObjectNode h = headers.addObject();
      h.put("name", name);
      h.put("value", abbreviate(value));
      switch (name.toLowerCase(Locale.ROOT)) {
        case "call-id", "i" -> callId = value;
        case "cseq" -> cseq = value;
        case "content-type", "c" -> contentType = value;
        default -> {}
      }
    }
    if (!cseq.isEmpty()) {
      o.put("cseq", cseq);
      if (o.has("status")) {
        String[] c = cseq.split("\\s+");
        text += " (" + c[c.length - 1] + ")";
      }
    }
    if (!callId.isEmpty()) {
      o.put("call_id", callId);
      text += " call-id=" + callId;
    }
    int bodyLength = bytes.length - end - 4;
    if (bodyLength > 0) {
      ObjectNode b = o.putObject("body");
      b.put("type", contentType);
      b.put("length", bodyLength);
      if (contentType.startsWith("application/sdp") || contentType.startsWith("text/")) {
        b.put("text", abbreviate(new String(bytes, end + 4, bodyLength, StandardCharsets.UTF_8)));
      }
      text += " +" + (contentType.isEmpty() ? "body" : contentType);
    }
    return text;
  }

  /** The offset of the CRLF CRLF ending the header section, or -1. */
  private static int headerEnd(byte[] b) {
    for (int i = 0; i + 3 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String abbreviate(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
  }
}
