package org.ss7sim.wire.pcap;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ss7sim.wire.Octets;

/**
 * Turns the TCP segments of each direction back into a byte stream (by sequence number, RFC 9293
 * §3.4: retransmitted and overlapping octets dropped, segments ahead of a gap held) and cuts it
 * into PDUs by their own length field: SMPP's 4-octet {@code command_length} (SMPP v3.4 §3.2) or
 * the M3UA common header's message length (RFC 4666 §3.1, M3UA over TCP as in DESIGN.md §2), or for
 * SIP over TCP the end of the header section and its Content-Length (RFC 3261 §18.3; CRLF
 * keep-alives between messages, RFC 5626 §3.5.1, dropped). Which a direction carries is decided
 * from its first octets.
 *
 * <p>Bounded: a PDU may not claim more than {@value #MAX_PDU_OCTETS} octets, at most {@value
 * #MAX_AHEAD_OCTETS} octets wait behind a gap per direction, and at most {@value #MAX_DIRECTIONS}
 * directions are followed. What is given up is reported with its frames.
 */
final class TcpReassembly {
  static final int MAX_PDU_OCTETS = 128 * 1024;
  static final int MAX_AHEAD_OCTETS = 256 * 1024;
  static final int MAX_DIRECTIONS = 1024;
  private static final long SEQ_MASK = 0xffffffffL;

  /** How PDUs are delimited in a direction. */
  enum Framing {
    M3UA(4, 8),
    SMPP(0, 16),
    /** No length field: see {@link TcpReassembly#sipLength}. */
    SIP(-1, 0);

    final int lengthOffset;
    final int minimumLength;

    Framing(int lengthOffset, int minimumLength) {
      this.lengthOffset = lengthOffset;
      this.minimumLength = minimumLength;
    }
  }

  private record Ahead(int frame, Octets payload) {}

  private static final class Direction {
    long next = -1;
    byte[] buf = new byte[4096];
    int length;

    /** {frame, end offset in buf} for every frame whose octets are in buf. */
    final List<int[]> frameEnds = new ArrayList<>();

    final TreeMap<Long, Ahead> ahead = new TreeMap<>();
    int aheadOctets;
    Framing framing;

    void append(int frame, Octets data) {
      if (data.isEmpty()) {
        return;
      }
      if (length + data.length() > buf.length) {
        byte[] bigger = new byte[Math.max(buf.length * 2, length + data.length())];
        System.arraycopy(buf, 0, bigger, 0, length);
        buf = bigger;
      }
      data.copyTo(buf, length);
      length += data.length();
      next = (next + data.length()) & SEQ_MASK;
      int[] last = frameEnds.isEmpty() ? null : frameEnds.get(frameEnds.size() - 1);
      if (last != null && last[0] == frame) {
        last[1] = length;
      } else {
        frameEnds.add(new int[] {frame, length});
      }
    }

    /** Removes the first {@code n} octets; returns them and the frames they came from. */
    Octets take(int n, List<Integer> frames) {
      Octets out = Octets.copyOf(buf, 0, n);
      Iterator<int[]> it = frameEnds.iterator();
      int start = 0;
      while (it.hasNext()) {
        int[] fe = it.next();
        if (start < n) {
          frames.add(fe[0]);
        }
        start = fe[1];
        if (fe[1] <= n) {
          it.remove();
        } else {
          fe[1] -= n;
        }
      }
      System.arraycopy(buf, n, buf, 0, length - n);
      length -= n;
      if (buf.length > 65536 && length < 4096) {
        byte[] smaller = new byte[4096];
        System.arraycopy(buf, 0, smaller, 0, length);
        buf = smaller;
      }
      return out;
    }

    long u32(int at) {
      return (buf[at] & 0xffL) << 24
          | (buf[at + 1] & 0xffL) << 16
          | (buf[at + 2] & 0xffL) << 8
          | (buf[at + 3] & 0xffL);
    }
  }

  private final LinkedHashMap<String, Direction> directions = new LinkedHashMap<>(16, 0.75f, true);

  /** Adds one segment; returns what it led to (at least one event). */
  List<CaptureEvent> add(int frame, long micros, FrameContent.Tcp s) {
    List<CaptureEvent> out = new ArrayList<>();
    String key = s.source() + " > " + s.destination();
    Direction d = directions.get(key);
    if (d == null) {
      d = new Direction();
      directions.put(key, d);
      evictBeyondLimit(frame, out);
    }
    Octets payload = s.payload();
    if (s.has(FrameContent.Tcp.SYN)) {
      if (d.length > 0 || !d.ahead.isEmpty()) {
        out.add(drop(frame, key, d, "TCP stream restarted (SYN)"));
      }
      d.next = (s.sequence() + 1) & SEQ_MASK;
      d.framing = null;
    }
    if (payload.isEmpty()) {
      if ((s.has(FrameContent.Tcp.FIN) || s.has(FrameContent.Tcp.RST))
          && (d.length > 0 || !d.ahead.isEmpty())) {
        out.add(drop(frame, key, d, "TCP connection closed with a PDU incomplete"));
      }
      out.add(
          new CaptureEvent.Skipped(
              frame, micros, "TCP without payload", "TCP " + flagNames(s.flags()) + " no payload"));
      if (s.has(FrameContent.Tcp.FIN) || s.has(FrameContent.Tcp.RST)) {
        directions.remove(key);
      }
      return out;
    }
    if (d.next < 0) {
      d.next = s.sequence(); // the capture starts mid-stream
    }
    int diff = (int) (s.sequence() - d.next); // serial number arithmetic, RFC 1982
    if (diff > 0) {
      if (!d.ahead.containsKey(s.sequence())) {
        d.ahead.put(s.sequence(), new Ahead(frame, payload));
        d.aheadOctets += payload.length();
      }
      if (d.aheadOctets <= MAX_AHEAD_OCTETS) {
        out.add(
            new CaptureEvent.Held(
                frame,
                micros,
                "TCP segment seq "
                    + s.sequence()
                    + " is "
                    + diff
                    + " octets ahead of the stream (lost or out of order), held"));
        return out;
      }
      // The gap is not going to be filled: give up what waits before it and go on after it.
      long resume = d.ahead.firstKey();
      int gap = (int) (resume - d.next);
      List<Integer> frames = new ArrayList<>();
      int octets = d.length;
      d.take(d.length, frames);
      out.add(
          new CaptureEvent.Dropped(
              frame,
              frames,
              "TCP gap",
              key
                  + ": "
                  + gap
                  + " octets before seq "
                  + resume
                  + " never captured; "
                  + octets
                  + " octets before the gap"
                  + (frames.isEmpty() ? "" : " from frames " + frames)
                  + " dropped, framing resynchronised"));
      d.next = resume;
      d.framing = null;
    } else if (diff + payload.length() <= 0) {
      out.add(
          new CaptureEvent.Skipped(
              frame,
              micros,
              "TCP retransmission",
              "TCP retransmission of seq " + s.sequence() + ", " + payload.length() + " octets"));
      return out;
    } else {
      d.append(frame, payload.slice(-diff));
    }
    drainAhead(d);
    int before = out.size();
    cut(frame, micros, s, key, d, out);
    if (out.size() == before) {
      out.add(
          new CaptureEvent.Held(
              frame,
              micros,
              (d.framing == null ? "TCP payload" : "part of an " + d.framing + " PDU")
                  + ", "
                  + d.length
                  + " octets so far, held for reassembly"));
    }
    return out;
  }

  /** At the end of the capture: every direction with octets left over. */
  List<CaptureEvent> finish(int lastFrame) {
    List<CaptureEvent> out = new ArrayList<>();
    for (Map.Entry<String, Direction> e : directions.entrySet()) {
      Direction d = e.getValue();
      if (d.length > 0 || !d.ahead.isEmpty()) {
        out.add(
            drop(
                lastFrame,
                e.getKey(),
                d,
                "capture ended with " + (d.length + d.aheadOctets) + " octets of a PDU"));
      }
    }
    directions.clear();
    return out;
  }

  private static void drainAhead(Direction d) {
    while (!d.ahead.isEmpty()) {
      Map.Entry<Long, Ahead> e = d.ahead.firstEntry();
      int diff = (int) (e.getKey() - d.next);
      if (diff > 0) {
        return;
      }
      d.ahead.remove(e.getKey());
      d.aheadOctets -= e.getValue().payload().length();
      if (diff + e.getValue().payload().length() > 0) {
        d.append(e.getValue().frame(), e.getValue().payload().slice(-diff));
      }
    }
  }

  private void cut(
      int frame, long micros, FrameContent.Tcp s, String key, Direction d, List<CaptureEvent> out) {
    while (d.length >= 8) {
      if (d.framing == null) {
        d.framing = detect(d);
        if (d.framing == null) {
          List<Integer> frames = new ArrayList<>();
          int n = d.length;
          d.take(n, frames);
          out.add(
              new CaptureEvent.Skipped(
                  frame,
                  micros,
                  "TCP payload not SMPP or M3UA",
                  n
                      + " octets of TCP payload that start neither an SMPP nor an M3UA PDU nor a SIP message"));
          return;
        }
      }
      if (d.framing == Framing.SIP) {
        while (d.length >= 2 && d.buf[0] == '\r' && d.buf[1] == '\n') {
          d.take(2, new ArrayList<>()); // keep-alive
        }
        if (d.length < 8) {
          return;
        }
      }
      long length = d.framing == Framing.SIP ? sipLength(d) : d.u32(d.framing.lengthOffset);
      if (length == SIP_HEADER_INCOMPLETE) {
        return;
      }
      if (length < d.framing.minimumLength
          || length > MAX_PDU_OCTETS
          || (d.framing == Framing.M3UA && (d.buf[0] != 1 || d.buf[1] != 0))) {
        out.add(
            drop(
                frame,
                key,
                d,
                d.framing
                    + " PDU length "
                    + length
                    + " is impossible (limit "
                    + MAX_PDU_OCTETS
                    + "); framing lost"));
        d.framing = null;
        return;
      }
      if (d.length < length) {
        return;
      }
      List<Integer> frames = new ArrayList<>();
      Octets pdu = d.take((int) length, frames);
      out.add(
          new CaptureEvent.Message(
              new CapturedMessage(
                  frame, micros, TransportKind.TCP, s.source(), s.destination(), 0, 0, pdu),
              frames));
    }
  }

  private static final long SIP_HEADER_INCOMPLETE = -2;

  /**
   * The length of the SIP message at the start of the stream: through the empty line ending its
   * header section plus its Content-Length (or compact {@code l}) value (RFC 3261 §7.5, §20.14);
   * {@link #SIP_HEADER_INCOMPLETE} while the empty line has not arrived; -1 when the header section
   * is longer than a PDU may be or its Content-Length is not a number.
   */
  static long sipLength(Direction d) {
    int end = -1;
    for (int i = 0; i + 3 < d.length; i++) {
      if (d.buf[i] == '\r'
          && d.buf[i + 1] == '\n'
          && d.buf[i + 2] == '\r'
          && d.buf[i + 3] == '\n') {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return d.length > MAX_PDU_OCTETS ? -1 : SIP_HEADER_INCOMPLETE;
    }
    String head = new String(d.buf, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
    long body = 0;
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("l")) {
        try {
          body = Long.parseLong(line.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return body < 0 ? -1 : end + 4 + body;
  }

  /** A request line starting with a method name, or a status line (RFC 3261 §7.1, §7.2). */
  private static boolean looksLikeSip(Direction d) {
    if (d.buf[0] == 'S' && d.buf[1] == 'I' && d.buf[2] == 'P' && d.buf[3] == '/') {
      return true;
    }
    int i = 0;
    while (i < d.length && i < 16 && d.buf[i] >= 'A' && d.buf[i] <= 'Z') {
      i++;
    }
    return i >= 3 && i < d.length && d.buf[i] == ' ';
  }

  /** M3UA: version 1, spare 0, a known class, a length that is a multiple of 4; else SMPP. */
  private static Framing detect(Direction d) {
    if (looksLikeSip(d)) {
      return Framing.SIP;
    }
    long m3uaLength = d.u32(4);
    if (d.buf[0] == 1 && d.buf[1] == 0 && (d.buf[2] & 0xff) <= 11 && m3uaLength >= 8) {
      if (m3uaLength % 4 == 0) {
        return Framing.M3UA;
      }
    }
    long commandLength = d.u32(0);
    long commandId = d.u32(4);
    if (commandLength >= 16
        && commandLength <= MAX_PDU_OCTETS
        && (commandId & 0x7fffffffL) < 0x200) {
      return Framing.SMPP;
    }
    return null;
  }

  private void evictBeyondLimit(int frame, List<CaptureEvent> out) {
    Iterator<Map.Entry<String, Direction>> it = directions.entrySet().iterator();
    while (directions.size() > MAX_DIRECTIONS && it.hasNext()) {
      Map.Entry<String, Direction> eldest = it.next();
      Direction d = eldest.getValue();
      if (d.length > 0 || !d.ahead.isEmpty()) {
        out.add(
            drop(
                frame,
                eldest.getKey(),
                d,
                "more than " + MAX_DIRECTIONS + " TCP connections followed"));
      }
      it.remove();
    }
  }

  private static CaptureEvent drop(int frame, String key, Direction d, String reason) {
    List<Integer> frames = new ArrayList<>();
    int octets = d.length + d.aheadOctets;
    if (d.length > 0) {
      d.take(d.length, frames);
    }
    for (Ahead a : d.ahead.values()) {
      if (!frames.contains(a.frame())) {
        frames.add(a.frame());
      }
    }
    d.ahead.clear();
    d.aheadOctets = 0;
    return new CaptureEvent.Dropped(
        frame,
        frames,
        "incomplete TCP PDU",
        key + ": " + reason + ": " + octets + " octets from frames " + frames + " dropped");
  }

  private static String flagNames(int flags) {
    StringBuilder sb = new StringBuilder();
    String[] names = {"FIN", "SYN", "RST", "PSH", "ACK"};
    for (int i = 0; i < names.length; i++) {
      if ((flags & (1 << i)) != 0) {
        sb.append(sb.length() == 0 ? "" : ",").append(names[i]);
      }
    }
    return sb.length() == 0 ? "segment" : sb.toString();
  }
}
