package org.ss7sim.mtp;

/** Why an MTP-STATUS indication was given (Q.701 §8.4, Q.704 §2.4). */
public enum MtpStatusCause {
  /** The signaling route to the destination is congested; a congestion level accompanies it. */
  SIGNALLING_NETWORK_CONGESTED,
  /**
   * The remote user part is unavailable (UPU); the user part unavailability cause accompanies it.
   */
  USER_PART_UNAVAILABLE
}
