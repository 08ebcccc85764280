package org.ss7sim.m3ua.message;

/** Parameter tags: common (RFC 4666 §3.2 table) and M3UA-specific (0x0200–0x0213). */
public final class ParameterTag {
  public static final int INFO_STRING = 0x0004;
  public static final int ROUTING_CONTEXT = 0x0006;
  public static final int DIAGNOSTIC_INFORMATION = 0x0007;
  public static final int HEARTBEAT_DATA = 0x0009;
  public static final int TRAFFIC_MODE_TYPE = 0x000b;
  public static final int ERROR_CODE = 0x000c;
  public static final int STATUS = 0x000d;
  public static final int ASP_IDENTIFIER = 0x0011;
  public static final int AFFECTED_POINT_CODE = 0x0012;
  public static final int CORRELATION_ID = 0x0013;
  public static final int NETWORK_APPEARANCE = 0x0200;
  public static final int USER_CAUSE = 0x0204;
  public static final int CONGESTION_INDICATIONS = 0x0205;
  public static final int CONCERNED_DESTINATION = 0x0206;
  public static final int ROUTING_KEY = 0x0207;
  public static final int REGISTRATION_RESULT = 0x0208;
  public static final int DEREGISTRATION_RESULT = 0x0209;
  public static final int LOCAL_ROUTING_KEY_IDENTIFIER = 0x020a;
  public static final int DESTINATION_POINT_CODE = 0x020b;
  public static final int SERVICE_INDICATORS = 0x020c;
  public static final int ORIGINATING_POINT_CODE_LIST = 0x020e;
  public static final int PROTOCOL_DATA = 0x0210;
  public static final int REGISTRATION_STATUS = 0x0212;
  public static final int DEREGISTRATION_STATUS = 0x0213;

  private ParameterTag() {}
}
