package org.ss7sim.isup.parameter;

/**
 * Parameter name codes of Q.763 Table 5 that this stack models or places in a message's mandatory
 * parts. An open set on the wire: codes not listed are carried by {@link RawParameter}.
 */
public final class ParameterCode {
  public static final int END_OF_OPTIONAL_PARAMETERS = 0x00;
  public static final int CALL_REFERENCE = 0x01;
  public static final int TRANSMISSION_MEDIUM_REQUIREMENT = 0x02;
  public static final int ACCESS_TRANSPORT = 0x03;
  public static final int CALLED_PARTY_NUMBER = 0x04;
  public static final int SUBSEQUENT_NUMBER = 0x05;
  public static final int NATURE_OF_CONNECTION_INDICATORS = 0x06;
  public static final int FORWARD_CALL_INDICATORS = 0x07;
  public static final int OPTIONAL_FORWARD_CALL_INDICATORS = 0x08;
  public static final int CALLING_PARTYS_CATEGORY = 0x09;
  public static final int CALLING_PARTY_NUMBER = 0x0a;
  public static final int REDIRECTING_NUMBER = 0x0b;
  public static final int INFORMATION_REQUEST_INDICATORS = 0x0e;
  public static final int INFORMATION_INDICATORS = 0x0f;
  public static final int CONTINUITY_INDICATORS = 0x10;
  public static final int BACKWARD_CALL_INDICATORS = 0x11;
  public static final int CAUSE_INDICATORS = 0x12;
  public static final int REDIRECTION_INFORMATION = 0x13;
  public static final int CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE = 0x15;
  public static final int RANGE_AND_STATUS = 0x16;
  public static final int FACILITY_INDICATOR = 0x18;
  public static final int USER_SERVICE_INFORMATION = 0x1d;
  public static final int CONNECTED_NUMBER = 0x21;
  public static final int SUSPEND_RESUME_INDICATORS = 0x22;
  public static final int EVENT_INFORMATION = 0x24;
  public static final int CIRCUIT_STATE_INDICATOR = 0x26;
  public static final int ORIGINAL_CALLED_NUMBER = 0x28;
  public static final int OPTIONAL_BACKWARD_CALL_INDICATORS = 0x29;
  public static final int MESSAGE_COMPATIBILITY_INFORMATION = 0x38;
  public static final int PARAMETER_COMPATIBILITY_INFORMATION = 0x39;
  public static final int HOP_COUNTER = 0x3d;
  public static final int LOCATION_NUMBER = 0x3f;
  public static final int GENERIC_NUMBER = 0xc0;

  private ParameterCode() {}
}
