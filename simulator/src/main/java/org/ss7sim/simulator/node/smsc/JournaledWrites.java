package org.ss7sim.simulator.node.smsc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's writes on a real-time run: a {@link Journal} append first, the H2 store
 * later. Two threads:
 *
 * <ul>
 *   <li>{@code smsc-journal-NAME} takes everything queued since its last turn and appends it to the
 *       journal as one frame (one {@code write}, tens of microseconds), then runs the completions
 *       of the new messages in it: the SMSC answers submit_sm then, so every ESME_ROK is in the
 *       file first (docs/decisions.md "SMSC store durability"). A new message wakes it at once;
 *       state changes and receipt acknowledgements, which nobody waits for, ride with the next new
 *       message or go after at most {@link #LAZY_NANOS}.
 *   <li>{@code smsc-store-NAME} copies the appended writes into the store every {@link
 *       #APPLY_INTERVAL_NANOS} in one transaction, each message once as it is by then (most
 *       messages are final within the interval: one row written instead of an insert and an
 *       update), then deletes the journal segments the store now holds.
 * </ul>
 *
 * A read of the store ({@link #flush} first) sees every write made before it. After a crash the
 * journal left behind is copied into the store before the SMSC starts ({@link #open}); a clean stop
 * leaves no journal.
 */
final class JournaledWrites implements MessageWrites {
  private static final Logger LOG = LoggerFactory.getLogger(JournaledWrites.class);

  /** The store thread's pause between two transactions. */
  static final long APPLY_INTERVAL_NANOS = 25_000_000;

  /** The longest a state change or acknowledgement waits for the journal when no message comes. */
  static final long LAZY_NANOS = 2_000_000;

  /** Messages (rows) per store transaction when a journal is replayed at start. */
  static final int REPLAY_ROWS = 50_000;

  private final MessageStore store;
  private final Journal journal;
  private final String name;
  private final java.util.function.LongSupplier nanos;
  private final Thread appender;
  private final Thread applier;

  // the journal's queue: guarded by this
  private List<Journal.Entry> queued = new ArrayList<>();
  private List<Consumer<Boolean>> completions = new ArrayList<>();
  private long queuedGeneration;
  private long appendedGeneration;
  private long flushGeneration;
  private boolean urgent; // a new message waits for its append
  private long lazySince; // when the oldest entry nobody waits for was queued
  private boolean idle;
  private boolean closing;

  // the store's share: guarded by applyLock
  private final Object applyLock = new Object();
  private Pending pending = new Pending();
  private long handedGeneration;
  private long appliedGeneration;
  private long applyGeneration; // a flush waits for this
  private boolean appenderDone;
  private long applied; // transactions (for tests)
  private int failures; // store writes failed in a row (the store thread's own)

  private JournaledWrites(
      MessageStore store, Journal journal, String name, java.util.function.LongSupplier nanos) {
    this.store = store;
    this.journal = journal;
    this.name = name;
    this.nanos = nanos;
    appender = new Thread(this::appendLoop, "smsc-journal-" + name);
    appender.setDaemon(true);
    applier = new Thread(this::applyLoop, "smsc-store-" + name);
    applier.setDaemon(true);
    appender.start();
    applier.start();
  }

  /**
   * Copies into {@code store} whatever journal a crash left in {@code directory}, then opens a
   * fresh journal there and starts both threads, their pauses timed by clock {@code nanos}.
   */
  static JournaledWrites open(
      MessageStore store, Path directory, String name, java.util.function.LongSupplier nanos)
      throws Exception {
    long frames = recover(directory, store);
    if (frames > 0) {
      LOG.info("smsc {}: {} journal batches copied into the store", name, frames);
    }
    return new JournaledWrites(store, Journal.open(directory), name, nanos);
  }

  /**
   * Copies the journal in {@code directory} into {@code store} (in transactions of at most {@link
   * #REPLAY_ROWS} messages) and deletes it; returns the batches read.
   */
  static long recover(Path directory, MessageStore store) throws Exception {
    Pending replayed = new Pending();
    long frames =
        Journal.replay(
            directory,
            entries -> {
              replayed.add(entries);
              if (replayed.rows.size() >= REPLAY_ROWS) {
                store.merge(replayed.rows.values(), replayed.acks);
                replayed.clear();
              }
            });
    store.merge(replayed.rows.values(), replayed.acks);
    Journal.deleteAll(directory);
    return frames;
  }

  /**
   * Writes not yet in the store, each message once as it is now: the last whole message written and
   * whether it still owes its receipt; acknowledgements of messages not among them apart.
   */
  static final class Pending {
    final LinkedHashMap<Long, MessageStore.Row> rows = new LinkedHashMap<>();
    final LinkedHashSet<Long> acks = new LinkedHashSet<>();

    void add(List<Journal.Entry> entries) {
      for (Journal.Entry e : entries) {
        if (e instanceof Journal.Written w) {
          written(
              Long.parseLong(w.message().id()),
              new MessageStore.Row(w.message(), MessageStore.owesReceipt(w.message())));
        } else if (e instanceof Journal.Acknowledged a) {
          acknowledged(a.key());
        }
      }
    }

    /** Message {@code key} written whole: an acknowledgement before it no longer counts. */
    private void written(long key, MessageStore.Row row) {
      rows.put(key, row);
      acks.remove(key);
    }

    /** Message {@code key}'s receipt acknowledged: folded into its row when it has one here. */
    private void acknowledged(long key) {
      MessageStore.Row row = rows.get(key);
      if (row != null) {
        rows.put(key, new MessageStore.Row(row.message(), false));
      } else {
        acks.add(key);
      }
    }

    boolean isEmpty() {
      return rows.isEmpty() && acks.isEmpty();
    }

    void clear() {
      rows.clear();
      acks.clear();
    }

    /** Puts {@code older} (a store write that failed) back under the writes made since. */
    void underlay(Pending older) {
      LinkedHashMap<Long, MessageStore.Row> newer = new LinkedHashMap<>(rows);
      LinkedHashSet<Long> newerAcks = new LinkedHashSet<>(acks);
      clear();
      rows.putAll(older.rows);
      acks.addAll(older.acks);
      newer.forEach(this::written);
      newerAcks.forEach(this::acknowledged);
    }
  }

  @Override
  public void insert(StoredMessage m, List<StoredMessage> updated, Consumer<Boolean> committed) {
    synchronized (this) {
      if (!closing) {
        for (StoredMessage u : updated) {
          queued.add(new Journal.Written(u));
        }
        queued.add(new Journal.Written(m));
        completions.add(committed);
        queuedGeneration++;
        urgent = true;
        if (idle) {
          notifyAll();
        }
        return;
      }
    }
    committed.accept(false);
  }

  @Override
  public void update(StoredMessage m) {
    queue(new Journal.Written(m));
  }

  @Override
  public void receiptAcknowledged(String id) {
    queue(new Journal.Acknowledged(Long.parseLong(id)));
  }

  private synchronized void queue(Journal.Entry e) {
    if (closing) {
      LOG.debug("smsc {}: stopped, {} not written", name, e);
      return;
    }
    if (queued.isEmpty()) {
      lazySince = nanos.getAsLong();
      if (idle) {
        notifyAll(); // from an untimed wait to one of LAZY_NANOS
      }
    }
    queued.add(e);
    queuedGeneration++;
  }

  @Override
  public void replace(StoredMessage m) {
    queue(new Journal.Written(m));
    flush();
  }

  @Override
  public void flush() {
    long target;
    synchronized (this) {
      target = queuedGeneration;
      flushGeneration = Math.max(flushGeneration, target);
      notifyAll();
      if (!await(this, () -> appendedGeneration >= target, appender)) {
        LOG.warn("smsc {}: journal writes not done after 10 s", name);
        return;
      }
    }
    synchronized (applyLock) {
      applyGeneration = Math.max(applyGeneration, target);
      applyLock.notifyAll();
      if (!await(applyLock, () -> appliedGeneration >= target, applier)) {
        LOG.warn("smsc {}: store writes not done after 10 s", name);
      }
    }
  }

  /** Waits on {@code lock} (held) until {@code done}, at most 10 s or while {@code by} lives. */
  private static boolean await(Object lock, java.util.function.BooleanSupplier done, Thread by) {
    for (int waits = 0; !done.getAsBoolean(); waits++) {
      if (waits == 100 || !by.isAlive()) {
        return done.getAsBoolean();
      }
      try {
        lock.wait(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    synchronized (this) {
      closing = true;
      notifyAll();
    }
    join(appender);
    join(applier);
    boolean allStored;
    synchronized (applyLock) {
      allStored = pending.isEmpty() && appliedGeneration == handedGeneration;
    }
    journal.close(allStored);
  }

  private static void join(Thread t) {
    try {
      t.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Store transactions written since the start (for tests). */
  long applied() {
    synchronized (applyLock) {
      return applied;
    }
  }

  /** The journal thread: one frame per turn with everything queued meanwhile. */
  private void appendLoop() {
    while (true) {
      List<Journal.Entry> batch;
      List<Consumer<Boolean>> done;
      long generation;
      synchronized (this) {
        while (!closing && !urgent && flushGeneration <= appendedGeneration) {
          idle = true;
          try {
            if (queued.isEmpty()) {
              wait();
            } else {
              long left = lazySince + LAZY_NANOS - nanos.getAsLong();
              if (left <= 0) {
                break;
              }
              wait(left / 1_000_000, (int) (left % 1_000_000));
            }
          } catch (InterruptedException e) {
            closing = true;
          } finally {
            idle = false;
          }
        }
        if (queued.isEmpty()) {
          appendedGeneration = queuedGeneration;
          notifyAll();
          if (closing) {
            break;
          }
          continue;
        }
        batch = queued;
        done = completions;
        generation = queuedGeneration;
        queued = new ArrayList<>();
        completions = new ArrayList<>();
        urgent = false;
      }
      boolean ok;
      try {
        journal.append(batch, generation);
        ok = true;
      } catch (IOException | RuntimeException e) {
        ok = false;
        LOG.warn("smsc {}: journal write of {} entries failed", name, batch.size(), e);
      }
      for (Consumer<Boolean> c : done) {
        try {
          c.accept(ok);
        } catch (RuntimeException e) {
          LOG.warn("smsc {}: a store completion failed", name, e);
        }
      }
      synchronized (applyLock) {
        if (ok) {
          pending.add(batch);
        }
        handedGeneration = generation;
      }
      synchronized (this) {
        appendedGeneration = generation;
        notifyAll();
      }
    }
    synchronized (applyLock) {
      appenderDone = true;
      applyLock.notifyAll();
    }
  }

  /** The store thread: a transaction every interval with what the journal took meanwhile. */
  private void applyLoop() {
    long last = nanos.getAsLong();
    while (true) {
      Pending taking;
      long generation;
      synchronized (applyLock) {
        while (true) {
          long left = last + APPLY_INTERVAL_NANOS - nanos.getAsLong();
          if (pending.isEmpty()) {
            appliedGeneration = handedGeneration;
            applyLock.notifyAll();
            if (appenderDone) {
              return;
            }
            left = APPLY_INTERVAL_NANOS;
          } else if (appenderDone || applyGeneration > appliedGeneration || left <= 0) {
            break;
          }
          try {
            applyLock.wait(left / 1_000_000, (int) (left % 1_000_000));
          } catch (InterruptedException e) {
            appenderDone = true;
          }
        }
        taking = pending;
        generation = handedGeneration;
        pending = new Pending();
      }
      last = nanos.getAsLong();
      try {
        store.merge(taking.rows.values(), taking.acks);
        journal.release(generation);
        if (failures > 0) {
          LOG.info("smsc {}: store writes go in again after {} failed", name, failures);
          failures = 0;
        }
        synchronized (applyLock) {
          appliedGeneration = generation;
          applied++;
          applyLock.notifyAll();
        }
      } catch (java.sql.SQLException | RuntimeException e) {
        if (store.isClosed()) {
          LOG.debug(
              "smsc {}: stopped, {} store writes left in the journal", name, taking.rows.size());
          return;
        }
        failures++;
        if (failures == 1) {
          LOG.warn(
              "smsc {}: store write of {} messages failed (kept in the journal, tried again every"
                  + " {} ms)",
              name,
              taking.rows.size(),
              APPLY_INTERVAL_NANOS / 1_000_000,
              e);
        } else {
          LOG.debug(
              "smsc {}: store write failed again ({} times): {}", name, failures, e.toString());
        }
        synchronized (applyLock) {
          pending.underlay(taking);
          if (appenderDone) {
            // stopping: what the store refused stays in the journal, copied in at the next start
            LOG.warn("smsc {}: stopping with store writes left in the journal", name);
            return;
          }
        }
      }
    }
  }
}
