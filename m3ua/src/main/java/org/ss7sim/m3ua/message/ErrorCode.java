package org.ss7sim.m3ua.message;

import org.ss7sim.wire.MalformedMessageException;

/**
 * The Error Code parameter values (RFC 4666 §3.8.1). An open value: unknown codes are kept.
 * Decoders name the error to answer with in the exception's spec reference ({@link #reference()}).
 */
public record ErrorCode(long code) {
  public static final ErrorCode INVALID_VERSION = new ErrorCode(0x01);
  public static final ErrorCode UNSUPPORTED_MESSAGE_CLASS = new ErrorCode(0x03);
  public static final ErrorCode UNSUPPORTED_MESSAGE_TYPE = new ErrorCode(0x04);
  public static final ErrorCode UNSUPPORTED_TRAFFIC_MODE_TYPE = new ErrorCode(0x05);
  public static final ErrorCode UNEXPECTED_MESSAGE = new ErrorCode(0x06);
  public static final ErrorCode PROTOCOL_ERROR = new ErrorCode(0x07);
  public static final ErrorCode INVALID_STREAM_IDENTIFIER = new ErrorCode(0x09);
  public static final ErrorCode REFUSED_MANAGEMENT_BLOCKING = new ErrorCode(0x0d);
  public static final ErrorCode ASP_IDENTIFIER_REQUIRED = new ErrorCode(0x0e);
  public static final ErrorCode INVALID_ASP_IDENTIFIER = new ErrorCode(0x0f);
  public static final ErrorCode INVALID_PARAMETER_VALUE = new ErrorCode(0x11);
  public static final ErrorCode PARAMETER_FIELD_ERROR = new ErrorCode(0x12);
  public static final ErrorCode UNEXPECTED_PARAMETER = new ErrorCode(0x13);
  public static final ErrorCode DESTINATION_STATUS_UNKNOWN = new ErrorCode(0x14);
  public static final ErrorCode INVALID_NETWORK_APPEARANCE = new ErrorCode(0x15);
  public static final ErrorCode MISSING_PARAMETER = new ErrorCode(0x16);
  public static final ErrorCode INVALID_ROUTING_CONTEXT = new ErrorCode(0x19);
  public static final ErrorCode NO_CONFIGURED_AS_FOR_ASP = new ErrorCode(0x1a);

  private static final String PREFIX = "RFC 4666 §3.8.1 error 0x";

  public ErrorCode {
    if (code < 0 || code > 0xffffffffL) {
      throw new IllegalArgumentException("error code out of range: " + code);
    }
  }

  /** The spec reference a decoder puts in its exception so the receiver answers with this code. */
  public String reference() {
    return PREFIX + String.format("%02x", code) + " " + name();
  }

  /** A malformed-message exception answered with this error code. */
  public MalformedMessageException malformed(String reason, int offset) {
    return new MalformedMessageException(reason, offset, reference());
  }

  /** The error code named by a decoder's exception; Protocol Error when it names none. */
  public static ErrorCode of(MalformedMessageException e) {
    String ref = e.specReference();
    if (ref.startsWith(PREFIX)) {
      int end = ref.indexOf(' ', PREFIX.length());
      return new ErrorCode(
          Long.parseLong(ref.substring(PREFIX.length(), end < 0 ? ref.length() : end), 16));
    }
    return PROTOCOL_ERROR;
  }

  /** The RFC's name for the code. */
  public String name() {
    return switch ((int) code) {
      case 0x01 -> "Invalid Version";
      case 0x03 -> "Unsupported Message Class";
      case 0x04 -> "Unsupported Message Type";
      case 0x05 -> "Unsupported Traffic Mode Type";
      case 0x06 -> "Unexpected Message";
      case 0x07 -> "Protocol Error";
      case 0x09 -> "Invalid Stream Identifier";
      case 0x0d -> "Refused - Management Blocking";
      case 0x0e -> "ASP Identifier Required";
      case 0x0f -> "Invalid ASP Identifier";
      case 0x11 -> "Invalid Parameter Value";
      case 0x12 -> "Parameter Field Error";
      case 0x13 -> "Unexpected Parameter";
      case 0x14 -> "Destination Status Unknown";
      case 0x15 -> "Invalid Network Appearance";
      case 0x16 -> "Missing Parameter";
      case 0x19 -> "Invalid Routing Context";
      case 0x1a -> "No Configured AS for ASP";
      default -> "Unknown";
    };
  }

  @Override
  public String toString() {
    return name() + " (0x" + Long.toHexString(code) + ")";
  }
}
