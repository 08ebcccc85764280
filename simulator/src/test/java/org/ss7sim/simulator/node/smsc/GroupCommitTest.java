package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;

/** The SMSC store's group commit: acknowledged only once committed, many messages a transaction. */
class GroupCommitTest {
  @TempDir Path dir;

  private static StoredMessage message(MessageStore store) throws Exception {
    return new StoredMessage(
        store.nextId(),
        "esme1",
        "1000",
        "9990110000001",
        0,
        Octets.wrap(new byte[] {'h', 'i'}),
        true,
        0,
        60_000,
        StoredMessage.State.PENDING,
        0,
        "");
  }

  @Test
  void a_message_is_acknowledged_only_after_the_transaction_holding_it_committed()
      throws Exception {
    try (MessageStore store = MessageStore.open("embedded", "gc1", dir)) {
      GroupCommit writes = GroupCommit.threaded(store, "gc1");
      List<CompletableFuture<Long>> seenInStore = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        StoredMessage m = message(store);
        CompletableFuture<Long> f = new CompletableFuture<>();
        seenInStore.add(f);
        writes.insert(
            m,
            ok -> {
              // on the store thread, after the commit: the row is there for any reader
              try {
                f.complete(ok ? store.count(StoredMessage.State.PENDING) : -1);
              } catch (Exception e) {
                f.completeExceptionally(e);
              }
            });
      }
      for (int i = 0; i < seenInStore.size(); i++) {
        // every message acknowledged sees itself and all queued before it committed
        assertThat(seenInStore.get(i).get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(i + 1);
      }
      writes.close();
    }
    // and it is on disk: a new connection to the file reads all of them
    try (MessageStore again = MessageStore.open("embedded", "gc1", dir)) {
      assertThat(again.count(StoredMessage.State.PENDING)).isEqualTo(200);
      assertThat(again.nextId()).isEqualTo("00000000000000000201");
    }
  }

  @Test
  void submissions_queued_while_a_transaction_is_written_share_the_next_one() throws Exception {
    try (MessageStore store =
        MessageStore.open("memory", "gc2-" + System.identityHashCode(this), dir)) {
      GroupCommit writes = GroupCommit.threaded(store, "gc2");
      // hold the store thread inside its first transaction's completion
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch holding = new CountDownLatch(1);
      writes.insert(
          message(store),
          ok -> {
            holding.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      List<Boolean> acks = new java.util.concurrent.CopyOnWriteArrayList<>();
      for (int i = 0; i < 50; i++) {
        writes.insert(message(store), acks::add);
      }
      assertThat(acks).isEmpty(); // none acknowledged before its commit
      release.countDown();
      writes.flush();
      assertThat(acks).hasSize(50).containsOnly(true);
      assertThat(store.transactions()).isEqualTo(2); // the first, then the 50 together
      writes.close();
    }
  }

  @Test
  void inline_writes_go_in_batches_and_a_message_still_queued_is_written_once_as_it_is_now()
      throws Exception {
    try (MessageStore store =
        MessageStore.open("memory", "gc3-" + System.identityHashCode(this), dir)) {
      GroupCommit writes = GroupCommit.inline(store, "gc3");
      StoredMessage m = message(store);
      boolean[] acked = {false};
      writes.insert(m, ok -> acked[0] = ok);
      assertThat(acked[0]).isTrue();
      writes.update(m.with(StoredMessage.State.DELIVERED, 1));
      assertThat(store.transactions()).isZero(); // nothing written yet
      writes.flush();
      assertThat(store.transactions()).isEqualTo(1);
      assertThat(store.count(StoredMessage.State.DELIVERED)).isEqualTo(1);
      assertThat(store.count(StoredMessage.State.PENDING)).isZero();
      // a full batch is written without being asked
      for (int i = 0; i < GroupCommit.INLINE_BATCH; i++) {
        writes.insert(message(store), ok -> {});
      }
      assertThat(store.transactions()).isEqualTo(2);
      assertThat(store.count(StoredMessage.State.PENDING)).isEqualTo(GroupCommit.INLINE_BATCH);
      writes.close();
    }
  }

  @Test
  void after_close_a_submission_is_refused_not_lost() throws Exception {
    try (MessageStore store =
        MessageStore.open("memory", "gc4-" + System.identityHashCode(this), dir)) {
      GroupCommit writes = GroupCommit.threaded(store, "gc4");
      writes.close();
      CompletableFuture<Boolean> ack = new CompletableFuture<>();
      writes.insert(message(store), ack::complete);
      assertThat(ack.get(1, TimeUnit.SECONDS)).isFalse();
      assertThat(store.count(StoredMessage.State.PENDING)).isZero();
    }
  }

  @Test
  void a_paced_writer_puts_the_writes_of_one_interval_in_one_transaction() throws Exception {
    try (MessageStore store =
        MessageStore.open("memory", "gc5-" + System.identityHashCode(this), dir)) {
      java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
      GroupCommit writes = GroupCommit.threaded(store, "gc5", clock::get, 5_000_000);
      CompletableFuture<Boolean> first = new CompletableFuture<>();
      writes.insert(message(store), first::complete);
      assertThat(first.get(10, TimeUnit.SECONDS)).isTrue(); // nothing before it: written at once
      assertThat(store.transactions()).isEqualTo(1);
      // the clock stands still: the writer pauses until 5 ms after the first transaction began
      List<Boolean> acks = new java.util.concurrent.CopyOnWriteArrayList<>();
      for (int i = 0; i < 20; i++) {
        writes.insert(message(store), acks::add);
      }
      StoredMessage changed = message(store);
      writes.insert(changed, acks::add);
      writes.update(changed.with(StoredMessage.State.DELIVERED, 1));
      assertThat(acks).isEmpty();
      assertThat(store.transactions()).isEqualTo(1);
      clock.addAndGet(5_000_000);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (acks.size() < 21 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(acks).hasSize(21).containsOnly(true);
      writes.flush();
      assertThat(store.transactions()).isEqualTo(2); // all 21 and the change together
      assertThat(store.count(StoredMessage.State.DELIVERED)).isEqualTo(1);
      // a full queue is written without waiting for the clock
      List<Boolean> full = new java.util.concurrent.CopyOnWriteArrayList<>();
      for (int i = 0; i < GroupCommit.FULL_BATCH; i++) {
        writes.insert(message(store), full::add);
      }
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (full.size() < GroupCommit.FULL_BATCH && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(full).hasSize(GroupCommit.FULL_BATCH);
      assertThat(store.transactions()).isEqualTo(3);
      // and a flush does not wait for the clock either
      writes.insert(message(store), ok -> {});
      writes.flush();
      assertThat(store.transactions()).isEqualTo(4);
      writes.close();
    }
  }

  @Test
  void an_acknowledgement_written_with_its_final_state_is_part_of_that_row() throws Exception {
    try (MessageStore store =
        MessageStore.open("memory", "gc-ack-" + System.identityHashCode(this), dir)) {
      StoredMessage a = message(store);
      StoredMessage b = message(store);
      store.write(List.of(a, b), List.of());
      StoredMessage aDone = a.done(StoredMessage.State.DELIVERED, 1_000, 0);
      StoredMessage bDone = b.done(StoredMessage.State.UNDELIVERABLE, 1_000, 1);
      // a's state and its acknowledgement in one transaction: written as one row, nothing owed
      store.write(List.of(), List.of(aDone, bDone), List.of(a.id()));
      assertThat(store.acknowledgementsFolded()).isEqualTo(1);
      assertThat(store.owedReceipts()).extracting(StoredMessage::id).containsExactly(b.id());
      // b's acknowledgement in a later transaction: a statement of its own
      store.write(List.of(), List.of(), List.of(b.id()));
      assertThat(store.acknowledgementsFolded()).isEqualTo(1);
      assertThat(store.owedReceipts()).isEmpty();
      assertThat(store.find(a.id()).orElseThrow().state()).isEqualTo(StoredMessage.State.DELIVERED);
    }
  }

  @Test
  void a_message_first_written_in_its_final_state_owes_its_receipt() throws Exception {
    try (MessageStore store =
        MessageStore.open("memory", "gc-new-final-" + System.identityHashCode(this), dir)) {
      // the writer folds a state change into a queued insert: the row is new and already final
      StoredMessage owed = message(store).done(StoredMessage.State.DELIVERED, 1_000, 0);
      StoredMessage acked = message(store).done(StoredMessage.State.DELIVERED, 1_000, 0);
      StoredMessage noReceipt =
          new StoredMessage(
                  store.nextId(),
                  "esme1",
                  "1000",
                  "9990110000001",
                  0,
                  Octets.wrap(new byte[] {'h', 'i'}),
                  false,
                  0,
                  60_000,
                  StoredMessage.State.PENDING,
                  0,
                  "")
              .done(StoredMessage.State.DELIVERED, 1_000, 0);
      store.write(List.of(owed, acked, noReceipt), List.of(), List.of(acked.id()));
      assertThat(store.owedReceipts()).extracting(StoredMessage::id).containsExactly(owed.id());
      assertThat(store.acknowledgementsFolded()).isEqualTo(1);
    }
  }
}
