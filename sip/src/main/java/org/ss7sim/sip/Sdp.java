package org.ss7sim.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's session descriptions (RFC 4566, offer/answer of RFC 3264). The gateway carries no
 * media: it answers any acceptable audio offer with one fixed, valid description choosing G.711
 * (PCMU, payload type 0, or PCMA, 8) and offers both when it sends an INVITE. The port is a fixed
 * placeholder; nothing listens on it.
 */
public final class Sdp {
  /** Largest SDP body accepted, in octets; longer offers are not acceptable (488). */
  public static final int MAX_SIZE = 8192;

  /** Most lines accepted in one SDP body. */
  public static final int MAX_LINES = 128;

  /** The placeholder RTP port of the gateway's descriptions. */
  public static final int MEDIA_PORT = 40000;

  private Sdp() {}

  /** Why an offer cannot be answered, or the payload type chosen. */
  public sealed interface Check {}

  /** The offer is acceptable: answer with {@code payloadType}. */
  public record Acceptable(int payloadType) implements Check {}

  /** The offer is not acceptable (RFC 3261 §21.4.26: 488), with the reason. */
  public record NotAcceptable(String reason) implements Check {}

  /**
   * Checks an offer: well-formed lines ({@code x=value}, RFC 4566 §5), {@code v=0} first, {@code
   * o=}, {@code s=}, {@code t=} present, a connection address for the audio stream, and an audio
   * {@code m=} line with a port other than 0 and PCMU or PCMA among its formats.
   */
  public static Check check(byte[] body) {
    if (body.length > MAX_SIZE) {
      return new NotAcceptable("SDP longer than " + MAX_SIZE + " octets");
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String[] lines = text.split("\r?\n", -1);
    List<String> present = new ArrayList<>();
    if (lines.length > MAX_LINES + 1) {
      return new NotAcceptable("SDP with more than " + MAX_LINES + " lines");
    }
    boolean sessionConnection = false;
    boolean audioConnection = false;
    boolean inAudio = false;
    int chosen = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        if (i == lines.length - 1) {
          continue;
        }
        return new NotAcceptable("empty SDP line " + (i + 1));
      }
      if (line.length() < 2 || line.charAt(1) != '=' || !Character.isLetter(line.charAt(0))) {
        return new NotAcceptable("SDP line " + (i + 1) + " is not type=value");
      }
      String type = line.substring(0, 1);
      String value = line.substring(2);
      if (i == 0 && !line.equals("v=0")) {
        return new NotAcceptable("SDP does not start with v=0");
      }
      present.add(type);
      switch (type) {
        case "m" -> {
          String[] f = value.split(" ");
          inAudio = false;
          if (f.length >= 4 && f[0].equals("audio") && f[2].startsWith("RTP/")) {
            int port;
            try {
              port = Integer.parseInt(f[1].split("/")[0]);
            } catch (NumberFormatException e) {
              return new NotAcceptable("bad port in m= line");
            }
            if (port > 0 && port <= 65535 && chosen < 0) {
              for (int k = 3; k < f.length && chosen < 0; k++) {
                if (f[k].equals("0") || f[k].equals("8")) {
                  chosen = Integer.parseInt(f[k]);
                  inAudio = true;
                }
              }
            }
          }
        }
        case "c" -> {
          if (!value.startsWith("IN IP4 ") && !value.startsWith("IN IP6 ")) {
            return new NotAcceptable("bad c= line");
          }
          if (present.contains("m")) {
            audioConnection |= inAudio;
          } else {
            sessionConnection = true;
          }
        }
        default -> {}
      }
    }
    for (String required : List.of("v", "o", "s", "t", "m")) {
      if (!present.contains(required)) {
        return new NotAcceptable("SDP without " + required + "= line");
      }
    }
    if (chosen < 0) {
      return new NotAcceptable("no audio stream with PCMU or PCMA");
    }
    if (!sessionConnection && !audioConnection) {
      return new NotAcceptable("no connection address for the audio stream");
    }
    return new Acceptable(chosen);
  }

  /** The answer to an acceptable offer: one audio stream with the chosen payload type. */
  public static String answer(String address, long sessionId, int payloadType) {
    return description(address, sessionId, List.of(payloadType));
  }

  /** The gateway's own offer (an INVITE we send, or 200 OK to an INVITE without SDP). */
  public static String offer(String address, long sessionId) {
    return description(address, sessionId, List.of(0, 8));
  }

  private static String description(String address, long sessionId, List<Integer> payloadTypes) {
    String ipVersion = address.contains(":") ? "IP6" : "IP4";
    StringBuilder sb = new StringBuilder(256);
    sb.append("v=0\r\n");
    sb.append("o=ss7sim ")
        .append(sessionId)
        .append(" 1 IN ")
        .append(ipVersion)
        .append(' ')
        .append(address)
        .append("\r\n");
    sb.append("s=ss7sim\r\n");
    sb.append("c=IN ").append(ipVersion).append(' ').append(address).append("\r\n");
    sb.append("t=0 0\r\n");
    sb.append("m=audio ").append(MEDIA_PORT).append(" RTP/AVP");
    for (int pt : payloadTypes) {
      sb.append(' ').append(pt);
    }
    sb.append("\r\n");
    for (int pt : payloadTypes) {
      sb.append("a=rtpmap:")
          .append(pt)
          .append(pt == 0 ? " PCMU/8000" : " PCMA/8000")
          .append("\r\n");
    }
    sb.append("a=sendrecv\r\n");
    return sb.toString();
  }
}
