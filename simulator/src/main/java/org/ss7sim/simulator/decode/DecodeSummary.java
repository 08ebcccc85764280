package org.ss7sim.simulator.decode;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@code decode} run saw, printed as its last line (on stderr, so that stdout stays one
 * line per frame or message).
 *
 * @param frames frames read (hex input: lines with hex)
 * @param messages messages decoded, including those with a malformed layer
 * @param reassembled messages among them joined from several SCTP chunks or TCP segments
 * @param withErrors messages with a malformed layer
 * @param skipped frames or parts of frames not decoded, by reason
 * @param damage what is wrong with the file where reading stopped, or null when it was read to its
 *     end
 */
public record DecodeSummary(
    int frames,
    long messages,
    long reassembled,
    long withErrors,
    Map<String, Long> skipped,
    String damage) {
  public DecodeSummary {
    skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  public boolean damaged() {
    return damage != null;
  }

  /** {@code 8 frames, 6 messages (1 reassembled), 0 with errors, 2 skipped (2 ARP)}. */
  public String line() {
    long skippedTotal = skipped.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(frames).append(frames == 1 ? " frame, " : " frames, ");
    sb.append(messages).append(messages == 1 ? " message" : " messages");
    if (reassembled > 0) {
      sb.append(" (").append(reassembled).append(" reassembled)");
    }
    sb.append(", ").append(withErrors).append(" with errors, ");
    sb.append(skippedTotal).append(" skipped");
    if (skippedTotal > 0) {
      StringBuilder reasons = new StringBuilder();
      skipped.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(
              e ->
                  reasons
                      .append(reasons.length() == 0 ? "" : ", ")
                      .append(e.getValue())
                      .append(' ')
                      .append(e.getKey()));
      sb.append(" (").append(reasons).append(')');
    }
    if (damage != null) {
      sb.append("; capture damaged: ").append(damage);
    }
    return sb.toString();
  }
}
