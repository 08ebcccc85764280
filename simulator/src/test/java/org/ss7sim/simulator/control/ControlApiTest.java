package org.ss7sim.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.trace.Tracer;

/**
 * The control API over HTTP against the demo network running in this JVM (ephemeral port, a token):
 * reads, actions and their effect on the wire, refusals with JSON errors, /metrics, and {@code
 * ss7sim ctl}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlApiTest {
  static final String TOKEN = "test-token-1";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Network network;
  SimNetwork net;
  ControlServer api;
  String base;
  final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  @BeforeAll
  void start() throws Exception {
    network = ConfigLoader.demoNetwork();
    NodeKinds kinds = new NodeKinds(network, true, dir);
    net = SimNetwork.start(network, Set.of(), new Tracer(null, 0), kinds::logicFor);
    net.attach("#subscribers", org.ss7sim.simulator.node.Subscribers.class, kinds.subscribers());
    net.awaitLinks(Duration.ofSeconds(20));
    api =
        ControlServer.start(
            net,
            ControlServer.Options.loopback(0).withToken(TOKEN),
            () -> {
              try {
                Esmes.start(net, kinds);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    base = "http://127.0.0.1:" + api.address().getPort();
  }

  @AfterAll
  void stop() {
    if (api != null) {
      api.close();
    }
    if (net != null) {
      net.close();
    }
  }

  Answer call(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  Answer call(String method, String path, String body) throws Exception {
    return call(method, path, body, TOKEN);
  }

  Answer get(String path) throws Exception {
    return call("GET", path, null);
  }

  /** Polls {@code condition} (bounded) for state that other threads reach. */
  static void eventually(String what, Duration max, BooleanSupplier condition) {
    long end = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
      LockSupport.parkNanos(50_000_000);
    }
  }

  @Test
  void the_api_listens_on_loopback_only_by_default() {
    assertThat(api.address().getAddress().isLoopbackAddress()).isTrue();
  }

  @Nested
  class Refusals {
    @Test
    void without_or_with_a_wrong_token_every_path_is_401_with_a_json_error() throws Exception {
      for (String path : new String[] {"/api/nodes", "/metrics", "/nope"}) {
        Answer none = call("GET", path, null, null);
        assertThat(none.status()).as(path).isEqualTo(401);
        assertThat(none.json().get("error").asText()).contains("token");
        assertThat(call("GET", path, null, "wrong").status()).isEqualTo(401);
      }
    }

    @Test
    void unknown_paths_and_names_are_404_with_a_json_error() throws Exception {
      for (String path :
          new String[] {
            "/nope", "/api", "/api/nope", "/api/subscribers/1234", "/api/sources/s999"
          }) {
        Answer a = get(path);
        assertThat(a.status()).as(path).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
      }
      assertThat(call("POST", "/api/nodes/nonode/stop", null).status()).isEqualTo(404);
      assertThat(call("POST", "/api/nodes/hlr/explode", null).status()).isEqualTo(404);
      assertThat(call("POST", "/api/links/nolink/down", null).status()).isEqualTo(404);
    }

    @Test
    void bad_bodies_are_400_and_wrong_methods_405() throws Exception {
      String sub = "/api/subscribers/9990110000001";
      Answer notJson = call("PUT", sub, "attached please");
      assertThat(notJson.status()).isEqualTo(400);
      assertThat(notJson.json().get("error").asText()).contains("not JSON");
      Answer badState = call("PUT", sub, "{\"state\":\"asleep\"}");
      assertThat(badState.status()).isEqualTo(400);
      assertThat(badState.json().get("error").asText()).contains("attached", "absent");
      Answer badYaml = call("POST", "/api/sources", "traffic: [ {kind: sms");
      assertThat(badYaml.status()).isEqualTo(400);
      assertThat(badYaml.json().get("error").asText()).startsWith("scenario:");
      Answer unknownNode =
          call(
              "POST",
              "/api/sources",
              "name: x\ntraffic:\n  - {name: m, kind: sms, from: nobody, to: \"9990110000001\","
                  + " count: 1}\n");
      assertThat(unknownNode.status()).isEqualTo(400);
      assertThat(call("DELETE", "/api/nodes", null).status()).isEqualTo(405);
      assertThat(get("/api/subscribers/9990110000001").json().get("state").asText())
          .isEqualTo("attached");
    }
  }

  @Test
  void nodes_links_routes_and_subscribers_read_as_the_network_is() throws Exception {
    JsonNode nodes = get("/api/nodes").json();
    assertThat(nodes).hasSize(network.nodes().size());
    assertThat(nodes.findValuesAsText("name")).contains("hlr", "smsc", "stp-a", "esme1");
    JsonNode links = get("/api/links").json();
    assertThat(links.get("links")).isNotEmpty();
    assertThat(links.get("links").findValuesAsText("asp_state")).contains("asp_active");
    assertThat(links.get("application_servers").findValuesAsText("state")).contains("as_active");
    assertThat(get("/api/routes").status()).isEqualTo(200);
    JsonNode s = get("/api/subscribers/9990130000001").json();
    assertThat(s.get("imsi").asText()).isEqualTo("001010000200001");
    assertThat(s.get("state").asText()).isEqualTo("memory_full");
    JsonNode list = get("/api/subscribers").json();
    long blocks =
        network.nodes(org.ss7sim.simulator.config.network.NodeKind.HLR).stream()
            .mapToLong(
                h ->
                    h.data(org.ss7sim.simulator.config.network.KindData.HlrData.class)
                        .subscribers()
                        .size())
            .sum();
    assertThat(list.get("blocks")).hasSize((int) blocks);
    assertThat(list.get("blocks").findValuesAsText("state")).contains("memory_full", "absent");
    assertThat(list.get("blocks").findValuesAsText("hlr")).containsOnly("hlr");
  }

  @Test
  void an_absent_subscriber_attached_through_the_api_gets_the_stored_message() throws Exception {
    String msisdn = "9990120000007";
    assertThat(get("/api/subscribers/" + msisdn).json().get("state").asText()).isEqualTo("absent");
    Answer started =
        call(
            "POST",
            "/api/sources",
            "name: api-sms\ntraffic:\n  - {name: to-absent, kind: sms, from: esme1, to: \""
                + msisdn
                + "\", count: 1}\n");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String id = started.json().get("id").asText();
    eventually("the message stored, waiting", Duration.ofSeconds(20), () -> waiting() >= 1);
    assertThat(get("/api/sources/" + id).json().get("state").asText()).isEqualTo("running");
    long alertsBefore = alerts();

    Answer attached = call("PUT", "/api/subscribers/" + msisdn, "{\"state\":\"attached\"}");
    assertThat(attached.status()).isEqualTo(200);
    assertThat(attached.json().get("state").asText()).isEqualTo("attached");

    JsonNode done = get("/api/sources/" + id + "?wait=30").json();
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("finished");
    assertThat(done.get("scenarios").get(0).get("succeeded").asLong()).isEqualTo(1);
    assertThat(alerts()).as("alertServiceCentre sent by the HLR").isGreaterThan(alertsBefore);
    assertThat(get("/metrics").body())
        .containsPattern(
            "ss7sim_source_latency_seconds_count\\{source=\""
                + id
                + "\",scenario=\"to-absent\"} 1");
  }

  long waiting() {
    try {
      for (JsonNode s : get("/api/smsc").json()) {
        if (s.get("node").asText().equals("smsc")) {
          return s.get("queue").get("waiting").asLong();
        }
      }
      return 0;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  long alerts() throws Exception {
    JsonNode tcap = get("/api/counters").json().path("hlr").path("tcap");
    long n = 0;
    for (var it = tcap.fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().contains("alertServiceCentre")) {
        n += e.getValue().asLong();
      }
    }
    return n;
  }

  @Test
  void a_link_taken_down_and_up_shows_its_asp_state_and_metrics_follow() throws Exception {
    JsonNode link = null;
    for (JsonNode l : get("/api/links").json().get("links")) {
      if (l.get("node").asText().equals("scp")) {
        link = l;
      }
    }
    assertThat(link).isNotNull();
    String name = link.get("name").asText();
    assertThat(call("POST", "/api/links/" + name + "/down", null).status()).isEqualTo(200);
    eventually("link down", Duration.ofSeconds(10), () -> !aspState(name).equals("asp_active"));
    assertThat(get("/metrics").body())
        .contains("ss7sim_asp_state{node=\"scp\",link=\"" + name + "\",state=\"asp_active\"} 0");
    assertThat(call("POST", "/api/links/" + name + "/up", null).status()).isEqualTo(200);
    eventually("link up", Duration.ofSeconds(10), () -> aspState(name).equals("asp_active"));
    assertThat(get("/metrics").body())
        .contains("ss7sim_asp_state{node=\"scp\",link=\"" + name + "\",state=\"asp_active\"} 1");
  }

  @Test
  void health_answers_without_the_token_and_names_a_link_taken_down_until_it_is_up_again()
      throws Exception {
    eventually("every link up", Duration.ofSeconds(30), () -> health().status() == 200);
    Answer up = health();
    assertThat(up.contentType()).startsWith("text/plain");
    assertThat(up.body()).matches("up: \\d+ links of \\d+ nodes\n");
    String name = null;
    for (JsonNode l : get("/api/links").json().get("links")) {
      if (l.get("node").asText().equals("scp")) {
        name = l.get("name").asText();
      }
    }
    assertThat(name).isNotNull();
    String peer = network.node("scp").orElseThrow().link(name).orElseThrow().peer();
    assertThat(call("POST", "/api/links/" + name + "/down", null).status()).isEqualTo(200);
    try {
      eventually("503", Duration.ofSeconds(10), () -> health().status() == 503);
      // both ends, each as its node sees it
      eventually(
          "both ends named", Duration.ofSeconds(10), () -> health().body().lines().count() == 2);
      assertThat(health().body().lines())
          .containsExactlyInAnyOrder(
              "scp/" + name + " to " + peer + " (connecting): asp_inactive",
              peer + "/" + peerLink("scp", name) + " to scp (listening): asp_inactive");
    } finally {
      assertThat(call("POST", "/api/links/" + name + "/up", null).status()).isEqualTo(200);
    }
    eventually("200 again", Duration.ofSeconds(10), () -> health().status() == 200);
    assertThat(health().body()).isEqualTo(up.body());
    assertThat(call("POST", "/health", null, null).status()).isEqualTo(405);
    assertThat(call("GET", "/health/live", null, null).body()).isEqualTo("alive\n");
  }

  String peerLink(String node, String link) {
    return network.node(node).orElseThrow().link(link).orElseThrow().peerLink().orElseThrow();
  }

  Answer health() {
    try {
      return call("GET", "/health", null, null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String aspState(String link) {
    try {
      for (JsonNode l : get("/api/links").json().get("links")) {
        if (l.get("name").asText().equals(link) && l.get("node").asText().equals("scp")) {
          return l.get("asp_state").asText();
        }
      }
      return "";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_node_stopped_and_started_through_the_api() throws Exception {
    assertThat(call("POST", "/api/nodes/ssp-b/stop", null).status()).isEqualTo(200);
    assertThat(running("ssp-b")).isFalse();
    assertThat(call("POST", "/api/nodes/ssp-b/start", null).status()).isEqualTo(200);
    assertThat(running("ssp-b")).isTrue();
    net.awaitLinks(Duration.ofSeconds(20));
  }

  boolean running(String node) throws Exception {
    for (JsonNode n : get("/api/nodes").json()) {
      if (n.get("name").asText().equals(node)) {
        return n.get("running").asBoolean();
      }
    }
    throw new AssertionError("no node " + node);
  }

  @Test
  void metrics_are_prometheus_text_with_every_family() throws Exception {
    Answer m = get("/metrics");
    assertThat(m.status()).isEqualTo(200);
    assertThat(m.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(m.body())
        .contains(
            "# TYPE ss7sim_messages_sent_total counter",
            "# TYPE ss7sim_discards_total counter",
            "# TYPE ss7sim_asp_state gauge",
            "# TYPE ss7sim_as_state gauge",
            "# TYPE ss7sim_source_latency_seconds histogram",
            "ss7sim_smsc_store_messages{node=\"smsc\",state=\"waiting\"}",
            "ss7sim_discards_total{node=\"stp-a\",layer=\"m3ua\",reason=\"no_route\"}");
    for (String line : m.body().lines().toList()) {
      if (!line.startsWith("#")) {
        assertThat(line)
            .matches("[a-z_][a-z0-9_]*(\\{([a-z_]+=\"[^\"]*\",?)+\\})? -?[0-9.]+(e[+-]?[0-9]+)?");
      }
    }
  }

  @Test
  void ctl_is_a_thin_client_of_the_same_api() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "ctl",
            "--url",
            base,
            "--token",
            TOKEN,
            "get",
            "/api/nodes");
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(JSON.readTree(out.toString())).hasSize(network.nodes().size());

    StringWriter err2 = new StringWriter();
    int refused =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err2, true),
            "ctl",
            "--url",
            base,
            "--token",
            "wrong",
            "get",
            "/api/nodes");
    assertThat(refused).isEqualTo(ExitCode.FAILED);
    assertThat(err2.toString()).contains("HTTP 401");
  }
}
