package org.ss7sim.m3ua.asp;

/** AS states (RFC 4666 §4.3.2). */
public enum AsState {
  AS_DOWN,
  AS_INACTIVE,
  AS_ACTIVE,
  AS_PENDING
}
