package org.ss7sim.simulator.node.smsc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs an ESME's submitted messages with their delivery receipts by message id, whichever comes
 * first: the submit_sm_resp that names the id, or the receipt (a fast delivery can beat the
 * response to the ESME, and the two may arrive on different SMPP threads). Each pairing is atomic,
 * so a receipt racing its response is matched once, never parked for good.
 *
 * @param <P> what waits for a receipt (the attempt)
 * @param <R> the receipt
 */
final class ReceiptMatcher<P, R> {
  private final Map<String, P> waiting = new HashMap<>();
  private final Map<String, R> early = new HashMap<>();

  /**
   * Message {@code id} was accepted for {@code pending}: its receipt if it came already (then the
   * pending is done), else empty and the pending waits.
   */
  synchronized Optional<R> accepted(String id, P pending) {
    R receipt = early.remove(id);
    if (receipt == null) {
      waiting.put(id, pending);
    }
    return Optional.ofNullable(receipt);
  }

  /**
   * A receipt for message {@code id} arrived: whoever waits for it (then no longer waiting), else
   * empty and the receipt is kept until {@link #accepted} names the id.
   */
  synchronized Optional<P> received(String id, R receipt) {
    P pending = waiting.remove(id);
    if (pending == null) {
      early.put(id, receipt);
    }
    return Optional.ofNullable(pending);
  }

  /** Who waits for message {@code id}'s receipt, if any (it keeps waiting). */
  synchronized Optional<P> waitingFor(String id) {
    return Optional.ofNullable(waiting.get(id));
  }

  /** Accepted messages still waiting for their receipt. */
  synchronized int waiting() {
    return waiting.size();
  }
}
