package org.ss7sim.simulator.trace;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.session.WireTap;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * The tracer's view of one ESME's SMPP session: a {@link WireTap} that records every PDU exactly as
 * it crossed the wire (true sequence numbers; binds, enquire_links and unbinds included) and names
 * the flow each belongs to from SMPP state alone:
 *
 * <ul>
 *   <li>a submit_sm by its user_message_reference (SMPP 3.4 §5.3.2.17), registered by the ESME with
 *       {@link #submitting} before it sends;
 *   <li>a response by the sequence_number of its request (§2.3, §3.2);
 *   <li>a delivery receipt by the message_id the submit_sm_resp returned (Appendix B);
 *   <li>an MO deliver_sm by its user_message_reference, through {@code moFlow}.
 * </ul>
 *
 * Binds and other session PDUs belong to no flow: they reach the pcap, not a ladder.
 */
public final class SmppWireTrace implements WireTap {
  private final Tracer tracer;
  private final String esme;
  private final String smsc;
  private final Endpoint esmeAddress;
  private final Endpoint smscAddress;
  private final IntFunction<String> moFlow;
  private final Map<Integer, String> byReference = new ConcurrentHashMap<>();
  private final Map<Integer, String> sentRequests = new ConcurrentHashMap<>();
  private final Map<Integer, String> receivedRequests = new ConcurrentHashMap<>();
  private final Map<String, String> byMessageId = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> unbound = new CompletableFuture<>();

  /**
   * @param moFlow the flow of an MO deliver_sm from its user_message_reference ("" if unknown)
   */
  public SmppWireTrace(
      Tracer tracer,
      String esme,
      String smsc,
      Endpoint esmeAddress,
      Endpoint smscAddress,
      IntFunction<String> moFlow) {
    this.tracer = tracer;
    this.esme = esme;
    this.smsc = smsc;
    this.esmeAddress = esmeAddress;
    this.smscAddress = smscAddress;
    this.moFlow = moFlow;
  }

  /** The ESME is about to send a submit_sm with this user_message_reference for {@code flow}. */
  public void submitting(int reference, String flow) {
    if (!flow.isEmpty()) {
      byReference.put(reference, flow);
    }
  }

  /** Tells the tracer this session is traced here, so the SMSC's tap (if ours) leaves it. */
  @Override
  public void connected(String local, String peer) {
    tracer.ownSmppClient(local);
  }

  @Override
  public void onPdu(String peer, boolean outbound, Octets bytes, long timeMillis) {
    Pdu pdu;
    try {
      pdu = PduCodec.decode(bytes);
    } catch (MalformedMessageException | RuntimeException e) {
      record(timeMillis, outbound, "", "undecodable", bytes);
      return;
    }
    String flow = flowOf(pdu, outbound);
    if (pdu.commandId() == CommandId.UNBIND_RESP) {
      unbound.complete(null);
    }
    String label =
        pdu.commandId() == null
            ? String.format(Locale.ROOT, "0x%08x", pdu.commandCode())
            : pdu.commandId().name().toLowerCase(Locale.ROOT);
    record(timeMillis, outbound, flow, label, bytes);
  }

  /**
   * Waits (at most {@code timeout}) for the unbind_resp that ends the session, so a closing ESME
   * leaves its unbind paired in the trace; returns whether it came.
   */
  public boolean awaitUnbound(Duration timeout) {
    try {
      unbound.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String flowOf(Pdu pdu, boolean outbound) {
    if (pdu.isResponse()) {
      String flow = (outbound ? receivedRequests : sentRequests).remove(pdu.sequence());
      flow = flow == null ? "" : flow;
      if (pdu instanceof SubmitSmResp r && !flow.isEmpty() && !r.messageId().isEmpty()) {
        byMessageId.put(r.messageId(), flow);
      }
      return flow;
    }
    String flow = "";
    if (pdu instanceof SubmitSm s && outbound) {
      flow =
          s.body()
              .tlvs()
              .find(TlvTag.USER_MESSAGE_REFERENCE)
              .map(t -> byReference.remove((int) t.unsigned()))
              .orElse("");
    } else if (pdu instanceof DeliverSm d && !outbound) {
      DeliveryReceipt receipt = DeliveryReceipt.from(d);
      if (receipt != null) {
        String f = byMessageId.remove(receipt.messageId());
        flow = f == null ? "" : f;
      } else {
        flow =
            d.body()
                .tlvs()
                .find(TlvTag.USER_MESSAGE_REFERENCE)
                .map(t -> moFlow.apply((int) t.unsigned()))
                .orElse("");
      }
    }
    flow = flow == null ? "" : flow;
    if (!flow.isEmpty()) {
      (outbound ? sentRequests : receivedRequests).put(pdu.sequence(), flow);
    }
    return flow;
  }

  private void record(long timeMillis, boolean outbound, String flow, String label, Octets bytes) {
    tracer.record(
        new TraceEvent(
            timeMillis * 1000,
            outbound ? esme : smsc,
            outbound ? smsc : esme,
            flow,
            label,
            TraceEvent.Carrier.SMPP,
            outbound ? esmeAddress : smscAddress,
            outbound ? smscAddress : esmeAddress,
            0,
            bytes));
  }
}
