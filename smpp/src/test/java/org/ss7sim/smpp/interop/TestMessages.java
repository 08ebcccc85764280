package org.ss7sim.smpp.interop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The messages each third-party client submits: short, long by UDH concatenation, long by sar TLVs,
 * long in message_payload, and UCS2. Test numbers only (001 555 …).
 */
final class TestMessages {
  private TestMessages() {}

  static final String SOURCE = "0015550100";
  static final String DEST = "0015550199";

  /** One submit_sm: data_coding, esm_class, short_message, TLVs by tag. */
  record Message(
      String name, int dataCoding, int esmClass, byte[] shortMessage, Map<Integer, byte[]> tlvs) {}

  static List<Message> all() {
    List<Message> out = new ArrayList<>();
    out.add(new Message("short", 0, 0, ascii("Hello from the test ESME"), Map.of()));
    String longText = "This long message is split in two by a user data header. ".repeat(4);
    byte[] whole = ascii(longText);
    for (int seg = 1; seg <= 2; seg++) {
      byte[] part =
          java.util.Arrays.copyOfRange(whole, (seg - 1) * 120, Math.min(whole.length, seg * 120));
      byte[] sm = new byte[6 + part.length];
      byte[] udh = {0x05, 0x00, 0x03, 0x2a, 0x02, (byte) seg};
      System.arraycopy(udh, 0, sm, 0, 6);
      System.arraycopy(part, 0, sm, 6, part.length);
      out.add(new Message("udh-" + seg, 0, 0x40, sm, Map.of()));
    }
    for (int seg = 1; seg <= 2; seg++) {
      out.add(
          new Message(
              "sar-" + seg,
              0,
              0,
              ascii("Segment " + seg + " of a message joined by sar TLVs"),
              Map.of(
                  0x020C,
                  new byte[] {0x00, 0x07},
                  0x020E,
                  new byte[] {2},
                  0x020F,
                  new byte[] {(byte) seg})));
    }
    out.add(
        new Message(
            "payload",
            0,
            0,
            new byte[0],
            Map.of(
                0x0424,
                ascii("A message_payload longer than any short_message can be. ".repeat(8)))));
    out.add(
        new Message(
            "ucs2", 8, 0, "Привет, мир! Γειά σου ✓".getBytes(StandardCharsets.UTF_16BE), Map.of()));
    return out;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
