package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;
import org.ss7sim.wire.pcap.TransportKind;

/**
 * Reads a pcap/pcapng capture or a hex file and decodes each message it carries. The frame layer is
 * decoded here; each protocol layer adds its key as its decoder joins the stack.
 */
public final class CaptureDecoder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaptureDecoder() {}

  /**
   * Decodes every message in {@code file}; a file that is neither a capture nor hex is malformed.
   */
  public static List<DecodedMessage> decode(Path file)
      throws IOException, MalformedMessageException {
    byte[] bytes = Files.readAllBytes(file);
    XudtReassembly segments = new XudtReassembly();
    Octets content = Octets.wrap(bytes);
    if (PcapReader.isCapture(content)) {
      List<DecodedMessage> out = new ArrayList<>();
      for (CapturedMessage m : PcapReader.read(content)) {
        out.add(decodeCaptured(m, segments));
      }
      return out;
    }
    return decodeHex(new String(bytes, StandardCharsets.US_ASCII), segments);
  }

  private static DecodedMessage decodeCaptured(CapturedMessage m, XudtReassembly segments) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode frame = root.putObject("frame");
    frame.put("number", m.frame());
    frame.put(
        "time",
        Instant.ofEpochSecond(m.epochMicros() / 1_000_000, (m.epochMicros() % 1_000_000) * 1000)
            .toString());
    frame.put("transport", m.transport().name().toLowerCase(java.util.Locale.ROOT));
    frame.put("src", m.source().toString());
    frame.put("dst", m.destination().toString());
    if (m.transport() == TransportKind.SCTP) {
      frame.put("stream", m.streamId());
      frame.put("ppid", m.ppid());
    }
    frame.put("length", m.payload().length());
    String layers =
        decodePayload(
            m.transport() == TransportKind.SCTP ? m.ppid() : -1, m.payload(), root, segments);
    String text =
        String.format(
            "#%d %s %s %s > %s%s %d octets: %s",
            m.frame(),
            frame.get("time").asText(),
            frame.get("transport").asText(),
            m.source(),
            m.destination(),
            m.transport() == TransportKind.SCTP
                ? " stream=" + m.streamId() + " ppid=" + m.ppid()
                : "",
            m.payload().length(),
            layers.isEmpty() ? abbreviated(m.payload()) : layers);
    return new DecodedMessage(text, root);
  }

  private static List<DecodedMessage> decodeHex(String text, XudtReassembly segments)
      throws MalformedMessageException {
    List<DecodedMessage> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String hex = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (hex.isEmpty()) {
        continue;
      }
      Octets payload;
      try {
        payload = Octets.fromHex(hex);
      } catch (IllegalArgumentException e) {
        throw new MalformedMessageException(
            "line " + (i + 1) + " is not hex: " + e.getMessage(), 0);
      }
      ObjectNode root = JSON.createObjectNode();
      ObjectNode frame = root.putObject("frame");
      frame.put("number", out.size() + 1);
      frame.put("line", i + 1);
      frame.put("length", payload.length());
      String layers = decodePayload(-1, payload, root, segments);
      out.add(
          new DecodedMessage(
              "#"
                  + (out.size() + 1)
                  + " line "
                  + (i + 1)
                  + " "
                  + payload.length()
                  + " octets: "
                  + (layers.isEmpty() ? abbreviated(payload) : layers),
              root));
    }
    if (out.isEmpty()) {
      throw new MalformedMessageException("neither a capture nor a hex file", 0);
    }
    return out;
  }

  /**
   * The protocol layers of one payload: M3UA for SCTP PPID 3, and for TCP or hex whatever the
   * payload's own length field says it is (M3UA over TCP, or an SMPP PDU). Empty when unknown.
   */
  private static String decodePayload(
      long sctpPpid, Octets payload, ObjectNode root, XudtReassembly segments) {
    if (sctpPpid == StackDecoder.PPID_M3UA
        || (sctpPpid < 0 && StackDecoder.looksLikeM3ua(payload))) {
      return StackDecoder.m3ua(payload, root, segments);
    }
    if (sctpPpid == StackDecoder.PPID_M2PA) {
      return StackDecoder.m2pa(payload, root, segments);
    }
    if (sctpPpid < 0 && StackDecoder.looksLikeSmpp(payload)) {
      return StackDecoder.smpp(payload, root);
    }
    return "";
  }

  private static String abbreviated(Octets payload) {
    return payload.length() <= 32 ? payload.toHex() : payload.slice(0, 32).toHex() + "…";
  }
}
