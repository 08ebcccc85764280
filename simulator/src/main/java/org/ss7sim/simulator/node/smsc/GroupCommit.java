package org.ss7sim.simulator.node.smsc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMSC's writes to its {@link MessageStore}, many messages to a transaction (group commit). New
 * messages are stored with a completion that runs once the transaction holding them has committed
 * (or failed): the SMSC answers submit_sm then, so every ESME_ROK is on disk first (the crash
 * guarantee of docs/decisions.md "SMSC store durability"). State changes are queued without a
 * completion and go in the next transaction; several changes of one message before it are written
 * once, as the last (and a message still queued as new is written once, as it is by then).
 *
 * <p>Two ways to run:
 *
 * <ul>
 *   <li>{@link #threaded}: one store thread owns the connection. It takes everything queued since
 *       its last transaction, writes it in one, commits, then runs the completions; while it
 *       writes, new submissions queue for the next one. The node's loop and the SMPP loop never
 *       wait for the disk.
 *   <li>{@link #inline} (a virtual-time run, one thread, no crash to survive): the queue is written
 *       on the caller's thread when it holds {@code batch} writes, before a read, and at close;
 *       completions run at once. Everything happens in the order of the run's events, so the run
 *       stays deterministic.
 * </ul>
 */
final class GroupCommit implements MessageWrites {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** Queued writes in one inline transaction at most (and the size that triggers it). */
  static final int INLINE_BATCH = 1024;

  /**
   * Queued writes that end a threaded writer's pause at once (see {@link #threaded(MessageStore,
   * String, LongSupplier, long)}).
   */
  static final int FULL_BATCH = 512;

  /** The pause a real-time SMSC's writer keeps between the starts of two transactions. */
  static final long DEFAULT_INTERVAL_NANOS = 1_000_000;

  private final MessageStore store;
  private final String name;
  private final boolean threaded;
  private final Thread thread;
  private final LongSupplier nanos;
  private final long intervalNanos;

  // guarded by this
  private Map<String, StoredMessage> inserts = new LinkedHashMap<>();
  private List<Consumer<Boolean>> completions = new ArrayList<>();
  private Map<String, StoredMessage> updates = new LinkedHashMap<>();
  private List<String> receipts = new ArrayList<>();
  private long queuedGeneration;
  private long writtenGeneration;
  private boolean closing;
  private boolean writing;
  private boolean idle; // the store thread waits for work: a write wakes it
  private boolean pausing; // it waits for more work to join its next transaction
  private long flushGeneration; // flush() waits for this: no pause until written
  private long lastStartNanos;
  private boolean started;

  private GroupCommit(
      MessageStore store, String name, boolean threaded, LongSupplier nanos, long intervalNanos) {
    this.store = store;
    this.name = name;
    this.threaded = threaded;
    this.nanos = nanos;
    this.intervalNanos = intervalNanos;
    if (threaded) {
      thread = new Thread(this::run, "smsc-store-" + name);
      thread.setDaemon(true);
      thread.start();
    } else {
      thread = null;
    }
  }

  /** Writes on a store thread of its own (a real-time run), a transaction as soon as it can. */
  static GroupCommit threaded(MessageStore store, String name) {
    return new GroupCommit(store, name, true, () -> 0, 0);
  }

  /**
   * Writes on a store thread of its own, starting transactions at most one per {@code
   * intervalNanos} of clock {@code nanos} (a pause ends early once {@link #FULL_BATCH} writes are
   * queued, on {@link #flush} and on {@link #close}). A transaction costs the store about the same
   * whether it holds one message or twenty (H2 rewrites the pages it touched at each commit), so
   * under load the pause lets a few more submissions share it: at 10,000 submits/s a 1 ms pause
   * puts ~10 new messages and ~10 state changes in each. When writes come slower than one per
   * interval nothing waits: the first write after a quiet interval is written at once.
   */
  static GroupCommit threaded(
      MessageStore store, String name, LongSupplier nanos, long intervalNanos) {
    return new GroupCommit(store, name, true, nanos, intervalNanos);
  }

  /** Writes on the caller's thread, in batches (a virtual-time run). */
  static GroupCommit inline(MessageStore store, String name) {
    return new GroupCommit(store, name, false, () -> 0, 0);
  }

  /** Wakes the store thread if it waits for this write (under the lock). */
  private void wake() {
    if (idle || (pausing && inserts.size() + updates.size() >= FULL_BATCH)) {
      notifyAll();
    }
  }

  /**
   * Stores new message {@code m}; {@code committed} gets {@code true} once it is committed, {@code
   * false} if the store refused it or is closed (then the message is not stored). On the store
   * thread when threaded, so it must not block.
   */
  void insert(StoredMessage m, Consumer<Boolean> committed) {
    insert(m, List.of(), committed);
  }

  /**
   * As {@link #insert(StoredMessage, Consumer)}, with {@code updated} (messages already stored, in
   * their new state) written in the same transaction: a message replacing others (submit_sm with
   * replace_if_present_flag) is never committed without their end, nor they without it.
   */
  @Override
  public void insert(StoredMessage m, List<StoredMessage> updated, Consumer<Boolean> committed) {
    synchronized (this) {
      if (!closing) {
        for (StoredMessage u : updated) {
          if (inserts.containsKey(u.id())) {
            inserts.put(u.id(), u);
          } else {
            updates.put(u.id(), u);
          }
        }
        inserts.put(m.id(), m);
        completions.add(committed);
        queuedGeneration++;
        if (threaded) {
          wake();
          return;
        }
      } else {
        m = null;
      }
    }
    if (m == null) {
      committed.accept(false);
      return;
    }
    // inline: a virtual-time run cannot crash between here and the write
    committed.accept(true);
    if (queued() >= INLINE_BATCH) {
      writeInline();
    }
  }

  /** Writes message {@code m}'s state and attempts in the next transaction. */
  @Override
  public void update(StoredMessage m) {
    synchronized (this) {
      if (closing) {
        LOG.debug("smsc {}: stopped, {} not updated", name, m.id());
        return;
      }
      if (inserts.containsKey(m.id())) {
        inserts.put(m.id(), m); // not written yet (inline): stored as it is now, one statement
      } else {
        updates.put(m.id(), m);
      }
      queuedGeneration++;
      if (threaded) {
        wake();
        return;
      }
    }
    if (queued() >= INLINE_BATCH) {
      writeInline();
    }
  }

  /** Marks message {@code id}'s receipt acknowledged by its ESME, in the next transaction. */
  @Override
  public void receiptAcknowledged(String id) {
    synchronized (this) {
      if (closing) {
        return; // owed still: sent again after the restart
      }
      receipts.add(id);
      queuedGeneration++;
      if (threaded) {
        notifyAll();
        return;
      }
    }
    if (queued() >= INLINE_BATCH) {
      writeInline();
    }
  }

  private synchronized int queued() {
    return inserts.size() + updates.size() + receipts.size();
  }

  /** Writes what is queued, then replace_sm's change of {@code m}, committed on return. */
  @Override
  public void replace(StoredMessage m) throws java.sql.SQLException {
    flush();
    store.replace(m);
  }

  /**
   * Returns once everything queued before the call is committed (or has failed), so a read of the
   * store sees it. Waits at most 10 s on a threaded writer.
   */
  @Override
  public void flush() {
    if (!threaded) {
      writeInline();
      return;
    }
    synchronized (this) {
      long target = queuedGeneration;
      flushGeneration = Math.max(flushGeneration, target);
      notifyAll();
      for (int waits = 0; writtenGeneration < target && thread.isAlive(); waits++) {
        if (waits == 100) {
          LOG.warn("smsc {}: store writes not done after 10 s", name);
          return;
        }
        try {
          wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Writes what is queued, then stops taking writes; the store itself is closed by its owner. */
  @Override
  public void close() {
    if (threaded) {
      synchronized (this) {
        closing = true;
        notifyAll();
      }
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    writeInline();
    synchronized (this) {
      closing = true;
    }
  }

  private void writeInline() {
    List<StoredMessage> ins;
    List<StoredMessage> ups;
    List<String> acks;
    synchronized (this) {
      if (inserts.isEmpty() && updates.isEmpty() && receipts.isEmpty()) {
        return;
      }
      ins = new ArrayList<>(inserts.values());
      ups = new ArrayList<>(updates.values());
      acks = receipts;
      inserts = new LinkedHashMap<>();
      completions = new ArrayList<>();
      updates = new LinkedHashMap<>();
      receipts = new ArrayList<>();
    }
    try {
      store.write(ins, ups, acks);
    } catch (Exception e) {
      report(e, ins.size() + ups.size());
    }
  }

  /** The store thread: one transaction per turn with everything queued meanwhile. */
  private void run() {
    while (true) {
      List<StoredMessage> ins;
      List<Consumer<Boolean>> done;
      List<StoredMessage> ups;
      List<String> acks;
      long generation;
      synchronized (this) {
        while (inserts.isEmpty() && updates.isEmpty() && receipts.isEmpty() && !closing) {
          idle = true;
          try {
            wait();
          } catch (InterruptedException e) {
            closing = true;
          }
          idle = false;
        }
        pause();
        if (inserts.isEmpty() && updates.isEmpty() && receipts.isEmpty()) {
          writtenGeneration = queuedGeneration;
          notifyAll();
          return; // closing, nothing left
        }
        ins = new ArrayList<>(inserts.values());
        done = completions;
        ups = new ArrayList<>(updates.values());
        acks = receipts;
        generation = queuedGeneration;
        inserts = new LinkedHashMap<>();
        completions = new ArrayList<>();
        updates = new LinkedHashMap<>();
        receipts = new ArrayList<>();
        writing = true;
        started = true;
        lastStartNanos = nanos.getAsLong();
      }
      boolean ok;
      try {
        store.write(ins, ups, acks);
        ok = true;
      } catch (Exception e) {
        ok = false;
        report(e, ins.size() + ups.size());
      }
      for (Consumer<Boolean> c : done) {
        try {
          c.accept(ok);
        } catch (RuntimeException e) {
          LOG.warn("smsc {}: a store completion failed", name, e);
        }
      }
      synchronized (this) {
        writing = false;
        writtenGeneration = generation;
        notifyAll();
      }
    }
  }

  /**
   * Under the lock, with writes queued: waits until {@link #intervalNanos} after the last
   * transaction's start, unless the queue is full, a flush waits or the writer closes.
   */
  private void pause() {
    if (intervalNanos <= 0 || !started) {
      return;
    }
    pausing = true;
    try {
      while (!closing
          && flushGeneration <= writtenGeneration
          && inserts.size() + updates.size() < FULL_BATCH) {
        long left = lastStartNanos + intervalNanos - nanos.getAsLong();
        if (left <= 0) {
          return;
        }
        try {
          wait(left / 1_000_000, (int) (left % 1_000_000));
        } catch (InterruptedException e) {
          closing = true;
        }
      }
    } finally {
      pausing = false;
    }
  }

  private void report(Exception e, int writes) {
    if (store.isClosed()) {
      LOG.debug("smsc {}: stopped, {} store writes dropped", name, writes);
    } else {
      LOG.warn("smsc {}: store write of {} messages failed", name, writes, e);
    }
  }

  /** Whether a transaction is being written now (for tests). */
  synchronized boolean writing() {
    return writing;
  }
}
