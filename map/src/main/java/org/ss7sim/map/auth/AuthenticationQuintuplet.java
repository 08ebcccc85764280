package org.ss7sim.map.auth;

import org.ss7sim.wire.Octets;

/**
 * A UMTS authentication vector (TS 33.102 §6.3.2), the AuthenticationQuintuplet of TS 29.002
 * §17.7.3: RAND, XRES, CK, IK and AUTN = SQN ⊕ AK ‖ AMF ‖ MAC-A.
 */
public record AuthenticationQuintuplet(
    Octets rand, Octets xres, Octets ck, Octets ik, Octets autn) {
  /** The GSM triplet this quintuplet converts to with c2 and c3. */
  public AuthenticationTriplet toTriplet() {
    return new AuthenticationTriplet(rand, GsmConversion.c2(xres), GsmConversion.c3(ck, ik));
  }
}
