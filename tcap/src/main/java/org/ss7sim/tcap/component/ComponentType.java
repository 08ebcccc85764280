package org.ss7sim.tcap.component;

/** The component types with their context tags (Q.773 §3.2, table 8). */
public enum ComponentType {
  INVOKE(0xa1),
  RETURN_RESULT_LAST(0xa2),
  RETURN_ERROR(0xa3),
  REJECT(0xa4),
  RETURN_RESULT_NOT_LAST(0xa7);

  private final int tag;

  ComponentType(int tag) {
    this.tag = tag;
  }

  /** The BER tag ({@code [n]} constructed). */
  public int tag() {
    return tag;
  }

  /** The type with the given tag, or null. */
  public static ComponentType ofTag(int tag) {
    return switch (tag) {
      case 0xa1 -> INVOKE;
      case 0xa2 -> RETURN_RESULT_LAST;
      case 0xa3 -> RETURN_ERROR;
      case 0xa4 -> REJECT;
      case 0xa7 -> RETURN_RESULT_NOT_LAST;
      default -> null;
    };
  }
}
