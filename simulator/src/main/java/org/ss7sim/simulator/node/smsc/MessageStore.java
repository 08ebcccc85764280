package org.ss7sim.simulator.node.smsc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ss7sim.wire.Octets;

/**
 * The SMSC's durable store over JDBC: a message is written (and committed) before submit_sm_resp
 * leaves, and its state changes after that; {@link GroupCommit} puts the writes of many messages in
 * one transaction ({@link #write}). Durability of the default file store (H2 embedded,
 * docs/decisions.md "SMSC store durability"): {@code WRITE_DELAY=0}, so every commit is written to
 * the file before the statement returns — a message that got ESME_ROK survives {@code kill -9} of
 * the process (not a power loss: no fsync per commit). Embedded H2 by default (a file in the run
 * directory), H2 in memory for tests, or any JDBC URL. One connection, used by one thread at a time
 * (the SMPP loop inserts, the node thread updates: access is serialised on the store).
 */
public final class MessageStore implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MessageStore.class);

  private final Connection connection;

  private MessageStore(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      // the id is the message id's number (ids are 20 digits, see nextId): a numeric primary key
      // is H2's row key itself, so a row is one B-tree entry; a text key was a second index that
      // every insert and every state change wrote too (store thread: ~40% more time per message)
      s.execute(
          "CREATE TABLE IF NOT EXISTS message (id BIGINT PRIMARY KEY, system_id VARCHAR(16),"
              + " source VARCHAR(32), destination VARCHAR(32), data_coding INT,"
              + " payload VARBINARY(70000), receipt BOOLEAN, submitted BIGINT, expires BIGINT,"
              + " state VARCHAR(16), attempts INT, flow VARCHAR(64), scheduled BIGINT DEFAULT 0,"
              + " done_at BIGINT DEFAULT 0, error INT DEFAULT 0, service_type VARCHAR(16) DEFAULT '',"
              + " receipt_owed BOOLEAN DEFAULT FALSE)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS smsc_node (node VARCHAR(64) PRIMARY KEY, smpp_port INT)");
    }
    migrateTextKeyedTable();
  }

  /**
   * A store file written before the numeric key holds its messages in table {@code sms} (text id);
   * they move to {@code message} once, in one transaction, and the old table is dropped. Columns
   * added to {@code sms} over time are filled in first, so a file of any earlier version moves.
   */
  private void migrateTextKeyedTable() throws SQLException {
    boolean old;
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'SMS'"
                    + " AND TABLE_SCHEMA = SCHEMA()")) {
      r.next();
      old = r.getLong(1) > 0;
    }
    if (!old) {
      return;
    }
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER TABLE sms ADD COLUMN IF NOT EXISTS scheduled BIGINT DEFAULT 0");
      s.execute("ALTER TABLE sms ADD COLUMN IF NOT EXISTS done_at BIGINT DEFAULT 0");
      s.execute("ALTER TABLE sms ADD COLUMN IF NOT EXISTS error INT DEFAULT 0");
      s.execute("ALTER TABLE sms ADD COLUMN IF NOT EXISTS service_type VARCHAR(16) DEFAULT ''");
      // receipt_owed: a final message whose receipt its ESME has not acknowledged (resent after a
      // restart)
      s.execute("ALTER TABLE sms ADD COLUMN IF NOT EXISTS receipt_owed BOOLEAN DEFAULT FALSE");
      int moved =
          s.executeUpdate(
              "INSERT INTO message SELECT CAST(id AS BIGINT), system_id, source, destination,"
                  + " data_coding, payload, receipt, submitted, expires, state, attempts, flow,"
                  + " scheduled, done_at, error, service_type, receipt_owed FROM sms"
                  + " WHERE REGEXP_LIKE(id, '^0*[0-9]{1,18}$')");
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sms")) {
        r.next();
        long left = r.getLong(1) - moved;
        if (left > 0) {
          // every release handed out 20-digit ids; a row with another id was not written by one
          LOG.warn("smsc store: {} rows without a numeric message id not moved (dropped)", left);
        }
      }
      s.execute("DROP TABLE sms");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  /** The SMPP port an earlier start of SMSC {@code node} bound on an ephemeral request, if any. */
  public synchronized java.util.OptionalInt smppPort(String node) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT smpp_port FROM smsc_node WHERE node = ?")) {
      p.setString(1, node);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? java.util.OptionalInt.of(r.getInt(1)) : java.util.OptionalInt.empty();
      }
    }
  }

  /** Remembers the SMPP port SMSC {@code node} bound, so a restart binds the same one. */
  public synchronized void rememberSmppPort(String node, int port) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("MERGE INTO smsc_node KEY (node) VALUES (?, ?)")) {
      p.setString(1, node);
      p.setInt(2, port);
      p.executeUpdate();
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  /**
   * H2's page cache of the embedded store, in KB. The SMSC writes new rows at the end of the table
   * and reads almost nothing back, so H2's default (16 MB) only keeps written pages alive in the
   * heap for seconds: under load every young collection copied them again (10,000 SMS/s: 9-15 MB of
   * survivors, pauses of ~11 ms; with 1 MB 5-7 MB and 5-8 ms, p99 19 → 12 ms). Restarting with a
   * million waiting messages takes as long (8.5-8.8 s).
   */
  static final int CACHE_KB = 1024;

  /**
   * Opens the store a network file's {@code store:} names for SMSC {@code node}.
   *
   * @param directory where {@code embedded} keeps its file
   */
  public static MessageStore open(String store, String node, Path directory) throws SQLException {
    String url =
        switch (store) {
          case "embedded" ->
              "jdbc:h2:file:"
                  + directory.resolve(FILE_PREFIX + node).toAbsolutePath()
                  + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE="
                  + CACHE_KB;
          case "memory" ->
              "jdbc:h2:mem:ss7sim-" + node + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
          default -> store;
        };
    return new MessageStore(DriverManager.getConnection(url));
  }

  /** The embedded store's files in its directory: {@code ss7sim-NODE.mv.db}, the journal's. */
  private static final String FILE_PREFIX = "ss7sim-";

  /** Where the journal of SMSC {@code node}'s embedded store in {@code directory} lives. */
  static Path journalDirectory(Path directory, String node) {
    return directory.resolve(FILE_PREFIX + node + ".journal");
  }

  /** The last message id handed out (see {@link #nextId}); read from the rows at open. */
  private final java.util.concurrent.atomic.AtomicLong sequence =
      new java.util.concurrent.atomic.AtomicLong(-1);

  private PreparedStatement insertStatement;
  private PreparedStatement updateStatement;
  private PreparedStatement receiptStatement;

  /**
   * The next message id of this store: 20 digits counting up from the highest id it holds (rows are
   * never deleted, so ids stay unique across restarts), so a run repeated with the same inputs
   * gives the same ids. Held in memory after the first call: no statement per id; any thread.
   */
  public String nextId() throws SQLException {
    if (sequence.get() < 0) {
      long start = highestId();
      sequence.compareAndSet(-1, start);
    }
    return idText(sequence.incrementAndGet());
  }

  /** The highest id stored (0 when none). */
  private synchronized long highestId() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM message")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Message id {@code id} (20 digits) as its row's key. */
  private static long key(String id) {
    return Long.parseLong(id);
  }

  /**
   * The row key of message id {@code id} as an ESME may send it, if it can be one of ours: exactly
   * 20 digits, as handed out ("7" is not message 00000000000000000007).
   */
  private static java.util.OptionalLong keyOf(String id) {
    if (id.length() != 20) {
      return java.util.OptionalLong.empty();
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return java.util.OptionalLong.empty();
      }
    }
    try {
      return java.util.OptionalLong.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty(); // beyond a long: never handed out
    }
  }

  /** Row key {@code key} as the message id handed to ESMEs: 20 digits. */
  static String idText(long key) {
    String digits = Long.toString(key); // "%020d" without the formatter (one per message)
    return "0".repeat(20 - digits.length()) + digits;
  }

  /** Stores a new message and commits it (one transaction). */
  public synchronized void insert(StoredMessage m) throws SQLException {
    write(List.of(m), List.of());
  }

  /** Writes a message's state and attempts and commits (one transaction). */
  public synchronized void update(StoredMessage m) throws SQLException {
    write(List.of(), List.of(m));
  }

  /**
   * Group commit: stores {@code inserts} (new messages), then {@code updates} (state and attempts,
   * in order), all in one transaction, committed before this returns; on failure nothing of it is
   * kept (rolled back) and the exception is thrown.
   */
  public synchronized void write(List<StoredMessage> inserts, List<StoredMessage> updates)
      throws SQLException {
    write(inserts, updates, List.of());
  }

  /**
   * Group commit as {@link #write(List, List)}, and then marks the receipts of {@code
   * receiptsAcknowledged} (message ids) as acknowledged by their ESME. A message reaching a final
   * state with a receipt asked for owes its receipt until then ({@link #owedReceipts}).
   */
  public synchronized void write(
      List<StoredMessage> inserts, List<StoredMessage> updates, List<String> receiptsAcknowledged)
      throws SQLException {
    if (inserts.isEmpty() && updates.isEmpty() && receiptsAcknowledged.isEmpty()) {
      return;
    }
    if (insertStatement == null) {
      connection.setAutoCommit(false);
      insertStatement =
          connection.prepareStatement(
              "INSERT INTO message " + ROW_COLUMNS + " VALUES " + ROW_VALUES);
      updateStatement =
          connection.prepareStatement(
              "UPDATE message SET state = ?, attempts = ?, done_at = ?, error = ?, receipt_owed = ?"
                  + " WHERE id = ?");
    }
    // an acknowledgement of a receipt whose final state is written in this same transaction is
    // folded into that row's write (receipt_owed FALSE at once): one statement less per message
    Set<String> acked =
        receiptsAcknowledged.isEmpty() ? Set.of() : new HashSet<>(receiptsAcknowledged);
    try {
      if (!inserts.isEmpty()) {
        PreparedStatement p = insertStatement;
        for (StoredMessage m : inserts) {
          bindRow(p, m, owesReceipt(m) && !acked.contains(m.id()));
          p.addBatch();
        }
        p.executeBatch();
      }
      if (!updates.isEmpty()) {
        PreparedStatement p = updateStatement;
        for (StoredMessage m : updates) {
          p.setString(1, m.state().name());
          p.setInt(2, m.attempts());
          p.setLong(3, m.doneMillis());
          p.setInt(4, m.error());
          p.setBoolean(5, owesReceipt(m) && !acked.contains(m.id()));
          p.setLong(6, key(m.id()));
          p.addBatch();
        }
        p.executeBatch();
      }
      if (!receiptsAcknowledged.isEmpty()) {
        Set<String> written = new HashSet<>();
        inserts.forEach(m -> written.add(m.id()));
        updates.forEach(m -> written.add(m.id()));
        PreparedStatement p = receiptStatement();
        int batched = 0;
        for (String id : receiptsAcknowledged) {
          if (written.contains(id)) {
            folded++;
            continue;
          }
          p.setLong(1, key(id));
          p.addBatch();
          batched++;
        }
        if (batched > 0) {
          p.executeBatch();
        }
      }
      connection.commit();
      transactions++;
    } catch (SQLException e) {
      throw rolledBack(e);
    }
  }

  /** Rolls the open transaction back after {@code e} (a failed rollback added to it); returns e. */
  private SQLException rolledBack(SQLException e) {
    try {
      connection.rollback();
    } catch (SQLException again) {
      e.addSuppressed(again);
    }
    return e;
  }

  /** The columns of a whole row, in the order {@link #bindRow} sets them. */
  private static final String ROW_COLUMNS =
      "(id, system_id, source, destination, data_coding, payload, receipt, submitted, expires,"
          + " state, attempts, flow, scheduled, done_at, error, service_type, receipt_owed)";

  private static final String ROW_VALUES = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  /** The statement that marks a receipt acknowledged, prepared at its first use. */
  private PreparedStatement receiptStatement() throws SQLException {
    if (receiptStatement == null) {
      receiptStatement =
          connection.prepareStatement("UPDATE message SET receipt_owed = FALSE WHERE id = ?");
    }
    return receiptStatement;
  }

  /**
   * Sets the 17 columns of a whole row, in the order of {@link #ROW_COLUMNS}, on an INSERT or a
   * MERGE of every column.
   */
  private static void bindRow(PreparedStatement p, StoredMessage m, boolean receiptOwed)
      throws SQLException {
    p.setLong(1, key(m.id()));
    p.setString(2, m.systemId());
    p.setString(3, m.source());
    p.setString(4, m.destination());
    p.setInt(5, m.dataCoding());
    p.setBytes(6, m.payload().toByteArray());
    p.setBoolean(7, m.receipt());
    p.setLong(8, m.submittedMillis());
    p.setLong(9, m.expiresMillis());
    p.setString(10, m.state().name());
    p.setInt(11, m.attempts());
    p.setString(12, m.flow());
    p.setLong(13, m.scheduledMillis());
    p.setLong(14, m.doneMillis());
    p.setInt(15, m.error());
    p.setString(16, m.serviceType());
    p.setBoolean(17, receiptOwed);
  }

  /**
   * Whether message {@code m}, as written, owes its ESME a receipt: asked for, in a final state
   * other than deleted (until the ESME acknowledges it).
   */
  static boolean owesReceipt(StoredMessage m) {
    return m.receipt() && m.state().isFinal() && m.state() != StoredMessage.State.DELETED;
  }

  /** A message to store whole, and whether it owes its ESME a receipt (see {@link #merge}). */
  record Row(StoredMessage message, boolean receiptOwed) {}

  private PreparedStatement mergeStatement;

  /**
   * Stores {@code rows} whole (a new row, or over the stored row with the same id), then marks the
   * receipts of {@code acknowledged} (row keys) as acknowledged, all in one transaction committed
   * before this returns; on failure nothing of it is kept and the exception is thrown. Writing the
   * same rows again leaves the store as it was: a journal replayed after a crash may hold writes
   * the store already has ({@link JournaledWrites}).
   */
  public synchronized void merge(
      java.util.Collection<Row> rows, java.util.Collection<Long> acknowledged) throws SQLException {
    if (rows.isEmpty() && acknowledged.isEmpty()) {
      return;
    }
    if (mergeStatement == null) {
      connection.setAutoCommit(false);
      mergeStatement =
          connection.prepareStatement(
              "MERGE INTO message " + ROW_COLUMNS + " KEY (id) VALUES " + ROW_VALUES);
    }
    try {
      if (!rows.isEmpty()) {
        PreparedStatement p = mergeStatement;
        for (Row row : rows) {
          bindRow(p, row.message(), row.receiptOwed());
          p.addBatch();
        }
        p.executeBatch();
      }
      if (!acknowledged.isEmpty()) {
        PreparedStatement p = receiptStatement();
        for (long key : acknowledged) {
          p.setLong(1, key);
          p.addBatch();
        }
        p.executeBatch();
      }
      connection.commit();
      transactions++;
    } catch (SQLException e) {
      throw rolledBack(e);
    }
  }

  private long transactions;
  private long folded;

  /**
   * Receipt acknowledgements written as part of their message's row in the same transaction rather
   * than as a statement of their own (for tests and measurements).
   */
  public synchronized long acknowledgementsFolded() {
    return folded;
  }

  /** Transactions {@link #write} has committed since the store was opened. */
  public synchronized long transactions() {
    return transactions;
  }

  /** Messages not yet in a final state, oldest first. */
  public synchronized List<StoredMessage> unfinished() throws SQLException {
    List<StoredMessage> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                // ids count up in the order messages were accepted: the primary key's order
                // needs no sort (a million rows: 6.1 s instead of 7.8 s)
                "SELECT * FROM message WHERE state IN ('PENDING','WAITING') ORDER BY id")) {
      while (r.next()) {
        out.add(row(r));
      }
    }
    return out;
  }

  /**
   * Final messages whose receipt was asked for and not yet acknowledged by their ESME (a restart
   * came between the final state and the deliver_sm_resp), oldest first.
   */
  public synchronized List<StoredMessage> owedReceipts() throws SQLException {
    List<StoredMessage> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT * FROM message WHERE receipt_owed = TRUE ORDER BY done_at, id")) {
      while (r.next()) {
        out.add(row(r));
      }
    }
    return out;
  }

  /** The message stored under {@code id}, if any (committed writes only). */
  public synchronized java.util.Optional<StoredMessage> find(String id) throws SQLException {
    java.util.OptionalLong key = keyOf(id);
    if (key.isEmpty()) {
      return java.util.Optional.empty();
    }
    try (PreparedStatement p = connection.prepareStatement("SELECT * FROM message WHERE id = ?")) {
      p.setLong(1, key.getAsLong());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? java.util.Optional.of(row(r)) : java.util.Optional.empty();
      }
    }
  }

  /** The messages {@code systemId} submitted to {@code destination}, oldest first. */
  public synchronized List<StoredMessage> to(String systemId, String destination)
      throws SQLException {
    List<StoredMessage> out = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT * FROM message WHERE system_id = ? AND destination = ? ORDER BY submitted")) {
      p.setString(1, systemId);
      p.setString(2, destination);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(row(r));
        }
      }
    }
    return out;
  }

  /** Writes what replace_sm changed of {@code m} and commits. */
  public synchronized void replace(StoredMessage m) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "UPDATE message SET payload = ?, receipt = ?, expires = ?, scheduled = ? WHERE id = ?")) {
      p.setBytes(1, m.payload().toByteArray());
      p.setBoolean(2, m.receipt());
      p.setLong(3, m.expiresMillis());
      p.setLong(4, m.scheduledMillis());
      p.setLong(5, key(m.id()));
      p.executeUpdate();
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  private static StoredMessage row(ResultSet r) throws SQLException {
    return new StoredMessage(
        idText(r.getLong("id")),
        r.getString("system_id"),
        r.getString("source"),
        r.getString("destination"),
        r.getInt("data_coding"),
        Octets.wrap(r.getBytes("payload")),
        r.getBoolean("receipt"),
        r.getLong("submitted"),
        r.getLong("expires"),
        StoredMessage.State.valueOf(r.getString("state")),
        r.getInt("attempts"),
        r.getString("flow"),
        r.getLong("scheduled"),
        r.getLong("done_at"),
        r.getInt("error"),
        r.getString("service_type"));
  }

  /** H2's page cache of this store in KB, as H2 reports it (for tests). */
  synchronized long cacheKb() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'CACHE_SIZE'")) {
      return r.next() ? Long.parseLong(r.getString(1)) : -1;
    }
  }

  /** Messages by state, every state present (zero when none), in one scan. */
  public synchronized java.util.Map<StoredMessage.State, Long> countByState() throws SQLException {
    java.util.Map<StoredMessage.State, Long> out =
        new java.util.EnumMap<>(StoredMessage.State.class);
    for (StoredMessage.State s : StoredMessage.State.values()) {
      out.put(s, 0L);
    }
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT state, COUNT(*) FROM message GROUP BY state")) {
      while (r.next()) {
        out.put(StoredMessage.State.valueOf(r.getString(1)), r.getLong(2));
      }
    }
    return out;
  }

  /** Messages in state {@code state}. */
  public synchronized long count(StoredMessage.State state) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT COUNT(*) FROM message WHERE state = ?")) {
      p.setString(1, state.name());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private boolean closed;

  /** Whether {@link #close} has run (later writes fail; the SMSC logs them without a trace). */
  public synchronized boolean isClosed() {
    return closed;
  }

  /**
   * Closes the store once (the node's stop; H2's own shutdown hook is off, {@code
   * DB_CLOSE_ON_EXIT=FALSE}, so a signal cannot close it under a running node).
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      // closing: nothing left to do
    }
  }
}
