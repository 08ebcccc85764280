package org.ss7sim.sccp;

/** The connectionless SCCP service one signaling point offers its subsystems (Q.711 §6). */
public interface SccpService {
  /**
   * Registers the local subsystem {@code ssn} and marks it allowed (N-STATE request, user in
   * service); replaces any earlier registration.
   */
  void register(Ssn ssn, SccpUser user);

  /** Marks a local subsystem prohibited (user out of service) and forgets its user. */
  void unregister(Ssn ssn);

  /** N-UNITDATA request. Never blocks; a failure comes back as N-NOTICE when return was asked. */
  void unitdata(UnitdataRequest request);
}
