package org.ss7sim.simulator.node.smsc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * The SMSC's durable store over JDBC: a message is written (and committed) before submit_sm_resp
 * leaves, and every state change after that. Durability of the default file store (H2 embedded,
 * docs/decisions.md "SMSC store durability"): {@code WRITE_DELAY=0}, so every commit is written to
 * the file before the statement returns — a message that got ESME_ROK survives {@code kill -9} of
 * the process (not a power loss: no fsync per commit). Embedded H2 by default (a file in the run
 * directory), H2 in memory for tests, or any JDBC URL. One connection, used by one thread at a time
 * (the SMPP loop inserts, the node thread updates: access is serialised on the store).
 */
public final class MessageStore implements AutoCloseable {
  private final Connection connection;

  private MessageStore(Connection connection) throws SQLException {
    this.connection = connection;
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS sms (id VARCHAR(64) PRIMARY KEY, system_id VARCHAR(16),"
              + " source VARCHAR(32), destination VARCHAR(32), data_coding INT,"
              + " payload VARBINARY(70000), receipt BOOLEAN, submitted BIGINT, expires BIGINT,"
              + " state VARCHAR(16), attempts INT, flow VARCHAR(64))");
      s.execute(
          "CREATE TABLE IF NOT EXISTS smsc_node (node VARCHAR(64) PRIMARY KEY, smpp_port INT)");
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
  }

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
                  + directory.resolve("ss7sim-" + node).toAbsolutePath()
                  + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
          case "memory" ->
              "jdbc:h2:mem:ss7sim-" + node + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
          default -> store;
        };
    return new MessageStore(DriverManager.getConnection(url));
  }

  private long sequence = -1;

  /**
   * The next message id of this store: 20 digits counting up from the number of messages it holds
   * (rows are never deleted, so ids stay unique across restarts), so a run repeated with the same
   * inputs gives the same ids.
   */
  public synchronized String nextId() throws SQLException {
    if (sequence < 0) {
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sms")) {
        r.next();
        sequence = r.getLong(1);
      }
    }
    while (true) {
      String id = String.format(java.util.Locale.ROOT, "%020d", ++sequence);
      try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM sms WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return id;
          }
        }
      }
    }
  }

  public synchronized void insert(StoredMessage m) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO sms VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      p.setString(1, m.id());
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
      p.executeUpdate();
    }
  }

  public synchronized void update(StoredMessage m) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("UPDATE sms SET state = ?, attempts = ? WHERE id = ?")) {
      p.setString(1, m.state().name());
      p.setInt(2, m.attempts());
      p.setString(3, m.id());
      p.executeUpdate();
    }
  }

  /** Messages not yet in a final state, oldest first. */
  public synchronized List<StoredMessage> unfinished() throws SQLException {
    List<StoredMessage> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT * FROM sms WHERE state IN ('PENDING','WAITING') ORDER BY submitted")) {
      while (r.next()) {
        out.add(
            new StoredMessage(
                r.getString("id"),
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
                r.getString("flow")));
      }
    }
    return out;
  }

  /** Messages in each state. */
  public synchronized long count(StoredMessage.State state) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT COUNT(*) FROM sms WHERE state = ?")) {
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
