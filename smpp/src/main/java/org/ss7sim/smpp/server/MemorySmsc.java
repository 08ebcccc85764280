package org.ss7sim.smpp.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.wire.Octets;

/**
 * An {@link SmscService} that accepts into memory: message ids are a counter in hex, the store has
 * a capacity (beyond it submissions get ESME_RMSGQFUL), and with {@link #receiptsVia} every message
 * that asks for a receipt gets an immediate DELIVRD one. For tests and benchmarks, and as the
 * simplest SMSC a scenario can run.
 */
public final class MemorySmsc implements SmscService {
  /** A message accepted, with the id returned for it. */
  public record Stored(String messageId, Submission submission) {}

  private final int capacity;
  private final boolean keep;
  private final AtomicLong ids = new AtomicLong(0x10000);
  private final AtomicInteger size = new AtomicInteger();
  private final ConcurrentLinkedQueue<Stored> store = new ConcurrentLinkedQueue<>();
  private volatile SmppServer receipts;

  /**
   * @param capacity messages held before ESME_RMSGQFUL
   * @param keep whether to keep the submissions (false: count only, for load runs)
   */
  public MemorySmsc(int capacity, boolean keep) {
    this.capacity = capacity;
    this.keep = keep;
  }

  /** Sends a DELIVRD receipt through {@code server} for each message that asks for one. */
  public MemorySmsc receiptsVia(SmppServer server) {
    this.receipts = server;
    return this;
  }

  @Override
  public SubmitResult submit(Submission s) {
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      return SubmitResult.rejected(CommandStatus.MESSAGE_QUEUE_FULL);
    }
    String id = Long.toHexString(ids.incrementAndGet());
    if (keep) {
      store.add(new Stored(id, s));
    }
    SmppServer server = receipts;
    if (server != null && s.registeredDelivery().wantsReceipt(true)) {
      Instant now = Instant.now();
      DeliveryReceipt r =
          new DeliveryReceipt(id, 1, 1, now, now, MessageState.DELIVERED, 0, preview(s));
      server.deliverReceipt(s.bind().systemId(), r, s.destination(), s.source());
    }
    return SubmitResult.accepted(id);
  }

  /** Messages held (accepted and not taken). */
  public int size() {
    return size.get();
  }

  /** The kept messages in acceptance order. */
  public List<Stored> messages() {
    return new ArrayList<>(store);
  }

  /** Empties the store. */
  public void clear() {
    store.clear();
    size.set(0);
  }

  private static String preview(Submission s) {
    Octets p = s.payload();
    if (s.esmClass().udhi() && p.length() > 0) {
      int udhl = p.get(0);
      p = p.slice(Math.min(p.length(), udhl + 1));
    }
    byte[] b = p.slice(0, Math.min(p.length(), 40)).toByteArray();
    String text =
        s.dataCoding().isUcs2()
            ? new String(b, StandardCharsets.UTF_16BE)
            : new String(b, StandardCharsets.ISO_8859_1);
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < text.length() && clean.length() < 20; i++) {
      char c = text.charAt(i);
      clean.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return clean.toString();
  }
}
