package org.ss7sim.map.service;

import org.ss7sim.map.error.MapError;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.tcap.component.RejectProblem;

/** How an operation we invoked ended (TS 29.002 §16.2 confirmations). */
public sealed interface MapOutcome {
  /** Success: the result parameter, or null for operations without one (and class 4 sends). */
  record Result(MapParameter result) implements MapOutcome {}

  /** The peer returned a MAP error. */
  record Error(MapError error) implements MapOutcome {}

  /** The invoke, or the peer's answer to it, was rejected (by the peer or by us). */
  record Rejected(RejectProblem problem, boolean byPeer) implements MapOutcome {}

  /**
   * No answer: the invocation timer ran out, the dialogue was aborted or refused, or it ended
   * without the answer.
   */
  record NoResponse(String reason) implements MapOutcome {}
}
