package org.ss7sim.map.service;

import org.ss7sim.map.error.MapError;
import org.ss7sim.tcap.component.RejectProblem;

/**
 * How an operation invoked through its typed descriptor ended (TS 29.002 §16.2 confirmations), with
 * the result as the operation's result type {@code R}: {@code if (c instanceof
 * Confirmation.Result<RoutingInfoForSmRes> r) { r.result().imsi(); }} needs no cast. The untyped
 * counterpart is {@link MapOutcome}.
 */
public sealed interface Confirmation<R> {
  /** Success: the result, or null for operations without one (and class 4 sends). */
  record Result<R>(R result) implements Confirmation<R> {}

  /** The peer returned a MAP error. */
  record Error<R>(MapError error) implements Confirmation<R> {}

  /** The invoke, or the peer's answer to it, was rejected (by the peer or by us). */
  record Rejected<R>(RejectProblem problem, boolean byPeer) implements Confirmation<R> {}

  /** No answer: timer expiry, abort, refusal, or the dialogue ended without the answer. */
  record NoResponse<R>(String reason) implements Confirmation<R> {}

  default boolean succeeded() {
    return this instanceof Result;
  }

  /** The untyped outcome as this operation's confirmation. */
  static <R> Confirmation<R> of(MapOutcome outcome, Class<R> resultType) {
    if (outcome instanceof MapOutcome.Result r) {
      return new Result<>(
          r.result() == null || resultType == Void.class ? null : resultType.cast(r.result()));
    } else if (outcome instanceof MapOutcome.Error e) {
      return new Error<>(e.error());
    } else if (outcome instanceof MapOutcome.Rejected j) {
      return new Rejected<>(j.problem(), j.byPeer());
    }
    return new NoResponse<>(((MapOutcome.NoResponse) outcome).reason());
  }
}
