package org.ss7sim.smpp.server;

import java.util.concurrent.TimeoutException;
import org.ss7sim.smpp.pdu.DeliverSmResp;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.session.Outstanding;
import org.ss7sim.wire.time.TimerService;

/**
 * One deliver_sm in a session's window: acknowledged (the caller's future completes), refused or
 * unanswered (retried after the configured interval until the attempts are used up), or orphaned by
 * a lost connection (put back at the head of the queue at once, the attempt not counted).
 */
final class DeliveryAttempt implements Outstanding {
  private final Delivery delivery;
  private final SmppServer server;
  private final TimerService timers;
  private final Runnable windowFreed;

  DeliveryAttempt(Delivery delivery, SmppServer server, TimerService timers, Runnable windowFreed) {
    this.delivery = delivery;
    this.server = server;
    this.timers = timers;
    this.windowFreed = windowFreed;
  }

  @Override
  public void onResponse(Pdu response) {
    if (response instanceof DeliverSmResp r && r.status().isOk()) {
      server.counters().deliveriesAcknowledged.increment();
      delivery.result.complete(r);
    } else if (response instanceof DeliverSmResp r) {
      failed(r);
    } else {
      failed(new DeliverSmResp(response.status(), response.sequence(), null, Tlvs.EMPTY));
    }
    windowFreed.run();
  }

  @Override
  public void onTimeout() {
    failed(null);
  }

  @Override
  public void onClosed() {
    delivery.attempts--;
    server.requeue(delivery);
  }

  private void failed(DeliverSmResp response) {
    SmppServerConfig config = server.config();
    if (delivery.attempts >= config.maxDeliverAttempts()) {
      server.counters().deliveriesFailed.increment();
      if (response != null) {
        delivery.result.complete(response);
      } else {
        delivery.result.completeExceptionally(
            new TimeoutException("no deliver_sm_resp after " + delivery.attempts + " attempts"));
      }
      return;
    }
    server.counters().deliveriesRetried.increment();
    timers.schedule(config.deliverRetryInterval(), () -> server.requeue(delivery));
  }
}
