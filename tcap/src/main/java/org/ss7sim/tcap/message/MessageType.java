package org.ss7sim.tcap.message;

/** TCAP message types and their application tags (Q.773 §3.1, table 1). */
public enum MessageType {
  UNIDIRECTIONAL(0x61),
  BEGIN(0x62),
  END(0x64),
  CONTINUE(0x65),
  ABORT(0x67);

  private final int tag;

  MessageType(int tag) {
    this.tag = tag;
  }

  public int tag() {
    return tag;
  }

  /** The type with the given tag, or null for an unrecognized message type. */
  public static MessageType ofTag(int tag) {
    return switch (tag) {
      case 0x61 -> UNIDIRECTIONAL;
      case 0x62 -> BEGIN;
      case 0x64 -> END;
      case 0x65 -> CONTINUE;
      case 0x67 -> ABORT;
      default -> null;
    };
  }
}
