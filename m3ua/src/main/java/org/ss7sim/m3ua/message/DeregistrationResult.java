package org.ss7sim.m3ua.message;

/** Deregistration Result (RFC 4666 §3.6.4): the routing context and Deregistration Status. */
public record DeregistrationResult(long routingContext, long status) {
  public static final long SUCCESSFULLY_DEREGISTERED = 0;
  public static final long ERROR_UNKNOWN = 1;
  public static final long INVALID_ROUTING_CONTEXT = 2;
  public static final long PERMISSION_DENIED = 3;
  public static final long NOT_REGISTERED = 4;
  public static final long ASP_CURRENTLY_ACTIVE = 5;
}
