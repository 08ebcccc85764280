package org.ss7sim.mtp;

/**
 * The MTP3 service one signaling point offers its user parts (Q.701 §8): send with MTP-TRANSFER
 * request, receive through the {@link MtpUser} registered for a service indicator.
 */
public interface MtpService {
  /** This signaling point's own point code. */
  PointCode localPointCode();

  /**
   * MTP-TRANSFER request. Never blocks; a message to an inaccessible destination is discarded and
   * counted (the user has been told with MTP-PAUSE).
   */
  void transfer(MtpTransfer request);

  /** Registers the user part for {@code serviceIndicator}; replaces any earlier registration. */
  void register(ServiceIndicator serviceIndicator, MtpUser user);
}
