package org.ss7sim.simulator.decode;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line as {@code decode} prints it: a text line and the JSON object with one key per layer
 * present ({@code frame}, {@code m3ua}, {@code mtp3}, {@code sccp} …), or with {@code skipped},
 * {@code held}, {@code dropped} or {@code damaged} saying why a frame yields no message.
 */
public record DecodedMessage(Kind kind, String text, ObjectNode json) {
  /** What the line is about. */
  public enum Kind {
    /** A decoded message (possibly with a malformed layer: see {@code error}). */
    MESSAGE,
    /** A fragment or partial PDU kept until the rest arrives. */
    HELD,
    /** A frame or part of one that holds nothing decode reads, with the reason. */
    SKIPPED,
    /** Held data given up (reassembly limit, gap, end of capture). */
    DROPPED,
    /** The capture file is damaged here; the last line. */
    DAMAGED
  }

  /** A decoded message. */
  public DecodedMessage(String text, ObjectNode json) {
    this(Kind.MESSAGE, text, json);
  }

  public boolean isMessage() {
    return kind == Kind.MESSAGE;
  }
}
