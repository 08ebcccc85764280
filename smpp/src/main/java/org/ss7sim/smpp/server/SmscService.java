package org.ss7sim.smpp.server;

import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.ReplaceSm;

/**
 * What the SMSC node implements for the SMPP server. Methods are called on the session's event loop
 * and must not block: accept into a store and return, do the network work elsewhere. Pushing
 * messages the other way (MO, receipts) is {@link SmppServer#deliver} and {@link
 * SmppServer#deliverReceipt}.
 */
public interface SmscService {
  /**
   * A message submitted by a bound transmitter or transceiver: store it and return its message id,
   * or reject it with a status (ESME_RMSGQFUL when the store is full).
   */
  SubmitResult submit(Submission submission);

  /** query_sm (SMPP 3.4 §4.8); by default unsupported: ESME_RQUERYFAIL. */
  default QuerySmResp query(EsmeBind bind, QuerySm query) {
    return new QuerySmResp(CommandStatus.QUERY_FAILED, query.sequence(), null, null, 0, 0);
  }

  /** cancel_sm (SMPP 3.4 §4.9); by default ESME_RCANCELFAIL. */
  default CommandStatus cancel(EsmeBind bind, CancelSm cancel) {
    return CommandStatus.CANCEL_FAILED;
  }

  /** replace_sm (SMPP 3.4 §4.10); by default ESME_RREPLACEFAIL. */
  default CommandStatus replace(EsmeBind bind, ReplaceSm replace) {
    return CommandStatus.REPLACE_FAILED;
  }

  /** A session bound. */
  default void onBound(EsmeBind bind) {}

  /** A bound session ended (unbind or connection loss). */
  default void onUnbound(EsmeBind bind) {}
}
