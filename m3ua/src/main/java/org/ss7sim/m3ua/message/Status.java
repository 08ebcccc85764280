package org.ss7sim.m3ua.message;

/**
 * The Status parameter of NTFY (RFC 4666 §3.8.2): status type (1 AS state change, 2 other) and
 * status information.
 */
public record Status(int type, int info) {
  public static final int TYPE_AS_STATE_CHANGE = 1;
  public static final int TYPE_OTHER = 2;

  public static final Status AS_INACTIVE = new Status(1, 2);
  public static final Status AS_ACTIVE = new Status(1, 3);
  public static final Status AS_PENDING = new Status(1, 4);
  public static final Status INSUFFICIENT_ASP_RESOURCES = new Status(2, 1);
  public static final Status ALTERNATE_ASP_ACTIVE = new Status(2, 2);
  public static final Status ASP_FAILURE = new Status(2, 3);

  public Status {
    if (type < 0 || type > 0xffff || info < 0 || info > 0xffff) {
      throw new IllegalArgumentException("status out of range: " + type + "/" + info);
    }
  }
}
