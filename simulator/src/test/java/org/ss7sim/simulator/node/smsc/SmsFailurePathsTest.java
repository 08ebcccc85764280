package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapConfig;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.service.MapStack;
import org.ss7sim.map.service.MapUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.config.scenario.Alphabet;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.network.NodeLogic;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.hlr.Hlr;
import org.ss7sim.simulator.node.msc.Msc;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.transport.loop.VirtualTime;

/**
 * Nothing accepted is lost (issue 15): on the demo network under virtual time (retries after 10 s
 * and 30 s, validity 3 min), every message the SMSC accepted ends in a final state with a receipt
 * that says why; a bad destination is refused at the door; message waiting data exists because the
 * SMSC reports it.
 */
class SmsFailurePathsTest {
  @TempDir Path dir;
  SimNetwork net;
  Tracer tracer;
  NodeKinds kinds;

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  private void start(BiFunction<NodeKinds, Node, NodeLogic> override) throws Exception {
    String yaml =
        Files.readString(examples().resolve("demo-network.yaml"))
            .replaceAll("smpp_port: \\d+", "smpp_port: 0\n    retry: [10s, 30s]\n    validity: 3m");
    Network config = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("net.yaml"), yaml));
    kinds = new NodeKinds(config, true, dir);
    tracer = new Tracer(null, 1000);
    net =
        SimNetwork.start(
            config,
            Set.of(),
            tracer,
            n -> {
              NodeLogic l = override == null ? null : override.apply(kinds, n);
              return l != null ? l : kinds.logicFor(n);
            },
            new VirtualTime());
    Esmes.start(net, kinds);
  }

  static Path examples() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
  }

  /** One submitted message: its outcome once the ESME knows it. */
  static final class Attempt implements AttemptListener {
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    @Override
    public void onOutcome(Outcome o) {
      outcome.complete(o);
    }

    @Override
    public void onEnded() {}
  }

  private Attempt submit(String flow, String to) {
    Esme esme = net.attachment("esme1", Esme.class).orElseThrow();
    Attempt a = new Attempt();
    esme.submit(
        flow, to, new SmsOptions("1000", Optional.of("hello " + flow), 0, Alphabet.GSM7, true), a);
    return a;
  }

  /** Runs virtual time until the attempt's outcome is known (at most 10 virtual minutes). */
  private Outcome outcome(Attempt a) throws Exception {
    return net.await(a.outcome, Duration.ofMinutes(10));
  }

  /** The delivery receipt the ESME got in {@code flow}. */
  private DeliveryReceipt receipt(String flow) throws Exception {
    for (TraceEvent e : tracer.flow(flow)) {
      if (e.label().equals("deliver_sm")) {
        return DeliveryReceipt.from((DeliverSm) PduCodec.decode(e.bytes()));
      }
    }
    throw new AssertionError("no deliver_sm in " + flow);
  }

  /** Messages labelled {@code label} the SMSC sent in {@code flow} (each hop is traced). */
  private long count(String flow, String label) {
    return tracer.flow(flow).stream()
        .filter(e -> e.from().equals("smsc") && e.label().equals(label))
        .count();
  }

  private Smsc smsc() {
    return (Smsc) net.node("smsc").flatMap(SimNode::logic).orElseThrow();
  }

  @Test
  void a_destination_no_gtt_rule_covers_ends_undeliverable_with_a_no_route_receipt()
      throws Exception {
    start(null);
    Outcome o = outcome(submit("sms-nogtt", "447700900106"));
    assertThat(o.success()).isFalse();
    assertThat(o.cause()).isEqualTo("no_route");
    DeliveryReceipt r = receipt("sms-nogtt");
    assertThat(r.state()).isEqualTo(MessageState.UNDELIVERABLE);
    assertThat(r.error()).isEqualTo(ReceiptError.NO_ROUTE);
    assertThat(r.toText()).contains("stat:UNDELIV", "err:901");
    assertThat(smsc().stored(StoredMessage.State.UNDELIVERABLE)).isEqualTo(1);
    assertThat(smsc().unfinished()).isZero();
  }

  @Test
  void an_hlr_that_never_answers_gets_every_retry_then_the_message_expires_with_its_reason()
      throws Exception {
    start((k, n) -> n.name().equals("hlr") ? new SilentHlr() : null);
    Outcome o = outcome(submit("sms-silent", "9990110000042"));
    assertThat(o.cause()).isEqualTo("expired");
    DeliveryReceipt r = receipt("sms-silent");
    assertThat(r.state()).isEqualTo(MessageState.EXPIRED);
    assertThat(r.error()).isEqualTo(ReceiptError.NO_ANSWER);
    assertThat(r.toText()).contains("stat:EXPIRED", "err:902");
    // the first attempt and the retries after 10 s and 30 s, each timed out; then the validity ran
    // out
    assertThat(count("sms-silent", "TC-BEGIN sendRoutingInfoForSm")).isEqualTo(3);
    assertThat(smsc().stored(StoredMessage.State.EXPIRED)).isEqualTo(1);
    assertThat(smsc().unfinished()).isZero();
  }

  @Test
  void a_leading_plus_is_an_international_number_and_is_delivered() throws Exception {
    start(null);
    Outcome o = outcome(submit("sms-plus", "+9990110000042"));
    assertThat(o.success()).as(o.toString()).isTrue();
    Msc msc = (Msc) net.node("msc").flatMap(SimNode::logic).orElseThrow();
    assertThat(msc.delivered().get("9990110000042")).hasSize(1);
  }

  @Test
  void a_destination_with_a_letter_or_empty_is_refused_at_submit_with_esme_rinvdstadr()
      throws Exception {
    start(null);
    // ESME_RINVDSTADR is 0x0000000B (SMPP 3.4 §5.1.3)
    assertThat(outcome(submit("sms-q", "44q700900112")).cause()).isEqualTo("submit_11");
    assertThat(outcome(submit("sms-empty", "")).cause()).isEqualTo("submit_11");
    assertThat(count("sms-q", "submit_sm_resp")).isEqualTo(1);
    assertThat(count("sms-q", "TC-BEGIN sendRoutingInfoForSm")).isZero();
    assertThat(smsc().stored(StoredMessage.State.PENDING)).isZero();
    assertThat(smsc().unfinished()).isZero();
  }

  @Test
  void an_exception_in_the_smsc_task_ends_the_message_undeliverable_with_a_receipt()
      throws Exception {
    start(null);
    Attempt a = submit("sms-boom", "9990120000004"); // absent: the message waits
    runFor(Duration.ofSeconds(5));
    assertThat(smsc().stored(StoredMessage.State.WAITING)).isEqualTo(1);
    String id =
        tracer.flow("sms-boom").stream()
            .filter(e -> e.label().equals("submit_sm_resp"))
            .map(e -> decodeResp(e).messageId())
            .findFirst()
            .orElseThrow();
    smsc()
        .node()
        .execute(
            () ->
                smsc()
                    .guarded(
                        id,
                        () -> {
                          throw new IllegalStateException("injected");
                        }));
    Outcome o = outcome(a);
    assertThat(o.cause()).isEqualTo("smsc_error");
    DeliveryReceipt r = receipt("sms-boom");
    assertThat(r.state()).isEqualTo(MessageState.UNDELIVERABLE);
    assertThat(r.error()).isEqualTo(ReceiptError.SMSC_ERROR);
    assertThat(smsc().stored(StoredMessage.State.UNDELIVERABLE)).isEqualTo(1);
    assertThat(smsc().unfinished()).isZero();
  }

  @Test
  void the_alert_for_an_absent_subscriber_comes_because_the_smsc_reported_delivery_status()
      throws Exception {
    start(null);
    String msisdn = "9990120000003";
    Attempt a = submit("sms-mwd", msisdn);
    runFor(Duration.ofSeconds(5));
    Hlr hlr = (Hlr) net.node("hlr").flatMap(SimNode::logic).orElseThrow();
    // the message waiting data is the SMSC's ReportSM-DeliveryStatus, not the SRI-SM
    assertThat(tracer.flow("sms-mwd"))
        .filteredOn(e -> e.from().equals("smsc") && e.label().startsWith("TC-BEGIN report"))
        .hasSize(1);
    assertThat(hlr.waiting()).containsExactly(msisdn);
    // the subscriber returns before the first retry (10 s): only alertServiceCentre can bring it
    kinds.subscribers().change(msisdn, SubscriberState.ATTACHED);
    runFor(Duration.ofSeconds(2));
    assertThat(a.outcome).isCompleted();
    assertThat(outcome(a).success()).isTrue();
    assertThat(hlr.waiting()).isEmpty();
  }

  private static org.ss7sim.smpp.pdu.SubmitSmResp decodeResp(TraceEvent e) {
    try {
      return (org.ss7sim.smpp.pdu.SubmitSmResp) PduCodec.decode(e.bytes());
    } catch (Exception x) {
      throw new AssertionError(x);
    }
  }

  /** Runs virtual time for {@code d}. */
  private void runFor(Duration d) throws Exception {
    runFor(net, d);
  }

  /** Runs {@code net}'s virtual time for {@code d}. */
  static void runFor(SimNetwork net, Duration d) throws Exception {
    CompletableFuture<Void> later = new CompletableFuture<>();
    net.clock().schedule(d, () -> later.complete(null));
    net.await(later, d.plusSeconds(1));
  }

  /**
   * An HLR that takes every invoke and never answers (its dialogues time out at the SMSC), counting
   * the invokes it took.
   */
  @SuppressWarnings("deprecation")
  static final class SilentHlr implements NodeLogic, MapUser {
    final java.util.concurrent.atomic.AtomicInteger invokes =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void start(SimNode node) {
      new MapStack(node.tcap(Ssn.HLR.value()).orElseThrow(), this, MapConfig.defaults());
    }

    @Override
    public void stop() {}

    @Override
    public void onInvoke(
        MapDialogue d, InvokeId id, MapOperation operation, MapParameter argument) {
      invokes.incrementAndGet();
    }
  }
}
