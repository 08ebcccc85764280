package org.ss7sim.smpp.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CancelSmResp;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataSm;
import org.ss7sim.smpp.pdu.DataSmResp;
import org.ss7sim.smpp.pdu.MultiDestination;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.ReplaceSm;
import org.ss7sim.smpp.pdu.ReplaceSmResp;
import org.ss7sim.smpp.pdu.SmppTime;
import org.ss7sim.smpp.pdu.SubmitMulti;
import org.ss7sim.smpp.pdu.SubmitMultiResp;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.Tlv;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.pdu.UnsuccessfulDelivery;
import org.ss7sim.smpp.session.Responses;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.time.TimerService;

/**
 * The message-submission requests of one bound session (SMPP 3.4 §4.4–4.10): the per-bind rate
 * limit (a token bucket refilled at the account's rate, one second of burst; ESME_RTHROTTLED),
 * source address and time checks, and the call into the {@link SmscService}.
 */
final class SubmitHandling {
  private static final Logger LOG = LoggerFactory.getLogger(SubmitHandling.class);

  private final SmscService service;
  private final ServerCounters counters;
  private final TimerService timers;
  private EsmeAccount account;
  private double tokens;
  private long tokensAt;

  SubmitHandling(SmscService service, ServerCounters counters, TimerService timers) {
    this.service = service;
    this.counters = counters;
    this.timers = timers;
  }

  void bound(EsmeAccount account) {
    this.account = account;
    this.tokens = Math.max(1, account.submitsPerSecond());
    this.tokensAt = timers.nanoTime();
  }

  /** The response to a submit-class request from a bound transmitter or transceiver. */
  Pdu handle(EsmeBind bind, Pdu request) {
    try {
      return switch (request.commandId()) {
        case SUBMIT_SM -> submitSm(bind, (SubmitSm) request);
        case DATA_SM -> dataSm(bind, (DataSm) request);
        case SUBMIT_MULTI -> submitMulti(bind, (SubmitMulti) request);
        case QUERY_SM -> service.query(bind, (QuerySm) request);
        case CANCEL_SM ->
            new CancelSmResp(service.cancel(bind, (CancelSm) request), request.sequence());
        case REPLACE_SM ->
            new ReplaceSmResp(service.replace(bind, (ReplaceSm) request), request.sequence());
        default ->
            throw new IllegalArgumentException(
                "not a submit-class command: " + request.commandId());
      };
    } catch (RuntimeException e) {
      counters.serviceFailures.increment();
      LOG.debug("SMSC service failed on {} from {}", request.commandId(), bind.systemId(), e);
      return Responses.error(
          request.commandId(), CommandStatus.SYSTEM_ERROR, request.sequence(), "");
    }
  }

  private Pdu submitSm(EsmeBind bind, SubmitSm s) {
    CommandStatus bad = check(s.source(), s.scheduleDeliveryTime(), s.validityPeriod());
    if (bad != null) {
      return reject(new SubmitSmResp(bad, s.sequence(), null, Tlvs.EMPTY));
    }
    Submission sub =
        new Submission(
            bind,
            s.source(),
            s.destination(),
            s.esmClass(),
            s.protocolId(),
            s.priorityFlag(),
            SmppTime.parseOptional(s.scheduleDeliveryTime()),
            SmppTime.parseOptional(s.validityPeriod()),
            s.registeredDelivery(),
            s.dataCoding(),
            s.payload(),
            s.tlvs(),
            s);
    SubmitResult r = service.submit(sub);
    if (r instanceof SubmitResult.Accepted a) {
      counters.submitsAccepted.increment();
      return new SubmitSmResp(CommandStatus.OK, s.sequence(), a.messageId(), Tlvs.EMPTY);
    }
    return reject(
        new SubmitSmResp(((SubmitResult.Rejected) r).status(), s.sequence(), null, Tlvs.EMPTY));
  }

  private Pdu dataSm(EsmeBind bind, DataSm d) {
    CommandStatus bad = check(d.source(), "", "");
    if (bad != null) {
      return reject(new DataSmResp(bad, d.sequence(), "", Tlvs.EMPTY));
    }
    Octets payload = d.tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(Octets.EMPTY);
    Submission sub =
        new Submission(
            bind,
            d.source(),
            d.destination(),
            d.esmClass(),
            0,
            0,
            null,
            null,
            d.registeredDelivery(),
            d.dataCoding(),
            payload,
            d.tlvs(),
            d);
    SubmitResult r = service.submit(sub);
    if (r instanceof SubmitResult.Accepted a) {
      counters.submitsAccepted.increment();
      return new DataSmResp(CommandStatus.OK, d.sequence(), a.messageId(), Tlvs.EMPTY);
    }
    return reject(
        new DataSmResp(((SubmitResult.Rejected) r).status(), d.sequence(), "", Tlvs.EMPTY));
  }

  /** One submission per SME destination; distribution lists are not kept here (ESME_RCNTSUBDL). */
  private Pdu submitMulti(EsmeBind bind, SubmitMulti m) {
    CommandStatus bad = check(m.source(), m.scheduleDeliveryTime(), m.validityPeriod());
    if (bad != null) {
      return reject(new SubmitMultiResp(bad, m.sequence(), null, List.of(), Tlvs.EMPTY));
    }
    String firstId = null;
    List<UnsuccessfulDelivery> failed = new ArrayList<>();
    Octets payload = m.tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(m.shortMessage());
    for (MultiDestination d : m.destinations()) {
      if (d instanceof MultiDestination.DistributionList dl) {
        failed.add(
            new UnsuccessfulDelivery(
                new Address(0, 0, dl.name()), CommandStatus.CANNOT_SUBMIT_TO_DL));
        continue;
      }
      Address to = ((MultiDestination.Sme) d).address();
      SubmitResult r =
          service.submit(
              new Submission(
                  bind,
                  m.source(),
                  to,
                  m.esmClass(),
                  m.protocolId(),
                  m.priorityFlag(),
                  SmppTime.parseOptional(m.scheduleDeliveryTime()),
                  SmppTime.parseOptional(m.validityPeriod()),
                  m.registeredDelivery(),
                  m.dataCoding(),
                  payload,
                  m.tlvs(),
                  m));
      if (r instanceof SubmitResult.Accepted a) {
        firstId = firstId == null ? a.messageId() : firstId;
      } else {
        failed.add(new UnsuccessfulDelivery(to, ((SubmitResult.Rejected) r).status()));
      }
    }
    if (firstId == null) {
      return reject(
          new SubmitMultiResp(
              CommandStatus.SUBMIT_FAILED, m.sequence(), null, List.of(), Tlvs.EMPTY));
    }
    counters.submitsAccepted.increment();
    return new SubmitMultiResp(CommandStatus.OK, m.sequence(), firstId, failed, Tlvs.EMPTY);
  }

  private Pdu reject(Pdu response) {
    counters.submitsRejected.increment();
    return response;
  }

  /** The status to refuse a submission with, or {@code null} if it may go to the service. */
  private CommandStatus check(Address source, String schedule, String validity) {
    if (!takeToken()) {
      counters.throttled.increment();
      return CommandStatus.THROTTLED;
    }
    if (account.sourceAddresses().isPresent()
        && !account.sourceAddresses().get().matcher(source.address()).matches()) {
      return CommandStatus.INVALID_SOURCE_ADDRESS;
    }
    if (!validTime(schedule)) {
      return CommandStatus.INVALID_SCHEDULE_TIME;
    }
    if (!validTime(validity)) {
      return CommandStatus.INVALID_EXPIRY_TIME;
    }
    return null;
  }

  private static boolean validTime(String text) {
    try {
      SmppTime.parseOptional(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean takeToken() {
    double rate = account.submitsPerSecond();
    if (rate == 0) {
      return true;
    }
    long now = timers.nanoTime();
    tokens = Math.min(Math.max(1, rate), tokens + (now - tokensAt) * rate / 1e9);
    tokensAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
