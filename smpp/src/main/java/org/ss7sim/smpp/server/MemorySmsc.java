package org.ss7sim.smpp.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.ReplaceSm;
import org.ss7sim.smpp.pdu.Tlv;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.wire.Octets;

/**
 * An {@link SmscService} that accepts into memory: message ids are a counter in hex, the store has
 * a capacity (beyond it submissions get ESME_RMSGQFUL), and with {@link #receiptsVia} every message
 * that asks for a receipt gets an immediate DELIVRD one (without, messages stay ENROUTE, so they
 * can be queried, cancelled and replaced through {@link MessageManagement}). For tests and
 * benchmarks, and as the simplest SMSC a scenario can run.
 */
public final class MemorySmsc implements SmscService {
  /** A message accepted, with the id returned for it. */
  public record Stored(String messageId, Submission submission) {}

  private final int capacity;
  private final boolean keep;
  private final AtomicLong ids = new AtomicLong(0x10000);
  private final AtomicInteger size = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
  private final Map<String, Stored> byId = new ConcurrentHashMap<>();
  private final Map<String, MessageManagement.Held> held = new ConcurrentHashMap<>();
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
    SmppServer server = receipts;
    Instant now = Instant.now();
    if (keep) {
      order.add(id);
      byId.put(id, new Stored(id, s));
      held.put(
          id,
          new MessageManagement.Held(
              id,
              s.bind().systemId(),
              serviceType(s),
              s.source(),
              s.destination(),
              server != null ? MessageState.DELIVERED : MessageState.ENROUTE,
              server != null ? now : null,
              0));
    }
    if (server != null && s.registeredDelivery().wantsReceipt(true)) {
      DeliveryReceipt r =
          new DeliveryReceipt(id, 1, 1, now, now, MessageState.DELIVERED, 0, preview(s));
      server.deliverReceipt(s.bind().systemId(), r, s.destination(), s.source());
    }
    return SubmitResult.accepted(id);
  }

  /** query_sm by {@link MessageManagement} (needs {@code keep}). */
  @Override
  public QuerySmResp query(EsmeBind bind, QuerySm q) {
    return MessageManagement.query(bind, q, Optional.ofNullable(held.get(q.messageId())));
  }

  /** cancel_sm by {@link MessageManagement}: the messages become DELETED. */
  @Override
  public CommandStatus cancel(EsmeBind bind, CancelSm c) {
    List<MessageManagement.Held> candidates =
        c.messageId().isEmpty()
            ? new ArrayList<>(held.values())
            : Optional.ofNullable(held.get(c.messageId())).map(List::of).orElse(List.of());
    MessageManagement.Cancellation r = MessageManagement.cancel(bind, c, candidates);
    Instant now = Instant.now();
    for (String id : r.messageIds()) {
      held.computeIfPresent(
          id,
          (k, h) ->
              new MessageManagement.Held(
                  h.messageId(),
                  h.systemId(),
                  h.serviceType(),
                  h.source(),
                  h.destination(),
                  MessageState.DELETED,
                  now,
                  0));
    }
    return r.status();
  }

  /** replace_sm by {@link MessageManagement}: the kept submission gets the new payload. */
  @Override
  public CommandStatus replace(EsmeBind bind, ReplaceSm r) {
    CommandStatus st =
        MessageManagement.replace(
            bind, r, Optional.ofNullable(held.get(r.messageId())), Instant.now());
    if (st.isOk()) {
      byId.computeIfPresent(
          r.messageId(),
          (k, old) -> {
            Submission s = old.submission();
            return new Stored(
                k,
                new Submission(
                    s.bind(),
                    s.source(),
                    s.destination(),
                    s.esmClass(),
                    s.protocolId(),
                    s.priorityFlag(),
                    s.scheduleDeliveryTime(),
                    s.validityPeriod(),
                    r.registeredDelivery(),
                    s.dataCoding(),
                    r.tlvs().find(TlvTag.MESSAGE_PAYLOAD).map(Tlv::value).orElse(r.shortMessage()),
                    s.tlvs(),
                    r));
          });
    }
    return st;
  }

  /** The state of a kept message, for tests. */
  public Optional<MessageState> state(String messageId) {
    return Optional.ofNullable(held.get(messageId)).map(MessageManagement.Held::state);
  }

  private static String serviceType(Submission s) {
    if (s.request() instanceof org.ss7sim.smpp.pdu.SubmitSm sm) {
      return sm.serviceType();
    }
    if (s.request() instanceof org.ss7sim.smpp.pdu.DataSm d) {
      return d.serviceType();
    }
    if (s.request() instanceof org.ss7sim.smpp.pdu.SubmitMulti m) {
      return m.serviceType();
    }
    return "";
  }

  /** Messages held (accepted and not taken). */
  public int size() {
    return size.get();
  }

  /** The kept messages in acceptance order. */
  public List<Stored> messages() {
    List<Stored> out = new ArrayList<>();
    for (String id : order) {
      Stored st = byId.get(id);
      if (st != null) {
        out.add(st);
      }
    }
    return out;
  }

  /** Empties the store. */
  public void clear() {
    order.clear();
    byId.clear();
    held.clear();
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
