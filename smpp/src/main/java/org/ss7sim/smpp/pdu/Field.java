package org.ss7sim.smpp.pdu;

import java.util.HashMap;
import java.util.Map;

/**
 * The PDU fields a decoder can reject, each with its limit and the command_status an SMSC answers
 * with (SMPP 3.4 §5.1.3). The spec reference of a {@link org.ss7sim.wire.MalformedMessageException}
 * names the field, and {@link #statusFor} maps it back.
 */
public enum Field {
  COMMAND_LENGTH(0, CommandStatus.INVALID_COMMAND_LENGTH, "SMPP 3.4 §3.2 command_length"),
  SYSTEM_ID(16, CommandStatus.INVALID_SYSTEM_ID, "SMPP 3.4 §5.2.1 system_id"),
  PASSWORD(9, CommandStatus.INVALID_PASSWORD, "SMPP 3.4 §5.2.2 password"),
  SYSTEM_TYPE(13, CommandStatus.INVALID_SYSTEM_TYPE, "SMPP 3.4 §5.2.3 system_type"),
  ADDRESS_RANGE(41, CommandStatus.BIND_FAILED, "SMPP 3.4 §5.2.7 address_range"),
  SERVICE_TYPE(6, CommandStatus.INVALID_SERVICE_TYPE, "SMPP 3.4 §5.2.11 service_type"),
  SOURCE_ADDR(21, CommandStatus.INVALID_SOURCE_ADDRESS, "SMPP 3.4 §5.2.8 source_addr"),
  DESTINATION_ADDR(21, CommandStatus.INVALID_DEST_ADDRESS, "SMPP 3.4 §5.2.9 destination_addr"),
  SOURCE_ADDR_65(65, CommandStatus.INVALID_SOURCE_ADDRESS, "SMPP 3.4 §4.7.1 source_addr"),
  DESTINATION_ADDR_65(65, CommandStatus.INVALID_DEST_ADDRESS, "SMPP 3.4 §4.7.1 destination_addr"),
  ESME_ADDR(65, CommandStatus.INVALID_DEST_ADDRESS, "SMPP 3.4 §4.12.1 esme_addr"),
  SCHEDULE_DELIVERY_TIME(
      17, CommandStatus.INVALID_SCHEDULE_TIME, "SMPP 3.4 §5.2.15 schedule_delivery_time"),
  VALIDITY_PERIOD(17, CommandStatus.INVALID_EXPIRY_TIME, "SMPP 3.4 §5.2.16 validity_period"),
  FINAL_DATE(17, CommandStatus.QUERY_FAILED, "SMPP 3.4 §4.8.2 final_date"),
  MESSAGE_ID(65, CommandStatus.INVALID_MESSAGE_ID, "SMPP 3.4 §5.2.23 message_id"),
  DL_NAME(21, CommandStatus.INVALID_DL_NAME, "SMPP 3.4 §5.2.27 dl_name"),
  DEST_FLAG(0, CommandStatus.INVALID_DEST_FLAG, "SMPP 3.4 §5.2.25 dest_flag"),
  NUMBER_OF_DESTS(254, CommandStatus.INVALID_NUMBER_OF_DESTS, "SMPP 3.4 §5.2.24 number_of_dests"),
  SHORT_MESSAGE(255, CommandStatus.INVALID_MESSAGE_LENGTH, "SMPP 3.4 §5.2.21 sm_length"),
  TLV_STREAM(0, CommandStatus.INVALID_TLV_STREAM, "SMPP 3.4 §3.2.4.1 TLV"),
  TLV_LENGTH(0, CommandStatus.INVALID_PARAMETER_LENGTH, "SMPP 3.4 §5.3.2 TLV length"),
  BODY(0, CommandStatus.INVALID_COMMAND_LENGTH, "SMPP 3.4 §4 PDU body");

  private static final Map<String, Field> BY_REFERENCE = new HashMap<>();

  static {
    for (Field f : values()) {
      BY_REFERENCE.put(f.reference, f);
    }
  }

  private final int maxLength;
  private final CommandStatus status;
  private final String reference;

  Field(int maxLength, CommandStatus status, String reference) {
    this.maxLength = maxLength;
    this.status = status;
    this.reference = reference;
  }

  /** For C-Octet strings: the size including the terminating NUL. */
  public int maxLength() {
    return maxLength;
  }

  public CommandStatus status() {
    return status;
  }

  public String reference() {
    return reference;
  }

  /**
   * The command_status to answer a request that failed to decode with this exception: the field's
   * status, or ESME_RINVCMDLEN when the body simply ended early.
   */
  public static CommandStatus statusFor(org.ss7sim.wire.MalformedMessageException e) {
    Field f = BY_REFERENCE.get(e.specReference());
    return f != null ? f.status : CommandStatus.INVALID_COMMAND_LENGTH;
  }
}
