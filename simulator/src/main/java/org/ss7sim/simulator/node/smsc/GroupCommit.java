package org.ss7sim.simulator.node.smsc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
final class GroupCommit implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** Queued writes in one inline transaction at most (and the size that triggers it). */
  static final int INLINE_BATCH = 1024;

  private final MessageStore store;
  private final String name;
  private final boolean threaded;
  private final Thread thread;

  // guarded by this
  private Map<String, StoredMessage> inserts = new LinkedHashMap<>();
  private List<Consumer<Boolean>> completions = new ArrayList<>();
  private Map<String, StoredMessage> updates = new LinkedHashMap<>();
  private long queuedGeneration;
  private long writtenGeneration;
  private boolean closing;
  private boolean writing;

  private GroupCommit(MessageStore store, String name, boolean threaded) {
    this.store = store;
    this.name = name;
    this.threaded = threaded;
    if (threaded) {
      thread = new Thread(this::run, "smsc-store-" + name);
      thread.setDaemon(true);
      thread.start();
    } else {
      thread = null;
    }
  }

  /** Writes on a store thread of its own (a real-time run). */
  static GroupCommit threaded(MessageStore store, String name) {
    return new GroupCommit(store, name, true);
  }

  /** Writes on the caller's thread, in batches (a virtual-time run). */
  static GroupCommit inline(MessageStore store, String name) {
    return new GroupCommit(store, name, false);
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
  void insert(StoredMessage m, List<StoredMessage> updated, Consumer<Boolean> committed) {
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
          notifyAll();
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
  void update(StoredMessage m) {
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
        notifyAll();
        return;
      }
    }
    if (queued() >= INLINE_BATCH) {
      writeInline();
    }
  }

  private synchronized int queued() {
    return inserts.size() + updates.size();
  }

  /**
   * Returns once everything queued before the call is committed (or has failed), so a read of the
   * store sees it. Waits at most 10 s on a threaded writer.
   */
  void flush() {
    if (!threaded) {
      writeInline();
      return;
    }
    synchronized (this) {
      long target = queuedGeneration;
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
    synchronized (this) {
      if (inserts.isEmpty() && updates.isEmpty()) {
        return;
      }
      ins = new ArrayList<>(inserts.values());
      ups = new ArrayList<>(updates.values());
      inserts = new LinkedHashMap<>();
      completions = new ArrayList<>();
      updates = new LinkedHashMap<>();
    }
    try {
      store.write(ins, ups);
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
      long generation;
      synchronized (this) {
        while (inserts.isEmpty() && updates.isEmpty() && !closing) {
          try {
            wait();
          } catch (InterruptedException e) {
            closing = true;
          }
        }
        if (inserts.isEmpty() && updates.isEmpty()) {
          writtenGeneration = queuedGeneration;
          notifyAll();
          return; // closing, nothing left
        }
        ins = new ArrayList<>(inserts.values());
        done = completions;
        ups = new ArrayList<>(updates.values());
        generation = queuedGeneration;
        inserts = new LinkedHashMap<>();
        completions = new ArrayList<>();
        updates = new LinkedHashMap<>();
        writing = true;
      }
      boolean ok;
      try {
        store.write(ins, ups);
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
