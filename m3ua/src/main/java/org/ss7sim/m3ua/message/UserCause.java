package org.ss7sim.m3ua.message;

/**
 * User/Cause of DUPU (RFC 4666 §3.4.5): unavailability cause (0 unknown, 1 unequipped remote user,
 * 2 inaccessible remote user) and the MTP3 user identity (the service indicator, e.g. 3 SCCP).
 */
public record UserCause(int cause, int user) {
  public UserCause {
    if (cause < 0 || cause > 0xffff || user < 0 || user > 0xffff) {
      throw new IllegalArgumentException("user/cause out of range: " + cause + "/" + user);
    }
  }
}
