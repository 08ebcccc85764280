package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A submitted message and its receipt are paired whichever arrives first, also when the two arrive
 * on two threads at once (the shared SMPP threads: a receipt parked as "early" just after its
 * response looked for it was never matched — one SMS in ~200,000 at 10,000/s ended as a timeout).
 */
class ReceiptMatcherTest {
  @Test
  void response_first_or_receipt_first_each_pairs_once() {
    ReceiptMatcher<String, String> m = new ReceiptMatcher<>();
    assertThat(m.accepted("1", "attempt-1")).isEmpty();
    assertThat(m.waitingFor("1")).contains("attempt-1");
    assertThat(m.received("1", "receipt-1")).contains("attempt-1");
    assertThat(m.waiting()).isZero();

    assertThat(m.received("2", "receipt-2")).isEmpty();
    assertThat(m.accepted("2", "attempt-2")).contains("receipt-2");
    assertThat(m.waiting()).isZero();
    assertThat(m.received("2", "again")).as("the early receipt was used up").isEmpty();
  }

  @Test
  void a_response_and_its_receipt_racing_on_two_threads_are_always_paired() throws Exception {
    int n = 200_000;
    ReceiptMatcher<String, String> m = new ReceiptMatcher<>();
    ConcurrentHashMap<String, Boolean> ended = new ConcurrentHashMap<>();
    AtomicInteger twice = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    Thread responses =
        new Thread(
            () -> {
              await(go);
              for (int i = 0; i < n; i++) {
                String id = Integer.toString(i);
                m.accepted(id, id).ifPresent(r -> end(ended, twice, id));
              }
            });
    Thread receipts =
        new Thread(
            () -> {
              await(go);
              for (int i = 0; i < n; i++) {
                String id = Integer.toString(i);
                m.received(id, id).ifPresent(p -> end(ended, twice, id));
              }
            });
    responses.start();
    receipts.start();
    go.countDown();
    responses.join(TimeUnit.SECONDS.toMillis(60));
    receipts.join(TimeUnit.SECONDS.toMillis(60));
    assertThat(responses.isAlive() || receipts.isAlive()).isFalse();
    assertThat(twice.get()).isZero();
    assertThat(ended).hasSize(n);
    assertThat(m.waiting()).isZero();
  }

  private static void end(
      ConcurrentHashMap<String, Boolean> ended, AtomicInteger twice, String id) {
    if (ended.putIfAbsent(id, true) != null) {
      twice.incrementAndGet();
    }
  }

  private static void await(CountDownLatch l) {
    try {
      l.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
