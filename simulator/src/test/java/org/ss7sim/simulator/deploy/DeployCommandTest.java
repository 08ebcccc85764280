package org.ss7sim.simulator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;

/**
 * {@code ss7sim deploy}: the Compose file and the Kubernetes manifests are parsed back and checked
 * against the network (every node, its ports, its peers' addresses, the network file they read).
 * {@code kubectl apply --dry-run=client} needs an API server for discovery even in client mode, so
 * it cannot run here; these checks stand in for it.
 */
class DeployCommandTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path dir;
  Path net;
  Network original;

  @BeforeEach
  void network() throws Exception {
    net = dir.resolve("small.yaml");
    Files.writeString(
        net,
        new NetworkGenerator(
                new Shape(
                    "small", 2, 2, 1, 1, 1, 100, 15, "tcp", Shape.Topology.RING, 1, 2905, 2775))
            .network());
    original = ConfigLoader.loadNetwork(net);
  }

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static List<JsonNode> documents(Path file) throws Exception {
    List<JsonNode> docs = new ArrayList<>();
    try (YAMLParser p = new YAMLFactory().createParser(file.toFile())) {
      var it = YAML.readValues(p, JsonNode.class);
      while (it.hasNext()) {
        docs.add(it.next());
      }
    }
    return docs;
  }

  private List<String> signallingPoints() {
    return original.nodes().stream()
        .filter(n -> n.kind().isSignalingPoint())
        .map(Node::name)
        .toList();
  }

  /** Listening ports of each node of the deployed network, and where each of its links connects. */
  private static void checkAddresses(
      Network deployed, Map<String, TreeSet<Integer>> portsByService) {
    for (Node n : deployed.nodes()) {
      if (!n.kind().isSignalingPoint()) {
        continue;
      }
      assertThat(n.host()).as("host of " + n.name()).isEqualTo(n.name());
      for (Link l : n.links()) {
        if (l.listens()) {
          assertThat(l.local().host()).isEqualTo(n.name());
          assertThat(portsByService.get(n.name())).contains(l.local().port());
        } else {
          assertThat(l.remote().host()).as(l.name()).isEqualTo(l.peer());
          assertThat(portsByService.get(l.peer())).as(l.name()).contains(l.remote().port());
        }
      }
    }
  }

  @Test
  void compose_has_a_service_per_node_reading_the_rewritten_network() throws Exception {
    Path out = dir.resolve("compose");
    String[] r = run("deploy", net.toString(), "--compose", out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("3 files, 11 services for 11 nodes");

    JsonNode compose = documents(out.resolve("compose.yaml")).get(0);
    assertThat(compose.path("configs").path("network").path("file").asText())
        .isEqualTo("./network.yaml");
    JsonNode services = compose.path("services");
    List<String> names = new ArrayList<>();
    services.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(signallingPoints());

    Network deployed = ConfigLoader.loadNetwork(out.resolve("network.yaml"));
    assertThat(NetworkValidator.validate(deployed)).isEmpty();
    assertThat(deployed.nodes()).hasSameSizeAs(original.nodes());
    Map<String, TreeSet<Integer>> ports = new HashMap<>();
    for (String name : names) {
      JsonNode s = services.path(name);
      assertThat(s.path("image").asText()).isEqualTo("ss7sim:latest");
      assertThat(s.path("hostname").asText()).isEqualTo(name);
      List<String> command = new ArrayList<>();
      s.path("command").forEach(c -> command.add(c.asText()));
      assertThat(command)
          .containsExactly(
              "node",
              "/etc/ss7sim/network.yaml",
              "--node",
              name,
              "--control-address",
              "0.0.0.0",
              "--control-port",
              "8790");
      assertThat(s.path("configs").get(0).path("target").asText())
          .isEqualTo("/etc/ss7sim/network.yaml");
      List<String> test = new ArrayList<>();
      s.path("healthcheck").path("test").forEach(t -> test.add(t.asText()));
      assertThat(test).containsExactly("CMD", "bash", "-c", new HealthCheck(8790).script());
      // Compose would take a '$' in the command for one of its variables
      assertThat(test.get(3)).doesNotContain("$").contains("/dev/tcp/127.0.0.1/8790", "/health");
      assertThat(s.path("environment").path("SS7SIM_CONTROL_TOKEN").asText())
          .isEqualTo("${SS7SIM_CONTROL_TOKEN:-}");
      TreeSet<Integer> p = new TreeSet<>();
      s.path("expose").forEach(e -> p.add(Integer.parseInt(e.asText())));
      assertThat(p).as("the control API's port is exposed").contains(8790);
      ports.put(name, p);
    }
    checkAddresses(deployed, ports);
    assertThat(services.path("smsc-01").path("ports").get(0).asText()).isEqualTo("2775:2775");
    assertThat(ports.get("smsc-01")).contains(2775);
    assertThat(Files.readString(out.resolve("Dockerfile"))).contains("COPY ss7sim.jar");
  }

  @Test
  void kubernetes_has_a_config_map_and_a_service_and_deployment_per_node() throws Exception {
    Path out = dir.resolve("k8s");
    String[] r = run("deploy", net.toString(), "--kubernetes", out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");

    List<JsonNode> cm = documents(out.resolve("00-configmap.yaml"));
    assertThat(cm).hasSize(1);
    assertThat(cm.get(0).path("kind").asText()).isEqualTo("ConfigMap");
    String networkText = cm.get(0).path("data").path("network.yaml").asText();
    assertThat(networkText).isEqualTo(Files.readString(out.resolve("network.yaml.txt")));
    Network deployed = ConfigLoader.parseNetwork("cm", networkText);
    assertThat(NetworkValidator.validate(deployed)).isEmpty();

    Map<String, TreeSet<Integer>> ports = new HashMap<>();
    for (String name : signallingPoints()) {
      List<JsonNode> docs = documents(out.resolve(name + ".yaml"));
      assertThat(docs)
          .extracting(d -> d.path("kind").asText())
          .containsExactly("Service", "Deployment");
      JsonNode svc = docs.get(0);
      JsonNode dep = docs.get(1);
      assertThat(svc.path("apiVersion").asText()).isEqualTo("v1");
      assertThat(dep.path("apiVersion").asText()).isEqualTo("apps/v1");
      assertThat(svc.path("metadata").path("name").asText()).isEqualTo(name);
      assertThat(svc.path("spec").path("clusterIP").asText()).isEqualTo("None");
      String selected = svc.path("spec").path("selector").path("app.kubernetes.io/name").asText();
      JsonNode pod = dep.path("spec").path("template");
      assertThat(pod.path("metadata").path("labels").path("app.kubernetes.io/name").asText())
          .isEqualTo(selected)
          .isEqualTo(
              dep.path("spec")
                  .path("selector")
                  .path("matchLabels")
                  .path("app.kubernetes.io/name")
                  .asText());
      assertThat(pod.path("spec").path("hostname").asText()).isEqualTo(name);
      assertThat(pod.path("spec").path("volumes").get(0).path("configMap").path("name").asText())
          .isEqualTo(cm.get(0).path("metadata").path("name").asText());
      JsonNode c = pod.path("spec").path("containers").get(0);
      assertThat(c.path("args").toString())
          .isEqualTo(
              "[\"node\",\"/etc/ss7sim/network.yaml\",\"--node\",\""
                  + name
                  + "\",\"--control-address\",\"0.0.0.0\",\"--control-port\",\"8790\"]");
      assertThat(c.path("volumeMounts").get(0).path("mountPath").asText()).isEqualTo("/etc/ss7sim");
      JsonNode ready = c.path("readinessProbe").path("httpGet");
      assertThat(ready.path("path").asText()).isEqualTo("/health");
      assertThat(ready.path("port").asInt()).isEqualTo(8790);
      for (String probe : List.of("livenessProbe", "startupProbe")) {
        JsonNode live = c.path(probe).path("httpGet");
        assertThat(live.path("path").asText()).as(probe).isEqualTo("/health/live");
        assertThat(live.path("port").asInt()).as(probe).isEqualTo(8790);
      }
      assertThat(c.path("livenessProbe").path("failureThreshold").asInt()).isGreaterThan(1);
      assertThat(
              c.path("env")
                  .get(0)
                  .path("valueFrom")
                  .path("secretKeyRef")
                  .path("optional")
                  .asBoolean())
          .isTrue();
      assertThat(pod.path("metadata").path("annotations").path("prometheus.io/port").asText())
          .isEqualTo("8790");
      TreeSet<Integer> servicePorts = new TreeSet<>();
      svc.path("spec")
          .path("ports")
          .forEach(
              p -> {
                assertThat(p.path("targetPort").asInt()).isEqualTo(p.path("port").asInt());
                servicePorts.add(p.path("port").asInt());
              });
      TreeSet<Integer> containerPorts = new TreeSet<>();
      c.path("ports").forEach(p -> containerPorts.add(p.path("containerPort").asInt()));
      assertThat(containerPorts).isEqualTo(servicePorts).contains(8790);
      ports.put(name, servicePorts);
    }
    checkAddresses(deployed, ports);
    assertThat(ports.get("stp-1a")).isNotEmpty();
  }

  @Test
  void nodes_per_service_groups_nodes_in_file_order() throws Exception {
    Path out = dir.resolve("grouped");
    String[] r =
        run("deploy", net.toString(), "--compose", out.toString(), "--nodes-per-service", "4");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode services = documents(out.resolve("compose.yaml")).get(0).path("services");
    assertThat(services.size()).isEqualTo(3);
    List<String> nodes = new ArrayList<>();
    services.forEach(
        s -> {
          JsonNode c = s.path("command");
          for (int i = 1; i < c.size(); i++) {
            if (c.get(i - 1).asText().equals("--node")) {
              nodes.add(c.get(i).asText());
            }
          }
        });
    assertThat(nodes).containsExactlyElementsOf(signallingPoints());
    Network deployed = ConfigLoader.loadNetwork(out.resolve("network.yaml"));
    assertThat(deployed.node("stp-1a").orElseThrow().host()).isEqualTo("group-001");
    assertThat(deployed.node("hlr-01").orElseThrow().host()).isEqualTo("group-002");
    assertThat(NetworkValidator.validate(deployed)).isEmpty();
  }

  @Test
  void an_injvm_network_cannot_be_deployed() throws Exception {
    Path injvm = dir.resolve("injvm.yaml");
    Files.writeString(injvm, Files.readString(net).replace("transport: tcp", "transport: injvm"));
    String[] r = run("deploy", injvm.toString(), "--compose", dir.resolve("x").toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2])
        .startsWith(
            "deploy: link 'stp-1a-stp-1b' of node 'stp-1a' uses injvm, which cannot cross processes");
    assertThat(run("deploy", net.toString())[2]).contains("--compose=DIR");
  }

  @Test
  void the_control_port_moves_above_a_link_port_that_takes_it() throws Exception {
    Path clash = dir.resolve("clash.yaml");
    Files.writeString(
        clash,
        new NetworkGenerator(
                new Shape(
                    "clash", 1, 2, 1, 1, 1, 100, 15, "tcp", Shape.Topology.RING, 1, 8788, 8791))
            .network());
    Deployment d = new Deployment("clash.yaml", Files.readString(clash), 1, "ss7sim:latest");
    TreeSet<Integer> used = new TreeSet<>();
    d.placement().services().keySet().forEach(s -> used.addAll(d.ports(s)));
    assertThat(used).contains(8790, 8791);
    assertThat(d.controlPort()).isGreaterThan(8791).isNotIn(used);
    JsonNode command = YAML.readTree(d.compose()).path("services").path("stp-1a").path("command");
    assertThat(command.get(command.size() - 1).asText()).isEqualTo("" + d.controlPort());
    List<JsonNode> k8s = new ArrayList<>();
    try (YAMLParser p = new YAMLFactory().createParser(d.kubernetes("stp-1a"))) {
      YAML.readValues(p, JsonNode.class).forEachRemaining(k8s::add);
    }
    JsonNode c = k8s.get(1).path("spec").path("template").path("spec").path("containers").get(0);
    assertThat(c.path("readinessProbe").path("httpGet").path("port").asInt())
        .isEqualTo(d.controlPort());
  }

  @Test
  void the_compose_health_check_passes_only_on_a_200_from_health() throws Exception {
    int[] status = {503};
    List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext(
        "/",
        x -> {
          asked.add(x.getRequestMethod() + " " + x.getRequestURI());
          byte[] body = "stp-1a/l to ssp-01 (listening): asp_down\n".getBytes();
          x.sendResponseHeaders(status[0], body.length);
          try (var out = x.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      HealthCheck check = new HealthCheck(server.getAddress().getPort());
      assertThat(bash(check.script())).isEqualTo(1);
      status[0] = 200;
      assertThat(bash(check.script())).isZero();
      assertThat(asked).containsExactly("GET /health", "GET /health");
    } finally {
      server.stop(0);
    }
    // nothing listening: fails, does not hang
    int unused;
    try (ServerSocket probe = new ServerSocket(0)) {
      unused = probe.getLocalPort();
    }
    assertThat(bash(new HealthCheck(unused).script())).isNotZero();
  }

  private static int bash(String script) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }
}
