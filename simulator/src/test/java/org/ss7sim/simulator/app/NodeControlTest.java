package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.control.ControlServer;
import org.ss7sim.simulator.deploy.HealthCheck;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.trace.Tracer;

/**
 * {@code ss7sim node --control-port 0}: two switches run in a child process that serves the control
 * API of its nodes, the STP they link to in this JVM with a control API of its own (the listening
 * ends, bound to ephemeral ports the child's file is then written with). Both answer {@code
 * /health} as the links come up, go down and come back, {@code /metrics}, and refuse to steer what
 * the other process runs. The Compose health check of the deploy files is run against the child.
 */
class NodeControlTest {
  private static final String NETWORK =
      """
      name: split-control
      defaults: {transport: tcp, host: 127.0.0.1}
      nodes:
        - name: stp
          kind: stp
          point_code: 2-1-1
          links:
            - {peer: ssp-a, local: "127.0.0.1:PORT_A"}
            - {peer: ssp-b, local: "127.0.0.1:PORT_B"}
        - {name: ssp-a, kind: ssp, point_code: 2-2-1}
        - {name: ssp-b, kind: ssp, point_code: 2-2-2}
      """;

  private static final Pattern CONTROL =
      Pattern.compile("control API on http://127\\.0\\.0\\.1:(\\d+)/api");

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String body) {}

  private Answer call(String method, String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body());
  }

  /**
   * Asks {@code url} until the answer matches (links change state on the nodes' loops), bounded.
   */
  private Answer await(String url, Predicate<Answer> until) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Answer a = call("GET", url);
    while (!until.test(a)) {
      assertThat(System.nanoTime()).as("waiting at " + url + ", last answer " + a).isLessThan(end);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
      a = call("GET", url);
    }
    return a;
  }

  private static int bash(String script) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void a_node_process_serves_health_and_metrics_of_its_own_nodes() throws Exception {
    Network here =
        ConfigLoader.parseNetwork(
            "here.yaml", NETWORK.replace("PORT_A", "0").replace("PORT_B", "0"));
    NodeKinds kinds = new NodeKinds(here, true, dir);
    try (SimNetwork net =
            SimNetwork.start(here, Set.of("stp"), new Tracer(null, 0), kinds::logicFor);
        ControlServer stpApi =
            ControlServer.start(net, ControlServer.Options.loopback(0), () -> {})) {
      SimNode stp = net.node("stp").orElseThrow();
      int portA = ((InetSocketAddress) stp.m3ua().serverAddress("stp-ssp-a")).getPort();
      int portB = ((InetSocketAddress) stp.m3ua().serverAddress("stp-ssp-b")).getPort();
      Path file = dir.resolve("split-control.yaml");
      Files.writeString(
          file, NETWORK.replace("PORT_A", Integer.toString(portA)).replace("PORT_B", "" + portB));
      String stpBase = "http://127.0.0.1:" + stpApi.address().getPort();

      // before the switches run, the STP's listening ends have no ASP: 503 naming both
      Answer alone = call("GET", stpBase + "/health");
      assertThat(alone.status()).isEqualTo(503);
      assertThat(alone.body())
          .contains("stp/stp-ssp-a to ssp-a (listening): asp_down")
          .contains("stp/stp-ssp-b to ssp-b (listening): asp_down");

      try (ChildProcess child =
          new ChildProcess(
              dir,
              "node",
              file.toString(),
              "--node",
              "ssp-a",
              "--node",
              "ssp-b",
              "--control-port",
              "0")) {
        assertThat(child.awaitErrOrOut(l -> CONTROL.matcher(l).find(), Duration.ofSeconds(90)))
            .as(child.stdout() + child.stderr())
            .isTrue();
        Matcher m = CONTROL.matcher(child.stdout());
        assertThat(m.find()).as(child.stdout()).isTrue();
        int port = Integer.parseInt(m.group(1));
        String base = "http://127.0.0.1:" + port;

        Answer up = await(base + "/health", a -> a.status() == 200);
        assertThat(up.body()).isEqualTo("up: 2 links of 2 nodes\n");
        assertThat(await(stpBase + "/health", a -> a.status() == 200).body())
            .isEqualTo("up: 2 links of 1 node\n");
        assertThat(bash(new HealthCheck(port).script())).as("compose health check").isZero();
        assertThat(call("GET", base + "/health/live")).isEqualTo(new Answer(200, "alive\n"));
        Answer metrics = call("GET", base + "/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
            .contains("ss7sim_asp_state{node=\"ssp-a\",link=\"ssp-a-stp\",state=\"asp_active\"} 1");

        // the links as each process sees them: the STP's view of ends it holds
        Answer links = call("GET", stpBase + "/api/links");
        assertThat(links.body())
            .contains(
                "{\"name\":\"ssp-a-stp\",\"node\":\"ssp-a\",\"peer\":\"stp\","
                    + "\"asp_state\":\"asp_active\",\"reported_by\":\"stp\"}");

        // steering: only what this process runs
        Answer refused = call("POST", base + "/api/nodes/stp/stop");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("stp runs in another process");
        Answer refusedLink = call("POST", stpBase + "/api/links/stp-ssp-a/down");
        assertThat(refusedLink.status()).isEqualTo(409);
        assertThat(refusedLink.body())
            .contains("its ASP end, ssp-a, which runs in another process");

        // a link taken down by its ASP end in the child: both processes name it
        assertThat(call("POST", base + "/api/links/ssp-a-stp/down").status()).isEqualTo(200);
        Answer down = await(base + "/health", a -> a.status() == 503);
        assertThat(down.body()).isEqualTo("ssp-a/ssp-a-stp to stp (connecting): asp_inactive\n");
        assertThat(await(stpBase + "/health", a -> a.status() == 503).body())
            .isEqualTo("stp/stp-ssp-a to ssp-a (listening): asp_inactive\n");
        assertThat(bash(new HealthCheck(port).script())).as("compose health check").isOne();

        assertThat(call("POST", base + "/api/links/ssp-a-stp/up").status()).isEqualTo(200);
        await(base + "/health", a -> a.status() == 200);
        await(stpBase + "/health", a -> a.status() == 200);
        assertThat(bash(new HealthCheck(port).script())).as("compose health check").isZero();

        // a node of the child stopped: it is named as not running
        assertThat(call("POST", base + "/api/nodes/ssp-b/stop").status()).isEqualTo(200);
        assertThat(call("GET", base + "/health").body()).isEqualTo("ssp-b: not running\n");
        // (its ASP may be seen inactive on the way down)
        Answer gone =
            await(
                stpBase + "/health",
                a -> a.body().equals("stp/stp-ssp-b to ssp-b (listening): asp_down\n"));
        assertThat(gone.status()).isEqualTo(503);

        child.process.destroy(); // SIGTERM: a clean stop
        assertThat(child.awaitExit(Duration.ofSeconds(30))).as(child.stderr()).isZero();
      }
    }
  }

  @Test
  void a_bad_or_taken_control_port_is_one_line_and_exit_2() throws Exception {
    Path file = dir.resolve("alone.yaml");
    Files.writeString(file, NETWORK.replace("PORT_A", "0").replace("PORT_B", "0"));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            "node",
            file.toString(),
            "--node",
            "stp",
            "--control-port",
            "70000");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("node: --control-port 70000: not a port number");

    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      StringWriter err2 = new StringWriter();
      int port = taken.getLocalPort();
      code =
          Main.run(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err2, true),
              "node",
              file.toString(),
              "--node",
              "stp",
              "--control-port",
              Integer.toString(port));
      assertThat(code).as(err2.toString()).isEqualTo(2);
      assertThat(err2.toString().strip().lines()).hasSize(1);
      assertThat(err2.toString())
          .contains("control API: cannot listen on 127.0.0.1:" + port)
          .doesNotContain("Exception");
    }
  }
}
