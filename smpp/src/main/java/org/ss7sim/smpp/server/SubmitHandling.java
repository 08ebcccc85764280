package org.ss7sim.smpp.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BroadcastSm;
import org.ss7sim.smpp.pdu.BroadcastSmResp;
import org.ss7sim.smpp.pdu.CancelBroadcastSm;
import org.ss7sim.smpp.pdu.CancelBroadcastSmResp;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CancelSmResp;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataSm;
import org.ss7sim.smpp.pdu.DataSmResp;
import org.ss7sim.smpp.pdu.EsmClass;
import org.ss7sim.smpp.pdu.MultiDestination;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.QueryBroadcastSm;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
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
 * limit (a token bucket refilled at the account's rate, one second of burst; ESME_RTHROTTLED), the
 * account's source addresses, the door check ({@link SubmitCheck}), and the call into the {@link
 * SmscService} with addresses normalised by {@link SubmitCheck#normalize}.
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

  /**
   * Handles a submit-class request from a bound transmitter or transceiver; {@code respond} gets
   * the response, at once or (submit_sm, data_sm: once the service has stored the message) later
   * from another thread.
   */
  void handle(EsmeBind bind, Pdu request, java.util.function.Consumer<Pdu> respond) {
    try {
      switch (request.commandId()) {
        case SUBMIT_SM -> submitSm(bind, (SubmitSm) request, respond);
        case DATA_SM -> dataSm(bind, (DataSm) request, respond);
        case SUBMIT_MULTI -> submitMulti(bind, (SubmitMulti) request, respond);
        default -> respond.accept(handle(bind, request));
      }
    } catch (RuntimeException e) {
      respond.accept(failed(bind, request, e));
    }
  }

  /** The response to a submit-class request other than submit_sm and data_sm. */
  Pdu handle(EsmeBind bind, Pdu request) {
    try {
      return switch (request.commandId()) {
        case SUBMIT_MULTI -> {
          Pdu[] answer = new Pdu[1];
          submitMulti(bind, (SubmitMulti) request, r -> answer[0] = r);
          if (answer[0] == null) {
            throw new IllegalStateException("submit_multi not answered at once");
          }
          yield answer[0];
        }
        case QUERY_SM -> service.query(bind, (QuerySm) request);
        case CANCEL_SM ->
            new CancelSmResp(service.cancel(bind, (CancelSm) request), request.sequence());
        case REPLACE_SM ->
            new ReplaceSmResp(service.replace(bind, (ReplaceSm) request), request.sequence());
        case BROADCAST_SM -> broadcastSm(bind, (BroadcastSm) request);
        case QUERY_BROADCAST_SM -> service.queryBroadcast(bind, (QueryBroadcastSm) request);
        case CANCEL_BROADCAST_SM ->
            new CancelBroadcastSmResp(
                service.cancelBroadcast(bind, (CancelBroadcastSm) request), request.sequence());
        default ->
            throw new IllegalArgumentException(
                "not a submit-class command: " + request.commandId());
      };
    } catch (RuntimeException e) {
      return failed(bind, request, e);
    }
  }

  private Pdu failed(EsmeBind bind, Pdu request, RuntimeException e) {
    counters.serviceFailures.increment();
    LOG.debug("SMSC service failed on {} from {}", request.commandId(), bind.systemId(), e);
    return Responses.error(request.commandId(), CommandStatus.SYSTEM_ERROR, request.sequence(), "");
  }

  private void submitSm(EsmeBind bind, SubmitSm s, java.util.function.Consumer<Pdu> respond) {
    CommandStatus bad = check(bind, s.source(), SubmitCheck.submitSm(s, now()));
    if (bad != null) {
      respond.accept(reject(new SubmitSmResp(bad, s.sequence(), null, Tlvs.EMPTY)));
      return;
    }
    Submission sub =
        new Submission(
            bind,
            SubmitCheck.normalize(s.source()),
            SubmitCheck.normalize(s.destination()),
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
    service.submit(
        sub,
        r -> {
          if (r instanceof SubmitResult.Accepted a) {
            counters.submitsAccepted.increment();
            respond.accept(
                new SubmitSmResp(CommandStatus.OK, s.sequence(), a.messageId(), Tlvs.EMPTY));
          } else {
            respond.accept(
                reject(
                    new SubmitSmResp(
                        ((SubmitResult.Rejected) r).status(), s.sequence(), null, Tlvs.EMPTY)));
          }
        });
  }

  private void dataSm(EsmeBind bind, DataSm d, java.util.function.Consumer<Pdu> respond) {
    CommandStatus bad = check(bind, d.source(), SubmitCheck.dataSm(d, now()));
    if (bad != null) {
      respond.accept(reject(new DataSmResp(bad, d.sequence(), "", Tlvs.EMPTY)));
      return;
    }
    Octets payload = d.tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(Octets.EMPTY);
    Submission sub =
        new Submission(
            bind,
            SubmitCheck.normalize(d.source()),
            SubmitCheck.normalize(d.destination()),
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
    service.submit(
        sub,
        r -> {
          if (r instanceof SubmitResult.Accepted a) {
            counters.submitsAccepted.increment();
            respond.accept(
                new DataSmResp(CommandStatus.OK, d.sequence(), a.messageId(), Tlvs.EMPTY));
          } else {
            respond.accept(
                reject(
                    new DataSmResp(
                        ((SubmitResult.Rejected) r).status(), d.sequence(), "", Tlvs.EMPTY)));
          }
        });
  }

  /**
   * broadcast_sm: the mandatory TLVs (SMPP 5.0 §4.4: ESME_RMISSINGTLV 0xC3), the source address,
   * priority, data_coding and times by the rules of {@link SubmitCheck}, then the service.
   */
  private Pdu broadcastSm(EsmeBind bind, BroadcastSm b) {
    TlvTag missing = b.missingMandatoryTlv();
    CommandStatus bad;
    if (missing != null) {
      LOG.debug("broadcast_sm from {} without {}", bind.systemId(), missing);
      bad = CommandStatus.MISSING_TLV;
    } else {
      bad =
          check(
              bind,
              b.source(),
              SubmitCheck.address(b.source(), SubmitCheck.Side.SOURCE)
                  .or(
                      () ->
                          SubmitCheck.message(
                              EsmClass.DEFAULT,
                              b.priorityFlag(),
                              RegisteredDelivery.NONE,
                              b.replaceIfPresent(),
                              b.dataCoding(),
                              b.smDefaultMsgId(),
                              Octets.EMPTY,
                              b.tlvs()))
                  .or(
                      () ->
                          SubmitCheck.times(b.scheduleDeliveryTime(), b.validityPeriod(), now())));
    }
    if (bad != null) {
      return reject(new BroadcastSmResp(bad, b.sequence(), "", Tlvs.EMPTY));
    }
    BroadcastSmResp r = service.broadcast(bind, b);
    if (r.status().isOk()) {
      counters.submitsAccepted.increment();
      return r;
    }
    return reject(r);
  }

  /**
   * One submission per SME destination; distribution lists are not kept here (ESME_RCNTSUBDL). Each
   * destination is answered by the service as a submit_sm is (possibly later, from the store's
   * thread); {@code respond} gets submit_multi_resp once the last one is, so no SMPP thread waits
   * for the store.
   */
  private void submitMulti(EsmeBind bind, SubmitMulti m, java.util.function.Consumer<Pdu> respond) {
    CommandStatus bad = check(bind, m.source(), SubmitCheck.submitMulti(m, now()));
    if (bad != null) {
      respond.accept(reject(new SubmitMultiResp(bad, m.sequence(), null, List.of(), Tlvs.EMPTY)));
      return;
    }
    List<UnsuccessfulDelivery> refused = new ArrayList<>();
    List<Submission> submissions = new ArrayList<>();
    Octets payload = m.tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(m.shortMessage());
    for (MultiDestination d : m.destinations()) {
      if (d instanceof MultiDestination.DistributionList dl) {
        refused.add(
            new UnsuccessfulDelivery(
                new Address(0, 0, dl.name()), CommandStatus.CANNOT_SUBMIT_TO_DL));
        continue;
      }
      Address to = ((MultiDestination.Sme) d).address();
      Optional<SubmitCheck.Refusal> refusal = SubmitCheck.address(to, SubmitCheck.Side.DESTINATION);
      if (refusal.isPresent()) {
        LOG.debug("submit_multi from {}: {}", bind.systemId(), refusal.get().reason());
        refused.add(new UnsuccessfulDelivery(to, refusal.get().status()));
        continue;
      }
      submissions.add(
          new Submission(
              bind,
              SubmitCheck.normalize(m.source()),
              SubmitCheck.normalize(to),
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
    }
    MultiAnswer answer = new MultiAnswer(m, refused, submissions.size(), respond);
    for (int i = 0; i < submissions.size(); i++) {
      int index = i;
      Submission sub = submissions.get(i);
      service.submit(sub, r -> answer.answered(index, sub.destination(), r));
    }
  }

  /** The answers to one submit_multi's destinations, gathered from whichever thread gives them. */
  private final class MultiAnswer {
    private final SubmitMulti request;
    private final List<UnsuccessfulDelivery> refused;
    private final SubmitResult[] results;
    private final Address[] destinations;
    private final java.util.function.Consumer<Pdu> respond;
    private int outstanding;

    MultiAnswer(
        SubmitMulti request,
        List<UnsuccessfulDelivery> refused,
        int submitted,
        java.util.function.Consumer<Pdu> respond) {
      this.request = request;
      this.refused = refused;
      this.results = new SubmitResult[submitted];
      this.destinations = new Address[submitted];
      this.respond = respond;
      this.outstanding = submitted;
      if (submitted == 0) {
        respond.accept(response());
      }
    }

    void answered(int index, Address to, SubmitResult r) {
      synchronized (this) {
        results[index] = r;
        destinations[index] = to;
        if (--outstanding > 0) {
          return;
        }
      }
      respond.accept(response());
    }

    private Pdu response() {
      String firstId = null;
      List<UnsuccessfulDelivery> failed = new ArrayList<>(refused);
      for (int i = 0; i < results.length; i++) {
        if (results[i] instanceof SubmitResult.Accepted a) {
          firstId = firstId == null ? a.messageId() : firstId;
        } else {
          failed.add(
              new UnsuccessfulDelivery(
                  destinations[i], ((SubmitResult.Rejected) results[i]).status()));
        }
      }
      if (firstId == null) {
        // Nothing accepted: an error response (no body, §4.5.2), with the destinations' common
        // status when they share one (a single bad destination gets its own code).
        CommandStatus st = failed.isEmpty() ? CommandStatus.SUBMIT_FAILED : failed.get(0).error();
        for (UnsuccessfulDelivery u : failed) {
          if (!u.error().equals(st)) {
            st = CommandStatus.SUBMIT_FAILED;
          }
        }
        return reject(new SubmitMultiResp(st, request.sequence(), null, List.of(), Tlvs.EMPTY));
      }
      counters.submitsAccepted.increment();
      return new SubmitMultiResp(CommandStatus.OK, request.sequence(), firstId, failed, Tlvs.EMPTY);
    }
  }

  private Pdu reject(Pdu response) {
    counters.submitsRejected.increment();
    return response;
  }

  /**
   * The status to refuse a submission with, or {@code null} if it may go to the service: the rate
   * limit, the account's source addresses, then {@link SubmitCheck}'s verdict.
   */
  private CommandStatus check(EsmeBind bind, Address source, Optional<SubmitCheck.Refusal> door) {
    if (!takeToken()) {
      counters.throttled.increment();
      return CommandStatus.THROTTLED;
    }
    if (account.sourceAddresses().isPresent()
        && !account
            .sourceAddresses()
            .get()
            .matcher(SubmitCheck.normalize(source).address())
            .matches()) {
      return CommandStatus.INVALID_SOURCE_ADDRESS;
    }
    if (door.isPresent()) {
      counters.refusedAtDoor.increment();
      LOG.debug("submit from {} refused: {}", bind.systemId(), door.get().reason());
      return door.get().status();
    }
    return null;
  }

  private Instant now() {
    return Instant.ofEpochMilli(timers.currentTimeMillis());
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
