package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;

/**
 * The store's rows are keyed by the message id's number: ids stay the 20 digits ESMEs get, an id
 * that cannot be one of ours finds nothing, and a file written with the earlier text-keyed table is
 * moved over once at open with nothing lost.
 */
class MessageStoreKeyTest {
  @TempDir Path dir;

  private static StoredMessage message(String id, StoredMessage.State state) {
    return new StoredMessage(
        id,
        "esme1",
        "1000",
        "9990110000042",
        0,
        Octets.fromHex("6869"),
        true,
        1_000,
        2_000_000,
        state,
        1,
        "f-" + id);
  }

  private String url(String node) {
    return "jdbc:h2:file:" + dir.resolve("ss7sim-" + node).toAbsolutePath();
  }

  @Test
  void the_row_key_is_numeric_and_ids_are_twenty_digits() throws Exception {
    try (MessageStore store = MessageStore.open("embedded", "key", dir)) {
      String id = store.nextId();
      assertThat(id).isEqualTo("00000000000000000001");
      store.insert(message(id, StoredMessage.State.PENDING));
      assertThat(store.find(id)).get().extracting(StoredMessage::id).isEqualTo(id);
      assertThat(store.nextId()).isEqualTo("00000000000000000002");
    }
    try (Connection c = DriverManager.getConnection(url("key"));
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'MESSAGE' AND COLUMN_NAME = 'ID'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("BIGINT");
    }
  }

  @Test
  void an_id_that_is_not_twenty_digits_finds_nothing() throws Exception {
    try (MessageStore store = MessageStore.open("memory", "foreign-ids", dir)) {
      String id = store.nextId();
      store.insert(message(id, StoredMessage.State.PENDING));
      assertThat(store.find(id)).isPresent();
      for (String foreign :
          List.of("1", "", "abc", "0000000000000000000x", "99999999999999999999", id + "0")) {
        assertThat(store.find(foreign)).as(foreign).isEmpty();
      }
    }
  }

  @Test
  void a_text_keyed_file_of_an_earlier_version_is_moved_over_at_open() throws Exception {
    // the first release's table, before message management added its columns
    try (Connection c = DriverManager.getConnection(url("old"));
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE sms (id VARCHAR(64) PRIMARY KEY, system_id VARCHAR(16),"
              + " source VARCHAR(32), destination VARCHAR(32), data_coding INT,"
              + " payload VARBINARY(70000), receipt BOOLEAN, submitted BIGINT, expires BIGINT,"
              + " state VARCHAR(16), attempts INT, flow VARCHAR(64))");
      s.execute(
          "INSERT INTO sms VALUES ('00000000000000000007', 'esme1', '1000', '9990110000042', 0,"
              + " X'6869', TRUE, 1000, 2000000, 'WAITING', 2, 'sms-7')");
      s.execute(
          "INSERT INTO sms VALUES ('00000000000000000009', 'esme1', '1000', '9990110000043', 0,"
              + " X'6869', TRUE, 1000, 2000000, 'DELIVERED', 1, 'sms-9')");
      // no release wrote such an id: left behind (with a warning), not a failed open
      s.execute(
          "INSERT INTO sms VALUES ('legacy-1', 'esme1', '1000', '9990110000044', 0,"
              + " X'6869', TRUE, 1000, 2000000, 'WAITING', 1, 'sms-x')");
    }
    try (MessageStore store = MessageStore.open("embedded", "old", dir)) {
      assertThat(store.unfinished())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.id()).isEqualTo("00000000000000000007");
                assertThat(m.state()).isEqualTo(StoredMessage.State.WAITING);
                assertThat(m.attempts()).isEqualTo(2);
                assertThat(m.flow()).isEqualTo("sms-7");
                assertThat(m.payload()).isEqualTo(Octets.fromHex("6869"));
              });
      assertThat(store.find("00000000000000000009"))
          .get()
          .extracting(StoredMessage::state)
          .isEqualTo(StoredMessage.State.DELIVERED);
      assertThat(store.nextId()).isEqualTo("00000000000000000010");
    }
    try (Connection c = DriverManager.getConnection(url("old"));
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'SMS'")) {
      r.next();
      assertThat(r.getLong(1)).as("the text-keyed table is gone").isZero();
    }
    // and a second open finds the moved rows as they are
    try (MessageStore store = MessageStore.open("embedded", "old", dir)) {
      assertThat(store.unfinished())
          .extracting(StoredMessage::id)
          .containsExactly("00000000000000000007");
    }
  }
}
