package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;

/**
 * The embedded store's journaled writes: answered once in the journal, in the store after a flush
 * or a stop, a journal left by a crash copied into the store at the next start.
 */
class JournaledWritesTest {
  @TempDir Path dir;

  private static StoredMessage pending(long key) {
    return JournalTest.message(key, StoredMessage.State.PENDING);
  }

  private static List<Journal.Entry> journalled(Path journal) throws Exception {
    List<Journal.Entry> all = new ArrayList<>();
    Journal.replay(journal, all::addAll);
    return all;
  }

  @Test
  void a_new_message_is_answered_once_its_frame_is_in_the_journal_file() throws Exception {
    Path journal = dir.resolve("j");
    try (MessageStore store = MessageStore.open("embedded", "jw1", dir)) {
      JournaledWrites writes = JournaledWrites.open(store, journal, "jw1", System::nanoTime);
      List<CompletableFuture<List<Journal.Entry>>> seen = new ArrayList<>();
      for (long key = 1; key <= 50; key++) {
        CompletableFuture<List<Journal.Entry>> f = new CompletableFuture<>();
        seen.add(f);
        writes.insert(
            pending(key),
            List.of(),
            ok -> {
              // on the journal thread, after the write: the file holds the message
              try {
                f.complete(ok ? journalled(journal) : null);
              } catch (Exception e) {
                f.completeExceptionally(e);
              }
            });
      }
      for (int i = 0; i < seen.size(); i++) {
        assertThat(seen.get(i).get(10, TimeUnit.SECONDS))
            .contains(new Journal.Written(pending(i + 1)));
      }
      writes.flush();
      assertThat(store.count(StoredMessage.State.PENDING)).isEqualTo(50);
      writes.close();
      assertThat(writes.applied()).as("store transactions").isBetween(1L, 50L);
    }
    assertThat(Files.list(journal).toList()).as("a clean stop leaves no journal").isEmpty();
  }

  @Test
  void state_changes_and_acknowledgements_reach_the_store_each_message_as_it_is_last()
      throws Exception {
    try (MessageStore store = MessageStore.open("memory", "jw2-" + System.nanoTime(), dir)) {
      JournaledWrites writes =
          JournaledWrites.open(store, dir.resolve("j"), "jw2", System::nanoTime);
      CompletableFuture<Boolean> in = new CompletableFuture<>();
      writes.insert(pending(1), List.of(), in::complete);
      writes.insert(pending(2), List.of(), ok -> {});
      assertThat(in.get(10, TimeUnit.SECONDS)).isTrue();
      StoredMessage delivered1 = JournalTest.message(1, StoredMessage.State.DELIVERED);
      StoredMessage delivered2 = JournalTest.message(2, StoredMessage.State.DELIVERED);
      writes.update(delivered1);
      writes.update(delivered2);
      writes.receiptAcknowledged(delivered1.id());
      writes.flush();
      assertThat(store.find(delivered1.id())).contains(delivered1);
      assertThat(store.find(delivered2.id())).contains(delivered2);
      // message 2's receipt is owed still (not acknowledged): sent again after a restart
      assertThat(store.owedReceipts()).containsExactly(delivered2);
      writes.receiptAcknowledged(delivered2.id());
      writes.flush();
      assertThat(store.owedReceipts()).isEmpty();
      writes.close();
    }
  }

  @Test
  void replace_is_in_the_store_when_it_returns_and_a_stopped_writer_refuses_new_messages()
      throws Exception {
    try (MessageStore store = MessageStore.open("memory", "jw3-" + System.nanoTime(), dir)) {
      JournaledWrites writes =
          JournaledWrites.open(store, dir.resolve("j"), "jw3", System::nanoTime);
      writes.insert(pending(1), List.of(), ok -> {});
      StoredMessage replaced =
          pending(1).replaced(Octets.fromHex("0041"), false, 1_765_000_090_000L, 0);
      writes.replace(replaced);
      assertThat(store.find(replaced.id())).contains(replaced);
      writes.close();
      CompletableFuture<Boolean> late = new CompletableFuture<>();
      writes.insert(pending(2), List.of(), late::complete);
      assertThat(late.get(1, TimeUnit.SECONDS)).isFalse();
    }
  }

  @Test
  void writes_the_store_refuses_stay_queued_and_reach_it_once_it_takes_them_again()
      throws Exception {
    String db = "jw5-" + System.nanoTime();
    try (MessageStore store = MessageStore.open("memory", db, dir);
        java.sql.Connection side =
            java.sql.DriverManager.getConnection("jdbc:h2:mem:ss7sim-" + db)) {
      JournaledWrites writes =
          JournaledWrites.open(store, dir.resolve("j"), "jw5", System::nanoTime);
      writes.insert(pending(1), List.of(), ok -> {});
      writes.flush();
      // the store fails every write for a while (its table gone)
      side.createStatement().execute("ALTER TABLE message RENAME TO away");
      CompletableFuture<Boolean> in = new CompletableFuture<>();
      writes.insert(pending(2), List.of(), in::complete);
      assertThat(in.get(10, TimeUnit.SECONDS)).as("answered: in the journal").isTrue();
      writes.update(JournalTest.message(1, StoredMessage.State.DELIVERED));
      long failing = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
      while (System.nanoTime() < failing) {
        Thread.sleep(20); // several store transactions tried and failed meanwhile
      }
      assertThat(writes.applied()).as("only the first transaction went in").isEqualTo(1);
      side.createStatement().execute("ALTER TABLE away RENAME TO message");
      writes.flush();
      assertThat(store.find(MessageStore.idText(1)))
          .contains(JournalTest.message(1, StoredMessage.State.DELIVERED));
      assertThat(store.find(MessageStore.idText(2))).contains(pending(2));
      writes.close();
    }
  }

  @Test
  void a_stop_while_the_store_refuses_leaves_the_writes_in_the_journal_for_the_next_start()
      throws Exception {
    String db = "jw6-" + System.nanoTime();
    Path journal = dir.resolve("j");
    try (MessageStore store = MessageStore.open("memory", db, dir);
        java.sql.Connection side =
            java.sql.DriverManager.getConnection("jdbc:h2:mem:ss7sim-" + db)) {
      JournaledWrites writes = JournaledWrites.open(store, journal, "jw6", System::nanoTime);
      side.createStatement().execute("ALTER TABLE message RENAME TO away");
      CompletableFuture<Boolean> in = new CompletableFuture<>();
      writes.insert(pending(1), List.of(), in::complete);
      assertThat(in.get(10, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();
      writes.close();
      assertThat(System.nanoTime() - start)
          .as("the stop does not wait out the store")
          .isLessThan(TimeUnit.SECONDS.toNanos(5));
      assertThat(journalled(journal)).containsExactly(new Journal.Written(pending(1)));
      side.createStatement().execute("ALTER TABLE away RENAME TO message");
      JournaledWrites again = JournaledWrites.open(store, journal, "jw6", System::nanoTime);
      assertThat(store.find(MessageStore.idText(1))).contains(pending(1));
      again.close();
    }
    assertThat(journalled(journal)).isEmpty();
  }

  @Test
  void a_journal_left_by_a_crash_is_copied_into_the_store_at_start_and_again_changes_nothing()
      throws Exception {
    Path journal = dir.resolve("ss7sim-jw4.journal");
    // what a killed SMSC leaves: the journal holds more than the store
    try (MessageStore store = MessageStore.open("embedded", "jw4", dir);
        Journal j = Journal.open(journal)) {
      store.merge(List.of(new MessageStore.Row(pending(1), false)), List.of());
      j.append(List.of(new Journal.Written(pending(1)), new Journal.Written(pending(2))), 1);
      j.append(
          List.of(
              new Journal.Written(JournalTest.message(1, StoredMessage.State.DELIVERED)),
              new Journal.Acknowledged(1),
              new Journal.Written(JournalTest.message(3, StoredMessage.State.WAITING))),
          2);
    }
    Path copy = Files.createDirectories(dir.resolve("copy"));
    try (var files = Files.list(journal)) {
      for (Path p : files.toList()) {
        Files.copy(p, copy.resolve(p.getFileName()));
      }
    }
    try (MessageStore store = MessageStore.open("embedded", "jw4", dir)) {
      JournaledWrites writes = JournaledWrites.open(store, journal, "jw4", System::nanoTime);
      assertThat(store.countByState())
          .containsEntry(StoredMessage.State.DELIVERED, 1L)
          .containsEntry(StoredMessage.State.PENDING, 1L)
          .containsEntry(StoredMessage.State.WAITING, 1L);
      assertThat(store.owedReceipts()).isEmpty();
      assertThat(store.nextId()).isEqualTo(MessageStore.idText(4));
      writes.close();
      // the same journal again (the store was written but the kill came before its deletion)
      assertThat(JournaledWrites.recover(copy, store)).isEqualTo(2);
      assertThat(store.countByState())
          .containsEntry(StoredMessage.State.DELIVERED, 1L)
          .containsEntry(StoredMessage.State.PENDING, 1L)
          .containsEntry(StoredMessage.State.WAITING, 1L);
      assertThat(store.find(MessageStore.idText(3)))
          .contains(JournalTest.message(3, StoredMessage.State.WAITING));
    }
    try (var left = Files.list(journal)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void pending_writes_keep_the_last_of_each_message_and_an_acknowledgement_until_a_later_write() {
    JournaledWrites.Pending p = new JournaledWrites.Pending();
    StoredMessage final1 = JournalTest.message(1, StoredMessage.State.DELIVERED);
    p.add(List.of(new Journal.Written(pending(1)), new Journal.Acknowledged(9)));
    p.add(List.of(new Journal.Written(final1)));
    assertThat(p.rows.values()).containsExactly(new MessageStore.Row(final1, true));
    assertThat(p.acks).containsExactly(9L);
    p.add(List.of(new Journal.Acknowledged(1), new Journal.Written(pending(9))));
    // 1 acknowledged after its last write; 9 written after its acknowledgement: the write decides
    assertThat(p.rows.values())
        .containsExactly(
            new MessageStore.Row(final1, false), new MessageStore.Row(pending(9), false));
    assertThat(p.acks).isEmpty();

    // a failed store write put back under the writes made since: the newer ones win
    JournaledWrites.Pending newer = new JournaledWrites.Pending();
    newer.add(List.of(new Journal.Written(pending(2)), new Journal.Acknowledged(1)));
    JournaledWrites.Pending failed = new JournaledWrites.Pending();
    failed.add(List.of(new Journal.Written(final1), new Journal.Written(pending(3))));
    newer.underlay(failed);
    assertThat(newer.rows)
        .containsOnlyKeys(1L, 2L, 3L)
        .containsEntry(1L, new MessageStore.Row(final1, false))
        .containsEntry(3L, new MessageStore.Row(pending(3), false));
    assertThat(newer.acks).isEmpty();
  }
}
