package org.ss7sim.simulator.node.smsc;

import java.util.List;
import java.util.function.Consumer;

/**
 * How the SMSC's writes reach its {@link MessageStore}: {@link GroupCommit} (many messages to a
 * store transaction) or {@link JournaledWrites} (a journal append first, the store later). Either
 * way a new message's completion runs once it is durable, so its ESME_ROK follows the write (docs/
 * decisions.md "SMSC store durability").
 */
interface MessageWrites extends AutoCloseable {

  /**
   * Stores new message {@code m} with {@code updated} (messages already stored, in their new state:
   * those a replace_if_present submit ends) as one write; {@code committed} gets {@code true} once
   * it is durable, {@code false} if it was refused (then nothing of it is stored). When the writes
   * have a thread of their own, the completion runs on it and must not block.
   */
  void insert(StoredMessage m, List<StoredMessage> updated, Consumer<Boolean> committed);

  /** Writes message {@code m} as it is now (state, attempts, final date) in a later write. */
  void update(StoredMessage m);

  /** Marks message {@code id}'s receipt acknowledged by its ESME, in a later write. */
  void receiptAcknowledged(String id);

  /**
   * Writes what replace_sm changed of message {@code m} (text, registered_delivery, validity,
   * schedule) and returns once it is durable.
   */
  void replace(StoredMessage m) throws java.sql.SQLException;

  /**
   * Returns once everything written before the call is in the store, so a read of the store sees it
   * (waits at most 10 s).
   */
  void flush();

  /** Writes what is queued, then stops taking writes; the store itself is closed by its owner. */
  @Override
  void close();
}
