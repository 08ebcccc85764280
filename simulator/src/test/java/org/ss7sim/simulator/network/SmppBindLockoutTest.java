package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.control.ControlServer;
import org.ss7sim.simulator.node.smsc.Smsc;

/**
 * SMPP, the other door (issue 13): repeated failed binds from one address lock it out for a while,
 * as the SMSC's {@code bind_lockout:} says; binds from it are then answered ESME_RBINDFAIL and
 * closed, even with the right password, and counted in {@code /metrics}. Binds are written by hand
 * (SMPP v3.4 §4.1.1) on a plain socket to the SMSC's bound port.
 */
class SmppBindLockoutTest {
  private static final int INVALID_PASSWORD = 0x0e;
  private static final int BIND_FAILED = 0x0d;

  @TempDir Path dir;
  SimNetwork net;

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  private InetSocketAddress start(String lockout) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("smsc.yaml"),
            """
            name: lockout
            nodes:
              - name: smsc
                kind: smsc
                point_code: 1
                smpp_port: 0
                accounts: [{system_id: esme1, password: secret}]
            """
                + (lockout.isEmpty() ? "" : "    bind_lockout: " + lockout + "\n"));
    Network n = ConfigLoader.loadNetwork(file);
    NodeKinds kinds = new NodeKinds(n, true, dir);
    net = SimNetwork.start(n, Set.of(), null, kinds::logicFor);
    SimNode smsc = net.node("smsc").orElseThrow();
    InetSocketAddress a = smsc.call(() -> ((Smsc) smsc.logic().orElseThrow()).smppAddress());
    return new InetSocketAddress("127.0.0.1", a.getPort());
  }

  /** bind_transmitter (SMPP v3.4 §4.1.1) for esme1; the command_status of its response. */
  private static int bind(InetSocketAddress smsc, String password, boolean expectClose)
      throws Exception {
    try (Socket s = new Socket()) {
      s.connect(smsc, 5_000);
      s.setSoTimeout(10_000);
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes("esme1\0".getBytes(StandardCharsets.US_ASCII));
      body.writeBytes((password + "\0").getBytes(StandardCharsets.US_ASCII));
      body.write(0); // system_type ""
      body.write(0x34); // interface_version 3.4
      body.write(0); // addr_ton
      body.write(0); // addr_npi
      body.write(0); // address_range ""
      ByteArrayOutputStream pdu = new ByteArrayOutputStream();
      java.io.DataOutputStream out = new java.io.DataOutputStream(pdu);
      out.writeInt(16 + body.size());
      out.writeInt(0x00000002); // bind_transmitter
      out.writeInt(0);
      out.writeInt(1);
      out.write(body.toByteArray());
      s.getOutputStream().write(pdu.toByteArray());
      DataInputStream in = new DataInputStream(s.getInputStream());
      int length = in.readInt();
      int id = in.readInt();
      int status = in.readInt();
      in.readInt();
      in.readNBytes(length - 16);
      assertThat(id).isEqualTo(0x80000002); // bind_transmitter_resp
      if (expectClose) {
        assertThat(in.read()).as("closed by the SMSC").isEqualTo(-1);
      }
      return status;
    }
  }

  private String metrics() throws Exception {
    try (ControlServer api =
        ControlServer.start(net, ControlServer.Options.loopback(0).withToken("t"), () -> {})) {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          "http://127.0.0.1:" + api.address().getPort() + "/metrics"))
                  .header("Authorization", "Bearer t")
                  .timeout(java.time.Duration.ofSeconds(30))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }

  @Test
  void failed_binds_lock_the_address_out_as_the_file_says_and_are_counted() throws Exception {
    InetSocketAddress smsc = start("{failures: 2, within: 1m, lockout: 5m}");
    ch.qos.logback.classic.Logger log =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger("org.ss7sim.smpp.server.ServerSession");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    log.addAppender(logged);
    try {
      assertThat(bind(smsc, "guess1", false)).isEqualTo(INVALID_PASSWORD);
      assertThat(bind(smsc, "guess2", false)).isEqualTo(INVALID_PASSWORD);
    } finally {
      log.detachAppender(logged);
    }
    // one WARN line for the lock-out (logged before the second answer was sent)
    assertThat(
            List.copyOf(logged.list).stream()
                .filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage))
        .containsExactly(
            "SMPP binds from 127.0.0.1 locked out for PT5M after 2 failures within PT1M");
    // locked out: even the right password is refused, and the connection closed
    assertThat(bind(smsc, "secret", true)).isEqualTo(BIND_FAILED);
    assertThat(bind(smsc, "secret", true)).isEqualTo(BIND_FAILED);
    assertThat(metrics())
        .contains("ss7sim_smpp_binds_locked_out_total{node=\"smsc\"} 2")
        .contains("ss7sim_smpp_bind_lockouts_total{node=\"smsc\"} 1");
  }

  @Test
  void by_default_five_failures_lock_it_out() throws Exception {
    InetSocketAddress smsc = start("");
    for (int i = 0; i < 4; i++) {
      assertThat(bind(smsc, "guess", false)).isEqualTo(INVALID_PASSWORD);
    }
    assertThat(bind(smsc, "secret", false)).isZero();
    assertThat(bind(smsc, "guess", false)).isEqualTo(INVALID_PASSWORD);
    assertThat(bind(smsc, "secret", true)).isEqualTo(BIND_FAILED);
  }

  @Test
  void off_locks_nobody_out() throws Exception {
    InetSocketAddress smsc = start("off");
    for (int i = 0; i < 8; i++) {
      assertThat(bind(smsc, "guess", false)).isEqualTo(INVALID_PASSWORD);
    }
    assertThat(bind(smsc, "secret", false)).isZero();
    assertThat(metrics()).contains("ss7sim_smpp_binds_locked_out_total{node=\"smsc\"} 0");
  }

  @Test
  void a_lockout_of_zero_is_one_line_pointing_at_off() {
    assertThatThrownBy(() -> start("{failures: 3, lockout: 0}"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "bind_lockout: within and lockout must be above 0 (write bind_lockout: off to turn it"
                + " off)");
  }
}
