package org.ss7sim.smpp.server;

import org.ss7sim.smpp.pdu.BroadcastSm;
import org.ss7sim.smpp.pdu.BroadcastSmResp;
import org.ss7sim.smpp.pdu.CancelBroadcastSm;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.QueryBroadcastSm;
import org.ss7sim.smpp.pdu.QueryBroadcastSmResp;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.ReplaceSm;
import org.ss7sim.smpp.pdu.Tlvs;

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

  /**
   * submit_sm and data_sm, answered when the message is safe: {@code answer} may be called later
   * and from any thread (for example once the store's transaction holding the message has
   * committed); the server sends the response on the session's thread then. Other requests of the
   * session are handled meanwhile, so responses may leave out of order (SMPP 3.4 §2.7 allows it).
   * By default {@link #submit(Submission)}, answered at once.
   */
  default void submit(Submission submission, java.util.function.Consumer<SubmitResult> answer) {
    answer.accept(submit(submission));
  }

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

  /**
   * broadcast_sm (SMPP 5.0 §4.4), called once the mandatory TLVs are there. By default this SMSC
   * has no cell broadcast centre behind it: ESME_RBCASTFAIL (0x10D), the status SMPP 5.0 defines
   * for a broadcast the MC could not take, rather than ESME_RINVCMDID, since the command itself is
   * known.
   */
  default BroadcastSmResp broadcast(EsmeBind bind, BroadcastSm broadcast) {
    return new BroadcastSmResp(
        CommandStatus.BROADCAST_FAILED, broadcast.sequence(), "", Tlvs.EMPTY);
  }

  /** query_broadcast_sm (SMPP 5.0 §4.6); by default ESME_RBCASTQUERYFAIL (0x10E). */
  default QueryBroadcastSmResp queryBroadcast(EsmeBind bind, QueryBroadcastSm query) {
    return new QueryBroadcastSmResp(
        CommandStatus.BROADCAST_QUERY_FAILED, query.sequence(), "", Tlvs.EMPTY);
  }

  /** cancel_broadcast_sm (SMPP 5.0 §4.6); by default ESME_RBCASTCANCELFAIL (0x10F). */
  default CommandStatus cancelBroadcast(EsmeBind bind, CancelBroadcastSm cancel) {
    return CommandStatus.BROADCAST_CANCEL_FAILED;
  }

  /** A session bound. */
  default void onBound(EsmeBind bind) {}

  /** A bound session ended (unbind or connection loss). */
  default void onUnbound(EsmeBind bind) {}
}
