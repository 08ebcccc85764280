package org.ss7sim.m3ua.asp;

/** ASP states (RFC 4666 §4.3.1). */
public enum AspState {
  ASP_DOWN,
  ASP_INACTIVE,
  ASP_ACTIVE
}
