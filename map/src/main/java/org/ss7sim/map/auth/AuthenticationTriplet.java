package org.ss7sim.map.auth;

import org.ss7sim.wire.Octets;

/** A GSM authentication triplet (TS 29.002 §17.7.3 AuthenticationTriplet): RAND, SRES, Kc. */
public record AuthenticationTriplet(Octets rand, Octets sres, Octets kc) {
  public AuthenticationTriplet {
    if (rand.length() != 16 || sres.length() != 4 || kc.length() != 8) {
      throw new IllegalArgumentException("triplet needs RAND 16, SRES 4, Kc 8 octets");
    }
  }
}
