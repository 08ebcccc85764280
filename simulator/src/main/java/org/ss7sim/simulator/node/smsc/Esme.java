package org.ss7sim.simulator.node.smsc;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.simulator.config.network.KindData.EsmeData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.trace.SmppWireTrace;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliverSmResp;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.ShortMessageBody;
import org.ss7sim.smpp.pdu.SmppTime;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.Tlv;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.session.WireTap;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * The ESME load generator (DESIGN.md §3): an SMPP client bound to its SMSC that submits the
 * scenario's messages with registered delivery and matches the receipts to them. An attempt
 * succeeds when its receipt says DELIVRD (or at submit_sm_resp without registered delivery); the
 * failure cause is the receipt's MAP error as a lower-case name, or {@code expired}. Its SMPP PDUs
 * go to the tracer as TCP frames.
 */
public final class Esme implements EsmeListener, AutoCloseable {
  private static final int MAX_SHORT_MESSAGE = 254;

  private final Node config;
  private final Tracer tracer;
  private final Endpoint self;
  private final Endpoint smsc;
  private final String smscName;
  private final SimNetwork network;
  private final String systemId;
  private int reference;
  private int directSequence;
  private final StreamEventLoops loops;
  private final SmppClient client;
  private final SmppWireTrace tap;
  private final boolean direct;
  private final ReceiptMatcher<Pending, DeliveryReceipt> receipts = new ReceiptMatcher<>();
  private final java.util.Queue<DeliverSm> mobileOriginated =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private record Pending(String flow, AttemptListener listener) {}

  public Esme(
      Node config, InetSocketAddress server, SimNetwork network, Endpoint self, Endpoint smsc) {
    this(config, server, false, network, self, smsc, java.util.Optional.empty());
  }

  /** An ESME that connects with TLS ({@code tls}: trusting its SMSC's certificate). */
  public Esme(
      Node config,
      InetSocketAddress server,
      SimNetwork network,
      Endpoint self,
      Endpoint smsc,
      java.util.Optional<javax.net.ssl.SSLContext> tls) {
    this(config, server, false, network, self, smsc, tls);
  }

  /**
   * An ESME of a virtual-time run: it submits to {@code direct} by calling it (no SMPP over TCP)
   * and traces the same PDUs.
   */
  public static Esme direct(Node config, SimNetwork network, Endpoint self, Endpoint smsc) {
    return new Esme(config, null, true, network, self, smsc, java.util.Optional.empty());
  }

  private Esme(
      Node config,
      InetSocketAddress server,
      boolean direct,
      SimNetwork network,
      Endpoint self,
      Endpoint smsc,
      java.util.Optional<javax.net.ssl.SSLContext> tls) {
    this.direct = direct;
    this.config = config;
    this.network = network;
    this.systemId = config.data(EsmeData.class).systemId();
    this.tracer = network.tracer();
    this.self = self;
    this.smsc = smsc;
    EsmeData d = config.data(EsmeData.class);
    this.smscName = d.smsc();
    BindType type =
        switch (d.bind()) {
          case TRANSMITTER -> BindType.TRANSMITTER;
          case RECEIVER -> BindType.RECEIVER;
          case TRANSCEIVER -> BindType.TRANSCEIVER;
        };
    if (direct) {
      this.loops = null;
      this.client = null;
      this.tap = null;
      return;
    }
    this.tap =
        tracer == null
            ? null
            : new SmppWireTrace(
                tracer,
                config.name(),
                smscName,
                self,
                smsc,
                ref -> network.flows().delivered(systemId, ref));
    this.loops = network.smppLoops(); // a lease of the network's shared SMPP threads
    SmppClientConfig clientConfig =
        SmppClientConfig.of(server, d.systemId(), d.password(), type)
            .withWindowSize(Math.max(1, d.window()));
    this.client =
        new SmppClient(
            loops,
            tls.map(clientConfig::withTls).orElse(clientConfig),
            this,
            tap == null ? WireTap.NONE : tap);
  }

  /** Connects and binds; waits (bounded: 10 s). */
  public void start() throws Exception {
    if (client != null) {
      client.start().get(10, TimeUnit.SECONDS);
    }
  }

  public String name() {
    return config.name();
  }

  private synchronized int nextReference() {
    reference = (reference + 1) & 0xffff;
    return reference;
  }

  /** How long a submit waits for the ESME to be bound again (the SMSC restarting), in steps. */
  private static final java.time.Duration REBIND_STEP = java.time.Duration.ofMillis(100);

  private static final int REBIND_STEPS = 100;

  /**
   * Submits one message of the scenario. While the connection to the SMSC is down (it restarts) the
   * submit is not sent but waits, up to 10 s, for the client to be bound again, as an ESME does:
   * nothing was sent, so nothing can be duplicated. A submit the connection's loss leaves
   * unanswered is sent again once bound. A virtual-time ESME, which calls its SMSC directly, waits
   * the same way while its SMSC is stopped.
   */
  public void submit(String flow, String to, SmsOptions o, AttemptListener listener) {
    submit(flow, to, o, listener, REBIND_STEPS);
  }

  private void submit(
      String flow, String to, SmsOptions o, AttemptListener listener, int rebindSteps) {
    boolean unbound = direct ? runningSmsc().isEmpty() : client != null && !client.isBound();
    if (unbound) {
      if (rebindSteps == 0) {
        listener.onOutcome(Outcome.failed("submit_failed"));
        listener.onEnded();
      } else {
        network.clock().schedule(REBIND_STEP, () -> submit(flow, to, o, listener, rebindSteps - 1));
      }
      return;
    }
    String text = o.text().orElseGet(() -> generated(o.length()));
    DataCoding coding;
    byte[] bytes;
    switch (o.alphabet()) {
      case UCS2 -> {
        coding = DataCoding.UCS2;
        bytes = text.getBytes(StandardCharsets.UTF_16BE);
      }
      case BINARY -> {
        coding = DataCoding.OCTET_UNSPECIFIED_2;
        bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> {
        coding = DataCoding.SMSC_DEFAULT;
        bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      }
    }
    Octets payload = Octets.wrap(bytes);
    SubmitSm sm = SubmitSm.of(sender(o.sender()), Address.international(to), coding, payload);
    // SMPP 3.4 §5.3.2.17: the ESME's own reference of the message; the SMSC finds the flow by it
    int reference = nextReference();
    Tlvs tlvs = sm.tlvs().with(Tlv.u16(TlvTag.USER_MESSAGE_REFERENCE, reference));
    Octets shortMessage = sm.shortMessage();
    if (bytes.length > MAX_SHORT_MESSAGE) {
      shortMessage = Octets.EMPTY;
      tlvs = tlvs.with(Tlv.of(TlvTag.MESSAGE_PAYLOAD, payload));
    }
    ShortMessageBody body = sm.body().withShortMessage(shortMessage).withTlvs(tlvs);
    if (o.registeredDelivery()) {
      body = body.withRegisteredDelivery(RegisteredDelivery.RECEIPT);
    }
    if (o.validity().isPresent()) {
      body = withValidity(body, o.validity().get());
    }
    sm = sm.withBody(body);
    network.flows().submitting(systemId, reference, flow);
    SubmitSm request = direct ? sm.withSequence(++directSequence) : sm;
    if (tap != null) {
      tap.submitting(reference, flow); // traced as sent, with its sequence number
    }
    trace(flow, true, request);
    CompletableFuture<SubmitSmResp> answer =
        direct ? submitDirect(request) : client.submit(request);
    answer.whenComplete(
        (resp, error) -> {
          if (error != null && !direct && rebindSteps > 1) {
            // the connection dropped (the SMSC went away) with this submit unanswered: as an ESME
            // does, submit it again once bound. The SMSC answers only what it has committed, so
            // only a crash between its commit and its answer can make this a second copy.
            network
                .clock()
                .schedule(REBIND_STEP, () -> submit(flow, to, o, listener, rebindSteps - 1));
            return;
          }
          if (error != null) {
            listener.onOutcome(Outcome.failed("submit_failed"));
            listener.onEnded();
            return;
          }
          trace(flow, false, resp);
          if (!resp.status().isOk()) {
            listener.onOutcome(Outcome.failed("submit_" + resp.status().code()));
            listener.onEnded();
            return;
          }
          if (!o.registeredDelivery()) {
            listener.onOutcome(Outcome.succeeded());
            listener.onEnded();
            return;
          }
          Pending pending = new Pending(flow, listener);
          receipts.accepted(resp.messageId(), pending).ifPresent(r -> end(pending, r));
        });
  }

  private static Address sender(String s) {
    return Text.isDigits(s) ? Address.international(s) : new Address(5, 0, s);
  }

  private static String generated(int length) {
    String base = "ss7sim says hello. ";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(base);
    }
    return sb.substring(0, length);
  }

  @Override
  public CommandStatus onDeliverSm(DeliverSm pdu) {
    String flow = "";
    DeliveryReceipt r = DeliveryReceipt.from(pdu);
    if (r == null) {
      // an MO message, not a receipt: its flow by the SMSC's user_message_reference (the wire
      // tap, when there is one, has taken it already)
      flow =
          tap != null
              ? ""
              : pdu.body()
                  .tlvs()
                  .find(TlvTag.USER_MESSAGE_REFERENCE)
                  .map(t -> network.flows().delivered(systemId, (int) t.unsigned()))
                  .orElse("");
      synchronized (mobileOriginated) {
        mobileOriginated.add(pdu);
        mobileOriginated.notifyAll();
      }
    } else {
      flow = receipts.waitingFor(r.messageId()).map(Pending::flow).orElse("");
    }
    trace(flow, false, pdu);
    trace(flow, true, new DeliverSmResp(CommandStatus.OK, pdu.sequence(), "", Tlvs.EMPTY));
    return CommandStatus.OK;
  }

  /** The body with a relative validity_period (SMPP 3.4 §7.1.1) of {@code d}, at most 99 days. */
  private static ShortMessageBody withValidity(ShortMessageBody b, java.time.Duration d) {
    SmppTime.Relative v =
        new SmppTime.Relative(
            0, 0, (int) d.toDays(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    return new ShortMessageBody(
        b.serviceType(),
        b.source(),
        b.destination(),
        b.esmClass(),
        b.protocolId(),
        b.priorityFlag(),
        b.scheduleDeliveryTime(),
        v.text(),
        b.registeredDelivery(),
        b.replaceIfPresent(),
        b.dataCoding(),
        b.smDefaultMsgId(),
        b.shortMessage(),
        b.tlvs());
  }

  /**
   * A virtual-time run: the submit_sm goes straight to the SMSC running now (none while it is
   * stopped: the submit fails as a refused connection would).
   */
  private CompletableFuture<SubmitSmResp> submitDirect(SubmitSm request) {
    return runningSmsc()
        .map(l -> CompletableFuture.completedFuture(l.submitDirect(systemId, request)))
        .orElseGet(
            () -> CompletableFuture.failedFuture(new IllegalStateException("SMSC not running")));
  }

  /** The SMSC of a virtual-time run, when it is running (an ESME "bound" to it). */
  private java.util.Optional<Smsc> runningSmsc() {
    return network
        .node(smscName)
        .flatMap(n -> n.logic())
        .filter(l -> l instanceof Smsc)
        .map(l -> (Smsc) l);
  }

  /** A deliver_sm from the SMSC of a virtual-time run: as the SMPP client would hand it over. */
  CommandStatus deliveredDirectly(DeliverSm pdu) {
    CommandStatus status = onDeliverSm(pdu);
    DeliveryReceipt r = DeliveryReceipt.from(pdu);
    if (r != null) {
      receipt(r);
    }
    return status;
  }

  @Override
  public void onReceipt(DeliveryReceipt receipt) {
    if (loops != null) {
      // the attempt ends once the deliver_sm_resp is on the wire: the session sends it when this
      // call returns, and this one-thread loop runs the task after that
      loops.timers().schedule(java.time.Duration.ZERO, () -> receipt(receipt));
    } else {
      receipt(receipt);
    }
  }

  private void receipt(DeliveryReceipt receipt) {
    receipts.received(receipt.messageId(), receipt).ifPresent(p -> end(p, receipt));
  }

  /** The attempt {@code p} ends with its receipt. */
  private static void end(Pending p, DeliveryReceipt receipt) {
    if (receipt.state() == MessageState.DELIVERED) {
      p.listener().onOutcome(Outcome.succeeded());
    } else {
      p.listener().onOutcome(Outcome.failed(cause(receipt)));
    }
    p.listener().onEnded();
  }

  /** The failure cause of a receipt: its MAP error as a lower-case name, or its state. */
  static String cause(DeliveryReceipt r) {
    if (r.state() == MessageState.EXPIRED) {
      return "expired";
    }
    if (r.error() == 0) {
      return r.state().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (ReceiptError.name(r.error()).isPresent()) {
      return ReceiptError.name(r.error()).get();
    }
    return MapErrorCode.of(r.error())
        .map(
            c ->
                c == MapErrorCode.ABSENT_SUBSCRIBER_SM
                    ? "absent_subscriber"
                    : c.name().toLowerCase(java.util.Locale.ROOT))
        .orElse("error_" + r.error());
  }

  /** Traces a PDU of a virtual-time run (no wire: the {@link SmppWireTrace} sees the others). */
  private void trace(String flow, boolean outbound, Pdu pdu) {
    if (tracer == null || tap != null) {
      return;
    }
    String label = pdu.commandId().name().toLowerCase(java.util.Locale.ROOT);
    tracer.record(
        new TraceEvent(
            network.clock().currentTimeMillis() * 1000,
            outbound ? config.name() : smscName,
            outbound ? smscName : config.name(),
            flow,
            label,
            TraceEvent.Carrier.SMPP,
            outbound ? self : smsc,
            outbound ? smsc : self,
            0,
            Octets.wrap(PduCodec.encode(pdu))));
  }

  /** MO messages received (deliver_sm that are not receipts), oldest first. */
  public List<DeliverSm> mobileOriginated() {
    return List.copyOf(mobileOriginated);
  }

  /** Waits (at most {@code timeout}) until {@code count} MO messages have arrived; returns them. */
  public List<DeliverSm> awaitMobileOriginated(int count, java.time.Duration timeout)
      throws InterruptedException {
    long left = timeout.toMillis();
    synchronized (mobileOriginated) {
      while (mobileOriginated.size() < count && left > 0) {
        long before = network.clock().nanoTime();
        mobileOriginated.wait(left);
        left -= (network.clock().nanoTime() - before) / 1_000_000;
      }
      return List.copyOf(mobileOriginated);
    }
  }

  /** Messages submitted and still waiting for their receipt. */
  public int awaitingReceipts() {
    return receipts.waiting();
  }

  @Override
  public void close() {
    if (client != null) {
      boolean bound = client.isBound();
      client.close();
      if (bound && tap != null) {
        tap.awaitUnbound(java.time.Duration.ofSeconds(2)); // the unbind_resp reaches the trace
      }
      loops.close();
    }
  }
}
