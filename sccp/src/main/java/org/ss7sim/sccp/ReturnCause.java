package org.ss7sim.sccp;

/**
 * Why a message could not be delivered (Q.713 §3.12), reported in UDTS/XUDTS and to the user in
 * N-NOTICE. An open value: codes this class does not name are kept.
 */
public record ReturnCause(int code) {
  public static final ReturnCause NO_TRANSLATION_FOR_NATURE = new ReturnCause(0x00);
  public static final ReturnCause NO_TRANSLATION_FOR_ADDRESS = new ReturnCause(0x01);
  public static final ReturnCause SUBSYSTEM_CONGESTION = new ReturnCause(0x02);
  public static final ReturnCause SUBSYSTEM_FAILURE = new ReturnCause(0x03);
  public static final ReturnCause UNEQUIPPED_USER = new ReturnCause(0x04);
  public static final ReturnCause MTP_FAILURE = new ReturnCause(0x05);
  public static final ReturnCause NETWORK_CONGESTION = new ReturnCause(0x06);
  public static final ReturnCause UNQUALIFIED = new ReturnCause(0x07);
  public static final ReturnCause ERROR_IN_MESSAGE_TRANSPORT = new ReturnCause(0x08);
  public static final ReturnCause ERROR_IN_LOCAL_PROCESSING = new ReturnCause(0x09);
  public static final ReturnCause DESTINATION_CANNOT_PERFORM_REASSEMBLY = new ReturnCause(0x0a);
  public static final ReturnCause SCCP_FAILURE = new ReturnCause(0x0b);
  public static final ReturnCause HOP_COUNTER_VIOLATION = new ReturnCause(0x0c);
  public static final ReturnCause SEGMENTATION_NOT_SUPPORTED = new ReturnCause(0x0d);
  public static final ReturnCause SEGMENTATION_FAILURE = new ReturnCause(0x0e);

  public ReturnCause {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("return cause out of range: " + code);
    }
  }
}
