package org.ss7sim.sccp.gtt;

import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;

/** The result of translating a called party address. */
public sealed interface GttOutcome {
  /** Send to {@code destination} with the translated {@code called} address. */
  record Translated(GttRule rule, PointCode destination, SccpAddress called)
      implements GttOutcome {}

  /** Cannot be delivered: the return cause for UDTS / N-NOTICE and a reason for the log. */
  record Failed(ReturnCause cause, String reason) implements GttOutcome {}
}
