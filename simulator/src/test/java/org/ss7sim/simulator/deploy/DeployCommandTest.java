package org.ss7sim.simulator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
      assertThat(command).containsExactly("node", "/etc/ss7sim/network.yaml", "--node", name);
      assertThat(s.path("configs").get(0).path("target").asText())
          .isEqualTo("/etc/ss7sim/network.yaml");
      assertThat(s.path("healthcheck").path("test").get(0).asText()).isEqualTo("CMD-SHELL");
      TreeSet<Integer> p = new TreeSet<>();
      s.path("expose").forEach(e -> p.add(Integer.parseInt(e.asText())));
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
          .isEqualTo("[\"node\",\"/etc/ss7sim/network.yaml\",\"--node\",\"" + name + "\"]");
      assertThat(c.path("volumeMounts").get(0).path("mountPath").asText()).isEqualTo("/etc/ss7sim");
      assertThat(c.path("readinessProbe").path("exec").path("command").get(0).asText())
          .isEqualTo("sh");
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
      assertThat(containerPorts).isEqualTo(servicePorts);
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
    services.forEach(s -> s.path("command").forEach(c -> nodes.add(c.asText())));
    nodes.removeIf(s -> s.equals("node") || s.equals("--node") || s.startsWith("/etc/"));
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
  void the_health_check_passes_only_while_every_tcp_link_is_connected() throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int listen = server.getLocalPort();
      int unused;
      try (ServerSocket probe = new ServerSocket(0)) {
        unused = probe.getLocalPort();
      }
      assertThat(sh(new LinkCheck(List.of(listen), List.of()).script())).isEqualTo(1);
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), listen);
          Socket accepted = server.accept()) {
        assertThat(sh(new LinkCheck(List.of(listen), List.of()).script())).isEqualTo(0);
        assertThat(sh(new LinkCheck(List.of(), List.of(listen)).script())).isEqualTo(0);
        assertThat(sh(new LinkCheck(List.of(listen), List.of(unused)).script())).isEqualTo(1);
        assertThat(sh(new LinkCheck(List.of(unused), List.of(listen)).script())).isEqualTo(1);
      }
    }
    assertThat(new LinkCheck(List.of(), List.of()).script()).isEqualTo("true");
  }

  private static int sh(String script) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }
}
