package org.ss7sim.m3ua.message;

/**
 * Registration Result (RFC 4666 §3.6.2): Local-RK-Identifier, Registration Status and the routing
 * context assigned (0 when registration failed).
 */
public record RegistrationResult(long localRkIdentifier, long status, long routingContext) {
  public static final long SUCCESSFULLY_REGISTERED = 0;
  public static final long ERROR_UNKNOWN = 1;
  public static final long INVALID_DPC = 2;
  public static final long INVALID_NETWORK_APPEARANCE = 3;
  public static final long INVALID_ROUTING_KEY = 4;
  public static final long PERMISSION_DENIED = 5;
  public static final long CANNOT_SUPPORT_UNIQUE_ROUTING = 6;
  public static final long ROUTING_KEY_NOT_PROVISIONED = 7;
  public static final long INSUFFICIENT_RESOURCES = 8;
  public static final long UNSUPPORTED_RK_PARAMETER_FIELD = 9;
  public static final long UNSUPPORTED_TRAFFIC_HANDLING_MODE = 10;
  public static final long ROUTING_KEY_CHANGE_REFUSED = 11;
  public static final long ROUTING_KEY_ALREADY_REGISTERED = 12;
}
