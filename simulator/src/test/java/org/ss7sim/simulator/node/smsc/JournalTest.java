package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;

/** The SMSC's write-ahead journal: its frames on disk, replay, a cut-off tail, segments. */
class JournalTest {
  @TempDir Path dir;

  static StoredMessage message(long key, StoredMessage.State state) {
    return new StoredMessage(
        MessageStore.idText(key),
        "esme1",
        "1000",
        "9990110000001",
        8,
        Octets.fromHex("00e900e8"), // "éè" in UCS-2
        true,
        1_765_000_000_000L,
        1_765_000_060_000L,
        state,
        2,
        "flow-7",
        1_765_000_001_000L,
        state.isFinal() ? 1_765_000_002_000L : 0,
        state.isFinal() ? 0x0b : 0,
        "CMT");
  }

  private static List<List<Journal.Entry>> replayAll(Path journal) throws Exception {
    List<List<Journal.Entry>> batches = new ArrayList<>();
    Journal.replay(journal, batches::add);
    return batches;
  }

  @Test
  void an_acknowledgement_frame_is_its_length_crc32c_and_record_as_laid_out() throws Exception {
    Path j = dir.resolve("j");
    try (Journal journal = Journal.open(j)) {
      journal.append(List.of(new Journal.Acknowledged(0x0102030405060708L)), 1);
    }
    byte[] body = {2, 1, 2, 3, 4, 5, 6, 7, 8}; // ACK, key big-endian
    CRC32C crc = new CRC32C();
    crc.update(body);
    ByteArrayOutputStream want = new ByteArrayOutputStream();
    want.writeBytes(ByteBuffer.allocate(8).putInt(9).putInt((int) crc.getValue()).array());
    want.writeBytes(body);
    assertThat(Files.readAllBytes(j.resolve("0000000001.journal"))).isEqualTo(want.toByteArray());
  }

  @Test
  void batches_replay_in_the_order_written_with_every_field_of_the_message() throws Exception {
    Path j = dir.resolve("j");
    StoredMessage pending = message(7, StoredMessage.State.PENDING);
    StoredMessage delivered = message(7, StoredMessage.State.DELIVERED);
    StoredMessage other =
        new StoredMessage(
            MessageStore.idText(8),
            "",
            "",
            "",
            0,
            Octets.wrap(new byte[2000]),
            false,
            0,
            0,
            StoredMessage.State.WAITING,
            0,
            "");
    try (Journal journal = Journal.open(j)) {
      journal.append(List.of(new Journal.Written(pending)), 1);
      journal.append(
          List.of(
              new Journal.Written(other),
              new Journal.Written(delivered),
              new Journal.Acknowledged(7)),
          2);
    }
    assertThat(replayAll(j))
        .containsExactly(
            List.of(new Journal.Written(pending)),
            List.of(
                new Journal.Written(other),
                new Journal.Written(delivered),
                new Journal.Acknowledged(7)));
  }

  @Test
  void a_batch_larger_than_the_buffer_is_written_whole_in_one_frame() throws Exception {
    Path j = dir.resolve("j");
    List<Journal.Entry> batch = new ArrayList<>();
    for (long key = 1; key <= 1000; key++) { // ~150 KB: past the 64 KB the buffer starts with
      batch.add(new Journal.Written(message(key, StoredMessage.State.PENDING)));
      batch.add(new Journal.Acknowledged(key));
    }
    try (Journal journal = Journal.open(j)) {
      journal.append(batch, 1);
    }
    assertThat(replayAll(j)).containsExactly(batch);
  }

  @Test
  void a_frame_cut_off_or_damaged_ends_the_replay_of_its_segment_and_nothing_of_it_is_read()
      throws Exception {
    Path j = dir.resolve("j");
    try (Journal journal = Journal.open(j)) {
      journal.append(List.of(new Journal.Written(message(1, StoredMessage.State.PENDING))), 1);
      journal.append(List.of(new Journal.Written(message(2, StoredMessage.State.PENDING))), 2);
    }
    Path segment = j.resolve("0000000001.journal");
    byte[] whole = Files.readAllBytes(segment);
    // killed in the middle of the second frame's write
    Files.write(segment, java.util.Arrays.copyOf(whole, whole.length - 5));
    assertThat(replayAll(j))
        .containsExactly(List.of(new Journal.Written(message(1, StoredMessage.State.PENDING))));
    // a byte of the second frame's body changed: its CRC-32C no longer checks
    byte[] damaged = whole.clone();
    damaged[damaged.length - 3] ^= 0x40;
    Files.write(segment, damaged);
    assertThat(replayAll(j))
        .containsExactly(List.of(new Journal.Written(message(1, StoredMessage.State.PENDING))));
    // only the 8-byte header of the second frame written
    int first = ByteBuffer.wrap(whole).getInt() + 8;
    Files.write(segment, java.util.Arrays.copyOf(whole, first + 8));
    assertThat(replayAll(j)).hasSize(1);
  }

  @Test
  void full_segments_are_closed_and_deleted_once_the_store_holds_their_batches() throws Exception {
    Path j = dir.resolve("j");
    Journal journal = Journal.open(j, 100); // a message frame is ~150 bytes: one per segment
    for (int batch = 1; batch <= 3; batch++) {
      journal.append(
          List.of(new Journal.Written(message(batch, StoredMessage.State.PENDING))), batch);
    }
    // a full segment is closed before the next frame, not after its own
    assertThat(names(j))
        .containsExactly("0000000001.journal", "0000000002.journal", "0000000003.journal");
    journal.release(1);
    assertThat(names(j)).containsExactly("0000000002.journal", "0000000003.journal");
    journal.release(2);
    assertThat(names(j)).containsExactly("0000000003.journal");
    assertThat(replayAll(j))
        .containsExactly(List.of(new Journal.Written(message(3, StoredMessage.State.PENDING))));
    journal.close(true); // everything stored: nothing left to replay
    assertThat(names(j)).isEmpty();
  }

  @Test
  void a_journal_opened_where_segments_are_left_numbers_its_own_after_them() throws Exception {
    Path j = dir.resolve("j");
    try (Journal journal = Journal.open(j)) {
      journal.append(List.of(new Journal.Acknowledged(1)), 1);
    }
    try (Journal journal = Journal.open(j)) {
      journal.append(List.of(new Journal.Acknowledged(2)), 1);
    }
    assertThat(names(j)).containsExactly("0000000001.journal", "0000000002.journal");
    assertThat(replayAll(j))
        .containsExactly(
            List.of(new Journal.Acknowledged(1)), List.of(new Journal.Acknowledged(2)));
    Journal.deleteAll(j);
    assertThat(names(j)).isEmpty();
  }

  private static List<String> names(Path j) throws Exception {
    try (var s = Files.list(j)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
