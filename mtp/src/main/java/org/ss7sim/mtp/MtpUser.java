package org.ss7sim.mtp;

/**
 * What an MTP user part (SCCP, ISUP) receives: MTP-TRANSFER indications for its service indicator,
 * and MTP-PAUSE / MTP-RESUME / MTP-STATUS about remote destinations (Q.701 §8).
 *
 * <p>Indications arrive on the thread that owns the MTP instance; a user must not block it.
 */
public interface MtpUser {
  /** MTP-TRANSFER indication: a message addressed to this signaling point and user part. */
  void onTransfer(MtpTransfer indication);

  /** MTP-PAUSE: the destination is inaccessible. */
  default void onPause(PointCode affected) {}

  /** MTP-RESUME: the destination is accessible again. */
  default void onResume(PointCode affected) {}

  /** MTP-STATUS: congestion or user part unavailability at the destination. */
  default void onStatus(MtpStatus status) {}
}
