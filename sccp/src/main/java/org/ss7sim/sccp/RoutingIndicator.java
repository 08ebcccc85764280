package org.ss7sim.sccp;

/** Bit 7 of the address indicator (Q.713 §3.4.1): route on global title or on PC + SSN. */
public enum RoutingIndicator {
  ROUTE_ON_GT,
  ROUTE_ON_SSN
}
