package org.ss7sim.smpp.client;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.session.Outstanding;

/**
 * A run of submits paced to a rate on one session: never ahead of rate × elapsed time, never past
 * the window. Stepped by the session whenever the window frees a slot and on each timer tick.
 */
final class RateLoad {
  private final ClientSession session;
  private final IntFunction<SubmitSm> messages;
  private final int total;
  private final double perSecond;
  private final long start;
  private final Map<String, Integer> rejected = new HashMap<>();
  final CompletableFuture<LoadResult> result = new CompletableFuture<>();
  private int sent;
  private int accepted;
  private int done;

  RateLoad(ClientSession session, IntFunction<SubmitSm> messages, int total, double perSecond) {
    this.session = session;
    this.messages = messages;
    this.total = total;
    this.perSecond = perSecond;
    this.start = session.now();
    if (total == 0) {
      result.complete(new LoadResult(0, Map.of(), 0));
    }
  }

  void step() {
    long allowed = Math.min(total, (long) ((session.now() - start) * perSecond / 1e9) + 1);
    while (sent < allowed && session.windowHasRoom() && session.canSubmit()) {
      session.sendTracked(messages.apply(sent++), new Outcome());
    }
    if (!session.canSubmit() && sent < total && !result.isDone()) {
      rejected.merge("not bound", total - sent, Integer::sum);
      done += total - sent;
      sent = total;
      finishIfDone();
    }
  }

  private void finishIfDone() {
    if (done >= total && !result.isDone()) {
      result.complete(new LoadResult(accepted, rejected, session.now() - start));
    }
  }

  /** The fate of one submit of the run. */
  private final class Outcome implements Outstanding {
    @Override
    public void onResponse(Pdu response) {
      if (response.status().isOk()) {
        accepted++;
      } else {
        String n = response.status().name();
        rejected.merge(n != null ? n : response.status().toString(), 1, Integer::sum);
      }
      done++;
      finishIfDone();
    }

    @Override
    public void onTimeout() {
      rejected.merge("timeout", 1, Integer::sum);
      done++;
      finishIfDone();
    }

    @Override
    public void onClosed() {
      rejected.merge("closed", 1, Integer::sum);
      done++;
      finishIfDone();
    }
  }
}
