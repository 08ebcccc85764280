package org.ss7sim.inap.message;

/**
 * {@code MiscCallInfo ::= SEQUENCE { messageType [0] ENUMERATED { request(0), notification(1) },
 * dpAssignment [1] ENUMERATED { individualLine(0), groupBased(1), officeBased(2) } OPTIONAL }}.
 *
 * @param notification true for messageType notification
 * @param dpAssignment -1 when absent
 */
public record MiscCallInfo(boolean notification, int dpAssignment) {
  public static final MiscCallInfo REQUEST = new MiscCallInfo(false, -1);
  public static final MiscCallInfo NOTIFICATION = new MiscCallInfo(true, -1);

  public MiscCallInfo {
    if (dpAssignment < -1 || dpAssignment > 2) {
      throw new IllegalArgumentException("dpAssignment out of range: " + dpAssignment);
    }
  }
}
