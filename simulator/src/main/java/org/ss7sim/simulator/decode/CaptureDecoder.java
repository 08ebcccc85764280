package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CaptureEvent;
import org.ss7sim.wire.pcap.CaptureStream;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;
import org.ss7sim.wire.pcap.TransportKind;

/**
 * Reads a pcap/pcapng capture or a hex file and decodes each message in it, one line at a time: the
 * capture is read record by record ({@link CaptureStream}: SCTP fragments and TCP PDUs
 * reassembled), each line handed to the caller as soon as it is decoded, so memory stays bounded
 * whatever the size of the file. Every frame yields at least one line: a message, or why there is
 * none.
 */
public final class CaptureDecoder {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** SCTP payload protocol identifiers (IANA registry; RFC 4960 §14.4) named in skip reasons. */
  private static final Map<Long, String> PPID_NAMES =
      Map.ofEntries(
          Map.entry(0L, "unspecified"),
          Map.entry(1L, "IUA (RFC 4233)"),
          Map.entry(2L, "M2UA (RFC 3331)"),
          Map.entry(3L, "M3UA (RFC 4666)"),
          Map.entry(4L, "SUA (RFC 3868)"),
          Map.entry(5L, "M2PA (RFC 4165)"),
          Map.entry(6L, "V5UA (RFC 3807)"),
          Map.entry(7L, "H.248"),
          Map.entry(18L, "S1AP"),
          Map.entry(46L, "Diameter"),
          Map.entry(47L, "Diameter over DTLS"),
          Map.entry(60L, "NGAP"));

  private final Consumer<DecodedMessage> sink;
  private final StackDecoder.CaptureState state = new StackDecoder.CaptureState();
  private int frames;
  private long messages;
  private long reassembled;
  private long withErrors;
  private final Map<String, Long> skipped = new HashMap<>();
  private String damage;

  private CaptureDecoder(Consumer<DecodedMessage> sink) {
    this.sink = sink;
  }

  /**
   * Decodes {@code file}, handing each line to {@code sink} as soon as it is decoded.
   *
   * @return what was seen; {@link DecodeSummary#damaged()} when the file is damaged (every line
   *     before the damage has been handed over, the last one says what is wrong)
   * @throws MalformedMessageException when the file is neither a capture nor hex at all
   */
  public static DecodeSummary decode(Path file, Consumer<DecodedMessage> sink)
      throws IOException, MalformedMessageException {
    byte[] magic;
    try (InputStream in = Files.newInputStream(file)) {
      magic = in.readNBytes(4);
    }
    CaptureDecoder d = new CaptureDecoder(sink);
    if (PcapReader.isCapture(Octets.wrap(magic))) {
      try (CaptureStream s = CaptureStream.open(file)) {
        d.capture(s);
      }
    } else {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
        d.hex(r);
      }
    }
    return d.summary();
  }

  /** Decodes {@code file} and returns all its lines (for tests and small files). */
  public static List<DecodedMessage> decode(Path file)
      throws IOException, MalformedMessageException {
    List<DecodedMessage> out = new ArrayList<>();
    decode(file, out::add);
    return out;
  }

  private DecodeSummary summary() {
    return new DecodeSummary(frames, messages, reassembled, withErrors, skipped, damage);
  }

  private void capture(CaptureStream s) throws IOException {
    List<CaptureEvent> events;
    while ((events = s.next()) != null) {
      frames = s.frames();
      long inFrame = events.stream().filter(e -> e instanceof CaptureEvent.Message).count();
      int index = 0;
      for (CaptureEvent e : events) {
        if (e instanceof CaptureEvent.Message m) {
          message(m, inFrame > 1 ? ++index : 0);
        } else if (e instanceof CaptureEvent.Held h) {
          notice(DecodedMessage.Kind.HELD, h.frame(), h.epochMicros(), "held", h.reason(), null);
        } else if (e instanceof CaptureEvent.Skipped k) {
          skip(k.kind());
          notice(
              DecodedMessage.Kind.SKIPPED, k.frame(), k.epochMicros(), "skipped", k.reason(), null);
        } else if (e instanceof CaptureEvent.Dropped dr) {
          skip(dr.kind());
          notice(DecodedMessage.Kind.DROPPED, dr.frame(), -1, "dropped", dr.reason(), dr.frames());
        } else if (e instanceof CaptureEvent.Damaged dm) {
          damage = dm.reason();
          notice(DecodedMessage.Kind.DAMAGED, dm.frame(), -1, "damaged", dm.reason(), null);
        }
      }
    }
  }

  private void skip(String kind) {
    skipped.merge(kind, 1L, Long::sum);
  }

  private void notice(
      DecodedMessage.Kind kind,
      int frame,
      long micros,
      String key,
      String reason,
      List<Integer> frameList) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode f = root.putObject("frame");
    f.put("number", frame);
    if (micros >= 0) {
      f.put("time", time(micros));
    }
    root.put(key, reason);
    if (frameList != null) {
      ArrayNode a = root.putArray("frames");
      frameList.forEach(a::add);
    }
    String text = "#" + frame + (micros >= 0 ? " " + time(micros) : "") + " " + key + ": " + reason;
    sink.accept(new DecodedMessage(kind, text, root));
  }

  private static String time(long micros) {
    return Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000)
        .toString();
  }

  private void message(CaptureEvent.Message event, int index) {
    CapturedMessage m = event.message();
    ObjectNode root = JSON.createObjectNode();
    ObjectNode frame = root.putObject("frame");
    frame.put("number", m.frame());
    if (index > 0) {
      frame.put("index", index);
    }
    frame.put("time", time(m.epochMicros()));
    frame.put("transport", m.transport().name().toLowerCase(Locale.ROOT));
    frame.put("src", m.source().toString());
    frame.put("dst", m.destination().toString());
    boolean sctp = m.transport() == TransportKind.SCTP;
    if (sctp) {
      frame.put("stream", m.streamId());
      frame.put("ppid", m.ppid());
    }
    frame.put("length", m.payload().length());
    if (event.reassembled()) {
      ArrayNode a = frame.putArray("fragments");
      event.frames().forEach(a::add);
    }
    Layers layers = decodePayload(sctp ? m.ppid() : -1, m.payload(), root);
    String head =
        "#"
            + m.frame()
            + (index > 0 ? "." + index : "")
            + " "
            + frame.get("time").asText()
            + " "
            + frame.get("transport").asText()
            + " "
            + m.source()
            + " > "
            + m.destination()
            + (sctp ? " stream=" + m.streamId() + " ppid=" + m.ppid() : "")
            + " "
            + m.payload().length()
            + " octets"
            + (event.reassembled() ? " reassembled from frames " + join(event.frames()) : "")
            + ": ";
    emit(head, m.payload(), root, layers);
  }

  private void emit(String head, Octets payload, ObjectNode root, Layers layers) {
    if (layers.notDecoded() != null) {
      skip(layers.kind());
      root.put("skipped", layers.notDecoded());
      sink.accept(
          new DecodedMessage(
              DecodedMessage.Kind.SKIPPED,
              head + "not decoded: " + layers.notDecoded() + "; " + abbreviated(payload),
              root));
      return;
    }
    messages++;
    if (root.has("frame") && root.get("frame").has("fragments")) {
      reassembled++;
    }
    if (root.has("error")) {
      withErrors++;
    }
    sink.accept(new DecodedMessage(head + layers.text(), root));
  }

  private static String join(List<Integer> frames) {
    StringBuilder sb = new StringBuilder();
    for (int f : frames) {
      sb.append(sb.length() == 0 ? "" : ",").append(f);
    }
    return sb.toString();
  }

  private void hex(BufferedReader r) throws IOException, MalformedMessageException {
    String line;
    int lineNumber = 0;
    while ((line = r.readLine()) != null) {
      lineNumber++;
      int hash = line.indexOf('#');
      String hex = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (hex.isEmpty()) {
        continue;
      }
      Octets payload;
      try {
        payload = Octets.fromHex(hex);
      } catch (IllegalArgumentException e) {
        String reason = "line " + lineNumber + " is not hex: " + e.getMessage();
        if (frames == 0) {
          throw new MalformedMessageException(reason, 0);
        }
        damage = reason;
        ObjectNode root = JSON.createObjectNode();
        root.putObject("frame").put("line", lineNumber);
        root.put("damaged", reason);
        sink.accept(new DecodedMessage(DecodedMessage.Kind.DAMAGED, "damaged: " + reason, root));
        return;
      }
      frames++;
      ObjectNode root = JSON.createObjectNode();
      ObjectNode frame = root.putObject("frame");
      frame.put("number", frames);
      frame.put("line", lineNumber);
      frame.put("length", payload.length());
      Layers layers = decodePayload(-1, payload, root);
      emit(
          "#" + frames + " line " + lineNumber + " " + payload.length() + " octets: ",
          payload,
          root,
          layers);
    }
    if (frames == 0) {
      throw new MalformedMessageException("neither a capture nor a hex file", 0);
    }
  }

  /** The text of the decoded layers, or why the payload is not decoded. */
  private record Layers(String text, String notDecoded, String kind) {
    static Layers decoded(String text) {
      return new Layers(text, null, null);
    }

    static Layers skipped(String kind, String reason) {
      return new Layers(null, reason, kind);
    }
  }

  /**
   * The protocol layers of one payload: M3UA for SCTP PPID 3, M2PA for 5, and for TCP, UDP or hex
   * whatever the payload's own length field says it is (M3UA over TCP, or an SMPP PDU), else SIP
   * when it starts with a SIP request or status line. PPID 0 (unspecified) is read as M3UA when it
   * looks like M3UA, as some equipment sends it.
   */
  private Layers decodePayload(long sctpPpid, Octets payload, ObjectNode root) {
    if (sctpPpid == StackDecoder.PPID_M3UA
        || (sctpPpid <= 0 && StackDecoder.looksLikeM3ua(payload))) {
      return Layers.decoded(StackDecoder.m3ua(payload, root, state));
    }
    if (sctpPpid == StackDecoder.PPID_M2PA) {
      return Layers.decoded(StackDecoder.m2pa(payload, root, state));
    }
    if (sctpPpid < 0 && StackDecoder.looksLikeSmpp(payload)) {
      return Layers.decoded(StackDecoder.smpp(payload, root));
    }
    if (sctpPpid < 0 && SipLayer.looksLikeSip(payload)) {
      return Layers.decoded(SipLayer.decode(payload, root));
    }
    if (sctpPpid < 0) {
      return Layers.skipped(
          "neither M3UA, SMPP nor SIP",
          "neither an M3UA message nor an SMPP PDU (length fields) nor a SIP message");
    }
    String name = PPID_NAMES.getOrDefault(sctpPpid, "not a protocol decode knows");
    return Layers.skipped(
        "SCTP PPID " + sctpPpid + " (" + name + ")",
        "SCTP PPID "
            + sctpPpid
            + " ("
            + name
            + ")"
            + (sctpPpid == 0 ? " and the payload is not M3UA" : " is not read by decode")
            + "; decode reads M3UA (3) and M2PA (5)");
  }

  private static String abbreviated(Octets payload) {
    return payload.length() <= 32 ? payload.toHex() : payload.slice(0, 32).toHex() + "…";
  }
}
