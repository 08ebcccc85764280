package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/**
 * Crash safety of the SMSC's default file store (issue 15): exactly once across {@code kill -9}.
 * The SMSC runs alone in a child process ({@code ss7sim run}, file store); the STP, HLR and MSC run
 * in this JVM, so the handsets' view survives the kill. This test is the ESME: it floods the SMSC
 * with numbered texts asking for receipts, kills the process with SIGKILL in the middle of the
 * flood, starts a new one on the same store directory and binds again. Then: every message that got
 * ESME_ROK reaches its handset exactly once (counted by text at the MSC, across both processes),
 * every one ends DELIVERED in the store, and a DELIVRD receipt reaches the ESME for each.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  private static final Pattern LISTENING = Pattern.compile("SMPP server listening on .*:(\\d+)");

  /** The STP, HLR and MSC (this JVM); the SMSC is external to it. */
  private static final String NETWORK =
      """
      name: crash-network
      nodes:
        - name: stp
          kind: stp
          point_code: 1-1-1
          gtt:
            - {prefix: "999010000001", to: hlr, ssn: 6}
            - {prefix: "999010000002", to: msc, ssn: 8}
            - {prefix: "999010000003", to: smsc, ssn: 8}
            - {prefix: "99901", to: hlr, ssn: 6}
          links:
            - {name: to-smsc, peer: smsc, role: sgp, listen: true, local: "127.0.0.1:0", routing_context: 10, allowed_peers: 127.0.0.1}
        - name: hlr
          kind: hlr
          point_code: 1-4-1
          global_titles: "999010000001"
          peers: [stp]
          subscribers:
            - {msisdn: "9990110000000", imsi: "001010000000000", count: 1000}
        - name: msc
          kind: msc
          point_code: 1-5-1
          global_titles: "999010000002"
          msrn_prefix: "99901999"
          peers: [stp]
        - {name: smsc, kind: smsc, external: true, point_code: 1-6-1, global_titles: "999010000003"}
      """;

  /** The SMSC alone (the child process), linked to this JVM's STP. */
  private static final String SMSC =
      """
      name: crash-smsc
      nodes:
        - name: smsc
          kind: smsc
          point_code: 1-6-1
          global_titles: "999010000003"
          smpp_port: 0
          accounts:
            - {system_id: esme1, password: secret}
          links:
            - {name: to-stp, peer: stp, role: asp, remote: "127.0.0.1:%d", routing_context: 10}
        - {name: stp, kind: stp, external: true, point_code: 1-1-1}
        - {name: hlr, kind: hlr, external: true, point_code: 1-4-1, global_titles: "999010000001"}
        - {name: msc, kind: msc, external: true, point_code: 1-5-1, global_titles: "999010000002"}
      """;

  private static final Pattern STP_LISTENING = Pattern.compile("listening on [0-9.]+:(\\d+)");

  private static int stpPort(SimNetwork net) {
    for (String line : net.externalLinks().states()) {
      Matcher m = STP_LISTENING.matcher(line);
      if (m.find() && !m.group(1).equals("0")) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("no bound port in " + net.externalLinks().states());
  }

  private static int smppPort(ChildProcess p) throws Exception {
    assertThat(p.awaitErrOrOut(l -> LISTENING.matcher(l).find(), Duration.ofSeconds(60)))
        .as(p.stdout() + p.stderr())
        .isTrue();
    Matcher m = LISTENING.matcher(p.stdout() + "\n" + p.stderr());
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The ESME's side: receipts by message id, and how many deliver_sm came in all. */
  private static final class Receipts implements EsmeListener {
    final Map<String, List<MessageState>> byId = new ConcurrentHashMap<>();
    final AtomicInteger count = new AtomicInteger();

    @Override
    public void onReceipt(DeliveryReceipt r) {
      count.incrementAndGet();
      byId.computeIfAbsent(
              r.messageId(),
              k -> java.util.Collections.synchronizedList(new java.util.ArrayList<>()))
          .add(r.state());
    }
  }

  private static SmppClient bind(StreamEventLoops loops, int port, Receipts receipts)
      throws Exception {
    SmppClient esme =
        new SmppClient(
            loops,
            SmppClientConfig.of(
                    new InetSocketAddress("127.0.0.1", port),
                    "esme1",
                    "secret",
                    BindType.TRANSCEIVER)
                .withWindowSize(50),
            receipts);
    esme.start().get(30, TimeUnit.SECONDS);
    return esme;
  }

  @Test
  void every_message_acknowledged_before_kill_9_reaches_its_handset_exactly_once_with_a_receipt()
      throws Exception {
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("network.yaml"), NETWORK));
    Path netDir = Files.createDirectories(dir.resolve("network"));
    try (SimNetwork net =
        SimNetwork.start(n, Set.of(), null, new NodeKinds(n, true, netDir)::logicFor)) {
      // the STP's M3UA port is ephemeral: the link's line names the port it was bound to
      int stpPort = stpPort(net);
      Path smscFile = Files.writeString(dir.resolve("smsc.yaml"), SMSC.formatted(stpPort));
      Msc msc = (Msc) net.node("msc").flatMap(SimNode::logic).orElseThrow();

      Map<String, String> accepted = new ConcurrentHashMap<>(); // message id -> text
      Receipts receipts = new Receipts();
      int firstBatch = 500;
      int flood = 3000;
      int killAfter = 300;
      try (ChildProcess first =
              new ChildProcess(dir, "run", smscFile.toString(), "--store-dir", ".");
          StreamEventLoops loops = StreamEventLoops.create(1, "crash-esme")) {
        SmppClient esme = bind(loops, smppPort(first), receipts);
        assertThat(net.externalLinks().awaitUp(Duration.ofSeconds(30)))
            .as("link to the SMSC")
            .isEmpty();
        // a first batch; once some of it has reached the handsets, a second one, killed in its
        // middle, while the first is still being delivered
        flood(esme, 0, firstBatch, accepted, () -> false);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (handsetCount(msc) < firstBatch / 10 && System.nanoTime() < until) {
          first.awaitErr(l -> false, Duration.ofMillis(100));
        }
        assertThat(handsetCount(msc)).as("delivered before the kill").isGreaterThan(0);
        int before = accepted.size();
        flood(esme, firstBatch, flood, accepted, () -> accepted.size() >= before + killAfter);
        first.process.toHandle().destroyForcibly(); // SIGKILL during the flood
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        esme.close();
      }
      Map<String, String> ok = Map.copyOf(accepted);
      assertThat(ok.size()).isGreaterThanOrEqualTo(firstBatch + killAfter);
      // every acknowledged message is in the store after the kill
      assertThat(states(dir).keySet()).containsAll(ok.keySet());
      int receiptsBeforeRestart = receipts.count.get();
      long deliveredBeforeRestart = handsetCount(msc);
      Map<String, Long> storedAtKill = new TreeMap<>();
      states(dir).values().forEach(v -> storedAtKill.merge(v, 1L, Long::sum));

      // a new process on the same store takes them up; the ESME binds again for the receipts
      try (ChildProcess second =
              new ChildProcess(dir, "run", smscFile.toString(), "--store-dir", ".");
          StreamEventLoops loops = StreamEventLoops.create(1, "crash-esme-2")) {
        SmppClient esme = bind(loops, smppPort(second), receipts);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < end
            && !(receipts.byId.keySet().containsAll(ok.keySet())
                && handsetTexts(msc).keySet().containsAll(ok.values()))) {
          second.awaitErr(l -> false, Duration.ofMillis(200));
        }
        esme.close();
        second.process.toHandle().destroy();
        assertThat(second.awaitExit(Duration.ofSeconds(30))).as(second.stderr()).isZero();
      }

      // exactly once at the handsets: every accepted text once, no text twice
      Map<String, Integer> texts = handsetTexts(msc);
      Map<String, Integer> missing = new TreeMap<>();
      Map<String, Integer> twice = new TreeMap<>();
      for (String text : ok.values()) {
        int times = texts.getOrDefault(text, 0);
        if (times == 0) {
          missing.put(text, 0);
        }
      }
      texts.forEach(
          (text, times) -> {
            if (times > 1) {
              twice.put(text, times);
            }
          });
      assertThat(missing).as("accepted messages no handset got").isEmpty();
      assertThat(twice).as("messages a handset got more than once").isEmpty();

      // the store: every acknowledged message DELIVERED
      Map<String, String> after = states(dir);
      Map<String, Long> notDelivered = new HashMap<>();
      for (String id : ok.keySet()) {
        if (!"DELIVERED".equals(after.get(id))) {
          notDelivered.merge(String.valueOf(after.get(id)), 1L, Long::sum);
        }
      }
      assertThat(notDelivered).as("acknowledged messages not delivered, by state").isEmpty();

      // a DELIVRD receipt for each
      Map<String, List<MessageState>> noReceipt = new TreeMap<>();
      for (String id : ok.keySet()) {
        List<MessageState> got = receipts.byId.getOrDefault(id, List.of());
        if (!got.contains(MessageState.DELIVERED)) {
          noReceipt.put(id, got);
        }
      }
      assertThat(noReceipt).as("accepted messages without a DELIVRD receipt").isEmpty();
      long duplicateReceipts = receipts.byId.values().stream().mapToLong(l -> l.size() - 1).sum();
      System.out.printf(
          "crash: %d accepted before the kill, %d of them at a handset and %d receipts before it,"
              + " %d receipts after; store at the kill %s; %d repeats acknowledged by handsets;"
              + " %d duplicate receipts%n",
          ok.size(),
          deliveredBeforeRestart,
          receiptsBeforeRestart,
          receipts.count.get() - receiptsBeforeRestart,
          storedAtKill,
          msc.repeats(),
          duplicateReceipts);
    }
  }

  /**
   * Submits texts {@code from}..{@code to} (each to one of 1,000 attached subscribers, receipt
   * asked), 50 at a time (the window), until {@code stop} says so; the accepted ones by id.
   */
  private static void flood(
      SmppClient esme,
      int from,
      int to,
      Map<String, String> accepted,
      java.util.function.BooleanSupplier stop)
      throws Exception {
    for (int i = from; i < to && !stop.getAsBoolean(); i++) {
      String text = "crash " + i;
      SubmitSm sm =
          SubmitSm.of(
                  Address.international("1000"),
                  Address.international(String.format("99901100%05d", i % 1000)),
                  DataCoding.SMSC_DEFAULT,
                  Octets.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
              .withRegisteredDelivery(RegisteredDelivery.RECEIPT);
      CompletableFuture<SubmitSmResp> r = esme.submit(sm);
      r.whenComplete(
          (resp, e) -> {
            if (resp != null && resp.status().isOk()) {
              accepted.put(resp.messageId(), text);
            }
          });
      if (i % 50 == 49 || i == to - 1) {
        r.get(30, TimeUnit.SECONDS); // the window: wait for the last of each 50
      }
    }
  }

  private static long handsetCount(Msc msc) {
    return msc.accepted();
  }

  /** Every text the MSC's handsets accepted, with how many times. */
  private static Map<String, Integer> handsetTexts(Msc msc) {
    Map<String, Integer> out = new HashMap<>();
    for (List<Octets> tpdus : msc.delivered().values()) {
      for (Octets t : tpdus) {
        try {
          SmsTpdu.SmsDeliver d =
              (SmsTpdu.SmsDeliver) SmsTpduCodec.decode(t, SmsDirection.TO_MOBILE);
          out.merge(
              d.userData().text(d.dataCodingScheme(), d.userDataHeaderIndicator()),
              1,
              Integer::sum);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  /**
   * The state of every message of the SMSC's file store in {@code dir}, by message id (the row's
   * numeric key written as the 20 digits ESMEs get): the H2 file, then the journal a kill left
   * beside it (read, not applied: the restart applies it).
   */
  static Map<String, String> states(Path dir) throws Exception {
    Map<String, String> out = new HashMap<>();
    String url = "jdbc:h2:file:" + dir.resolve("ss7sim-smsc").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p = c.prepareStatement("SELECT id, state FROM message");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(String.format("%020d", r.getLong(1)), r.getString(2));
      }
    }
    org.ss7sim.simulator.node.smsc.Journal.replay(
        dir.resolve("ss7sim-smsc.journal"),
        entries -> {
          for (org.ss7sim.simulator.node.smsc.Journal.Entry e : entries) {
            if (e instanceof org.ss7sim.simulator.node.smsc.Journal.Written w) {
              out.put(w.message().id(), w.message().state().name());
            }
          }
        });
    return out;
  }
}
