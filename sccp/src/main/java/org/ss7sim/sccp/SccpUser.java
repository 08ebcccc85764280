package org.ss7sim.sccp;

import org.ss7sim.mtp.PointCode;

/**
 * What a local subsystem (a TCAP instance) receives from SCCP. Indications arrive on the thread
 * that owns the SCCP instance; a user must not block it.
 */
public interface SccpUser {
  /** N-UNITDATA indication. */
  void onUnitdata(UnitdataIndication indication);

  /** N-NOTICE indication: a message sent with return on error could not be delivered. */
  default void onNotice(NoticeIndication notice) {}

  /** N-STATE indication: a remote subsystem became allowed ({@code true}) or prohibited. */
  default void onSubsystemState(PointCode pointCode, Ssn ssn, boolean allowed) {}

  /** N-PCSTATE indication: a remote signaling point became accessible or inaccessible. */
  default void onPointCodeState(PointCode pointCode, boolean accessible) {}
}
