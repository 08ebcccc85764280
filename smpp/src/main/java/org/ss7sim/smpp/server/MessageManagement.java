package org.ss7sim.smpp.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.EsmClass;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.ReplaceSm;
import org.ss7sim.smpp.pdu.SmppTime;

/**
 * The rules of query_sm, cancel_sm and replace_sm (SMPP 3.4 §4.8–4.10) over the messages an SMSC
 * holds, apart from the store: the SMSC looks the message(s) up, asks here for the answer, and
 * applies the change when the answer is ESME_ROK. Pure; the caller passes "now".
 *
 * <ul>
 *   <li>A message is visible only to the system_id that submitted it, and only when the request's
 *       source_addr (after the {@code +} rule) equals the message's; anything else is answered as
 *       if the id were unknown, ESME_RINVMSGID (0x0C), so one ESME cannot probe another's ids.
 *   <li>query_sm of a visible message: ESME_ROK with its message_state, the final_date once final
 *       (absolute UTC time), and the network error code.
 *   <li>cancel_sm with a message_id: that message, if not final (ESME_RCANCELFAIL when it is, or
 *       when a destination_addr given does not match). Without a message_id: every non-final
 *       message of the ESME with that source and destination (and service_type when given);
 *       ESME_RCANCELFAIL when there is none.
 *   <li>replace_sm: the message must not be final (ESME_RREPLACEFAIL); the new fields are checked
 *       as at submit ({@link SubmitCheck}: times, registered_delivery, sm_default_msg_id,
 *       short_message with message_payload).
 *   <li>replace_if_present_flag 1 on submit_sm or submit_multi (SMPP 3.4 §5.2.18): the new message
 *       replaces every message of the same ESME not yet final with the same source address,
 *       destination address and service_type ({@link #replacedBy}); the SMSC ends those DELETED and
 *       stores the new one under a new id. With the flag 0 nothing is replaced.
 * </ul>
 */
public final class MessageManagement {
  private MessageManagement() {}

  /**
   * What the SMSC knows of one message it holds.
   *
   * @param finalDate when it reached its final state; {@code null} while it has not
   * @param errorCode the network error code for query_sm_resp (0 when none)
   */
  public record Held(
      String messageId,
      String systemId,
      String serviceType,
      Address source,
      Address destination,
      MessageState state,
      Instant finalDate,
      int errorCode) {
    public Held {
      Objects.requireNonNull(messageId, "messageId");
      Objects.requireNonNull(systemId, "systemId");
      Objects.requireNonNull(serviceType, "serviceType");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(state, "state");
    }
  }

  /** The answer to cancel_sm: the status, and on ESME_ROK the ids to cancel. */
  public record Cancellation(CommandStatus status, List<String> messageIds) {
    public Cancellation {
      Objects.requireNonNull(status, "status");
      messageIds = List.copyOf(messageIds);
    }
  }

  /** query_sm_resp for {@code query}, given the message stored under its id (if any). */
  public static QuerySmResp query(EsmeBind bind, QuerySm query, Optional<Held> stored) {
    Optional<Held> m = stored.filter(h -> visible(bind, query.source(), h));
    if (m.isEmpty()) {
      // with its body (the id asked about, no final_date, state and error 0): SMPP 3.4 §4.8.2
      // gives query_sm_resp no "body not returned" note as §4.4.2 gives submit_sm_resp, and
      // Cloudhopper cannot read a query_sm_resp without one
      return new QuerySmResp(
          CommandStatus.INVALID_MESSAGE_ID, query.sequence(), query.messageId(), "", 0, 0);
    }
    Held h = m.get();
    String finalDate =
        h.state().isFinal() && h.finalDate() != null
            ? SmppTime.Absolute.utc(h.finalDate()).text()
            : "";
    return new QuerySmResp(
        CommandStatus.OK,
        query.sequence(),
        h.messageId(),
        finalDate,
        h.state().code(),
        h.errorCode() & 0xff);
  }

  /**
   * cancel_sm. {@code candidates}: with a message_id, the message stored under it (or nothing);
   * without, the ESME's messages to that destination (the store's query; they are filtered here).
   */
  public static Cancellation cancel(EsmeBind bind, CancelSm cancel, List<Held> candidates) {
    Address dest = SubmitCheck.normalize(cancel.destination());
    if (!cancel.messageId().isEmpty()) {
      Optional<Held> m =
          candidates.stream()
              .filter(h -> h.messageId().equals(cancel.messageId()))
              .filter(h -> visible(bind, cancel.source(), h))
              .findFirst();
      if (m.isEmpty()) {
        return new Cancellation(CommandStatus.INVALID_MESSAGE_ID, List.of());
      }
      boolean destMatches =
          dest.address().isEmpty() || dest.address().equals(m.get().destination().address());
      if (m.get().state().isFinal() || !destMatches) {
        return new Cancellation(CommandStatus.CANCEL_FAILED, List.of());
      }
      return new Cancellation(CommandStatus.OK, List.of(m.get().messageId()));
    }
    List<String> ids = new ArrayList<>();
    for (Held h : candidates) {
      if (visible(bind, cancel.source(), h)
          && !h.state().isFinal()
          && h.destination().address().equals(dest.address())
          && (cancel.serviceType().isEmpty() || cancel.serviceType().equals(h.serviceType()))) {
        ids.add(h.messageId());
      }
    }
    return ids.isEmpty()
        ? new Cancellation(CommandStatus.CANCEL_FAILED, List.of())
        : new Cancellation(CommandStatus.OK, ids);
  }

  /** replace_sm: ESME_ROK when the SMSC may replace the stored message with the new fields. */
  public static CommandStatus replace(
      EsmeBind bind, ReplaceSm replace, Optional<Held> stored, Instant now) {
    Optional<Held> m = stored.filter(h -> visible(bind, replace.source(), h));
    if (m.isEmpty()) {
      return CommandStatus.INVALID_MESSAGE_ID;
    }
    if (m.get().state().isFinal()) {
      return CommandStatus.REPLACE_FAILED;
    }
    return SubmitCheck.times(replace.scheduleDeliveryTime(), replace.validityPeriod(), now)
        .or(
            () ->
                SubmitCheck.message(
                    EsmClass.DEFAULT,
                    0,
                    replace.registeredDelivery(),
                    0,
                    org.ss7sim.smpp.pdu.DataCoding.SMSC_DEFAULT,
                    replace.smDefaultMsgId(),
                    replace.shortMessage(),
                    replace.tlvs()))
        .map(SubmitCheck.Refusal::status)
        .orElse(CommandStatus.OK);
  }

  /**
   * Whether {@code request} (submit_sm or submit_multi) asks to replace a message still pending
   * delivery: replace_if_present_flag 1 (SMPP 3.4 §5.2.18; 0 is the default, values above 1 are
   * refused at submit with ESME_RINVREPFLAG).
   */
  public static boolean replaceIfPresent(org.ss7sim.smpp.pdu.Pdu request) {
    if (request instanceof org.ss7sim.smpp.pdu.SubmitSm s) {
      return s.replaceIfPresent() == 1;
    }
    return request instanceof org.ss7sim.smpp.pdu.SubmitMulti m && m.replaceIfPresent() == 1;
  }

  /**
   * The ids of the held messages submission {@code s} replaces when it carries
   * replace_if_present_flag 1 (SMPP 3.4 §5.2.18): those of the same ESME (system_id) not yet final
   * whose source address, destination address and service_type equal the new message's. Empty when
   * the flag is not set. {@code candidates}: the messages the SMSC could still replace (not final,
   * no delivery attempt under way).
   */
  public static List<String> replacedBy(Submission s, String serviceType, List<Held> candidates) {
    if (!replaceIfPresent(s.request())) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (Held h : candidates) {
      if (h.systemId().equals(s.bind().systemId())
          && !h.state().isFinal()
          && h.source().address().equals(s.source().address())
          && h.destination().address().equals(s.destination().address())
          && h.serviceType().equals(serviceType)) {
        ids.add(h.messageId());
      }
    }
    return ids;
  }

  private static boolean visible(EsmeBind bind, Address requestSource, Held h) {
    return h.systemId().equals(bind.systemId())
        && SubmitCheck.normalize(requestSource).address().equals(h.source().address());
  }
}
