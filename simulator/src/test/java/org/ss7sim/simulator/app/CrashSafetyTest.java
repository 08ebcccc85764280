package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/**
 * Crash safety of the SMSC's default file store (issue 15): a network runs as a service in a child
 * process; this test is its ESME and floods it; the process is killed with SIGKILL in the middle; a
 * new process on the same store directory takes the stored messages up. Every message that got
 * ESME_ROK is in the store after the kill and ends DELIVERED.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  private static final Pattern LISTENING = Pattern.compile("SMPP server listening on .*:(\\d+)");

  private static int smppPort(ChildProcess p) throws Exception {
    assertThat(p.awaitErrOrOut(l -> LISTENING.matcher(l).find(), Duration.ofSeconds(60)))
        .as(p.stdout() + p.stderr())
        .isTrue();
    Matcher m = LISTENING.matcher(p.stdout());
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void every_message_acknowledged_before_kill_9_is_delivered_after_the_restart() throws Exception {
    Path net = CleanStopTest.network(dir);
    Map<String, Boolean> accepted = new ConcurrentHashMap<>();
    int flood = 3000;
    int killAfter = 400;
    CompletableFuture<Void> enough = new CompletableFuture<>();
    try (ChildProcess first = new ChildProcess(dir, "run", net.toString(), "--store-dir", ".");
        StreamEventLoops loops = StreamEventLoops.create(1, "crash-esme")) {
      int port = smppPort(first);
      SmppClient esme =
          new SmppClient(
              loops,
              SmppClientConfig.of(
                      new InetSocketAddress("127.0.0.1", port),
                      "esme1",
                      "secret",
                      BindType.TRANSCEIVER)
                  .withWindowSize(50),
              new EsmeListener() {});
      esme.start().get(30, TimeUnit.SECONDS);
      for (int i = 0; i < flood && !enough.isDone(); i++) {
        String to = String.format("99901100%05d", i % 1000);
        SubmitSm sm =
            SubmitSm.of(
                Address.international("1000"),
                Address.international(to),
                DataCoding.SMSC_DEFAULT,
                Octets.wrap(("crash " + i).getBytes(StandardCharsets.ISO_8859_1)));
        CompletableFuture<SubmitSmResp> r = esme.submit(sm);
        r.whenComplete(
            (resp, e) -> {
              if (resp != null && resp.status().isOk()) {
                accepted.put(resp.messageId(), true);
                if (accepted.size() >= killAfter) {
                  enough.complete(null);
                }
              }
            });
        if (i % 50 == 49) {
          try {
            r.get(10, TimeUnit.SECONDS); // the window: wait for the last of each 50
          } catch (Exception e) {
            break;
          }
        }
      }
      enough.get(60, TimeUnit.SECONDS);
      first.process.toHandle().destroyForcibly(); // SIGKILL during the flood
      assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      esme.close();
    }
    Set<String> ok = Set.copyOf(accepted.keySet());
    assertThat(ok.size()).isGreaterThanOrEqualTo(killAfter);
    // every acknowledged message is in the store after the kill
    Map<String, String> states = states(dir);
    assertThat(states.keySet()).containsAll(ok);
    // a new process on the same store takes them up; a clean stop once they are all delivered
    try (ChildProcess second = new ChildProcess(dir, "run", net.toString(), "--store-dir", ".")) {
      smppPort(second);
      assertThat(second.awaitErrOrOut(l -> l.contains("nodes running"), Duration.ofSeconds(30)))
          .isTrue();
      // the stored messages are delivered within a few seconds; stop after at most 60 s of quiet
      second.awaitErr(l -> false, Duration.ofSeconds(15));
      second.process.toHandle().destroy();
      assertThat(second.awaitExit(Duration.ofSeconds(30))).as(second.stderr()).isZero();
    }
    Map<String, String> after = states(dir);
    Map<String, Long> notDelivered = new HashMap<>();
    for (String id : ok) {
      if (!"DELIVERED".equals(after.get(id))) {
        notDelivered.merge(String.valueOf(after.get(id)), 1L, Long::sum);
      }
    }
    assertThat(notDelivered).as("acknowledged messages not delivered, by state").isEmpty();
  }

  /** The state of every message of the SMSC's file store in {@code dir}. */
  static Map<String, String> states(Path dir) throws Exception {
    Map<String, String> out = new HashMap<>();
    String url = "jdbc:h2:file:" + dir.resolve("ss7sim-smsc").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p = c.prepareStatement("SELECT id, state FROM sms");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }
}
