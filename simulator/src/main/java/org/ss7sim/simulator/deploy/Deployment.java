package org.ss7sim.simulator.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.Problem;
import org.ss7sim.simulator.config.network.KindData;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.TransportKind;
import org.ss7sim.simulator.control.ControlServer;

/**
 * A network placed on services, and the files that run it under Docker Compose or Kubernetes.
 *
 * <p>Every service runs {@code ss7sim node /etc/ss7sim/network.yaml --node A [--node B …]
 * --control-address 0.0.0.0 --control-port P} from the image built by the written Dockerfile. The
 * network file every service reads is {@link #network()}: the input with each placed node's {@code
 * host} set to its service name. The control API on P ({@link #controlPort()}) answers the
 * orchestrator's health checks ({@link HealthCheck}) and Prometheus.
 */
public final class Deployment {
  /** Where the network file is mounted in every container. */
  public static final String NETWORK_PATH = "/etc/ss7sim/network.yaml";

  /**
   * The control API's port in every container unless a link or SMPP port of the network is it: the
   * control API's usual port.
   */
  public static final int CONTROL_PORT = ControlServer.DEFAULT_PORT;

  /** Where the node reads the control API's bearer token from, when it is set. */
  static final String TOKEN_VARIABLE = "SS7SIM_CONTROL_TOKEN";

  /** Largest ConfigMap Kubernetes stores (1 MiB, etcd's object limit). */
  static final int CONFIG_MAP_LIMIT = 1024 * 1024;

  private final Network original;
  private final Placement placement;
  private final String rewritten;
  private final Network network;
  private final String image;
  private final int controlPort;

  /**
   * @param source name of the network file (for messages)
   * @param yaml its text
   * @param groupSize nodes per service
   * @param image container image that has {@code ss7sim.jar}
   * @throws IllegalArgumentException when the network cannot be deployed (the message says why)
   */
  public Deployment(String source, String yaml, int groupSize, String image) {
    this.original = ConfigLoader.parseNetwork(source, yaml);
    this.placement = Placement.of(original, groupSize);
    this.image = image;
    String header =
        "# "
            + source
            + " as deployed by 'ss7sim deploy': every node's host is its service name"
            + " (docs/deploy.md)\n";
    this.rewritten = NetworkRewrite.rewrite(yaml, placement.byNode(), header);
    this.network = ConfigLoader.parseNetwork(source + " (deployed)", rewritten);
    List<String> problems = new ArrayList<>();
    for (Problem p : NetworkValidator.validate(network)) {
      problems.add(p.toString());
    }
    Map<String, String> svc = placement.byNode();
    for (Node n : network.nodes()) {
      if (!svc.containsKey(n.name())) {
        continue;
      }
      for (Link l : n.links()) {
        String peerSvc = svc.get(l.peer());
        if (l.transport() == TransportKind.INJVM && !svc.get(n.name()).equals(peerSvc)) {
          problems.add(
              "link '"
                  + l.name()
                  + "' of node '"
                  + n.name()
                  + "' uses injvm, which cannot cross"
                  + " processes (use tcp or sctp, e.g. 'ss7sim generate --transport tcp')");
        } else if (l.listens() && !l.local().host().equals(svc.get(n.name()))) {
          problems.add(explicit(n, l, "local", l.local().host()));
        } else if (!l.listens() && peerSvc != null && !l.remote().host().equals(peerSvc)) {
          problems.add(explicit(n, l, "remote", l.remote().host()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    TreeSet<Integer> used = new TreeSet<>();
    placement.services().keySet().forEach(s -> used.addAll(ports(s)));
    int p = CONTROL_PORT;
    while (used.contains(p)) {
      p++;
    }
    this.controlPort = p;
  }

  private static String explicit(Node n, Link l, String key, String host) {
    return "link '"
        + l.name()
        + "' of node '"
        + n.name()
        + "' has an explicit "
        + key
        + " address on '"
        + host
        + "': deploy places every node at its service name, so leave the"
        + " link's addresses to the defaults (ports may stay)";
  }

  public Placement placement() {
    return placement;
  }

  /** The network file the services read. */
  public String network() {
    return rewritten;
  }

  /** The ports a service listens on: its links' listening ends, then SMPP servers. */
  public List<Integer> ports(String service) {
    TreeSet<Integer> ports = new TreeSet<>();
    for (String name : placement.services().get(service)) {
      Node n = network.node(name).orElseThrow();
      for (Link l : n.links()) {
        if (l.listens() && l.transport() != TransportKind.INJVM) {
          ports.add(l.local().port());
        }
      }
      if (n.data() instanceof KindData.SmscData s && s.smpp().port() != 0) {
        ports.add(s.smpp().port());
      }
    }
    return List.copyOf(ports);
  }

  /** SMPP ports of the service's SMSCs (published to the host by Compose). */
  List<Integer> smppPorts(String service) {
    List<Integer> ports = new ArrayList<>();
    for (String name : placement.services().get(service)) {
      if (network.node(name).orElseThrow().data() instanceof KindData.SmscData s
          && s.smpp().port() != 0) {
        ports.add(s.smpp().port());
      }
    }
    return ports;
  }

  /**
   * The port every container serves the control API on: {@link #CONTROL_PORT}, or the first port
   * above it that no link or SMPP server of the network uses.
   */
  public int controlPort() {
    return controlPort;
  }

  /** The health check every service's process answers. */
  public HealthCheck check() {
    return new HealthCheck(controlPort);
  }

  private List<String> command(String service) {
    List<String> c = new ArrayList<>(List.of("node", NETWORK_PATH));
    for (String n : placement.services().get(service)) {
      c.add("--node");
      c.add(n);
    }
    // every address of the container: the orchestrator's probes and Prometheus come from outside
    c.addAll(
        List.of("--control-address", "0.0.0.0", "--control-port", Integer.toString(controlPort)));
    return c;
  }

  // ---- Docker Compose ----

  /** compose.yaml: one service per placement service, the network file as a Compose config. */
  public String compose() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", Placement.dnsLabel(original.name()));
    Map<String, Object> services = new LinkedHashMap<>();
    for (String svc : placement.services().keySet()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("image", image);
      s.put("hostname", svc);
      s.put("command", command(svc));
      s.put("configs", List.of(Map.of("source", "network", "target", NETWORK_PATH)));
      // the host's variable when set (Compose reads it from the environment or .env), else none
      s.put("environment", Map.of(TOKEN_VARIABLE, "${" + TOKEN_VARIABLE + ":-}"));
      List<String> expose = new ArrayList<>();
      ports(svc).forEach(p -> expose.add(String.valueOf(p)));
      expose.add(String.valueOf(controlPort));
      s.put("expose", expose);
      List<String> publish = smppPorts(svc).stream().map(p -> p + ":" + p).toList();
      if (!publish.isEmpty()) {
        s.put("ports", publish);
      }
      Map<String, Object> hc = new LinkedHashMap<>();
      hc.put("test", List.of("CMD", "bash", "-c", check().script()));
      hc.put("interval", "10s");
      hc.put("timeout", "5s");
      hc.put("retries", 3);
      hc.put("start_period", "60s");
      s.put("healthcheck", hc);
      s.put("restart", "unless-stopped");
      s.put("stop_grace_period", "20s");
      services.put(svc, s);
    }
    doc.put("services", services);
    doc.put("configs", Map.of("network", Map.of("file", "./network.yaml")));
    return yaml(List.of(doc));
  }

  // ---- Kubernetes ----

  /** The ConfigMap holding the network file. */
  public String configMap() {
    if (rewritten.getBytes(StandardCharsets.UTF_8).length > CONFIG_MAP_LIMIT) {
      throw new IllegalArgumentException(
          "the network file is larger than a ConfigMap may be (1 MiB): mount it from a volume");
    }
    Map<String, Object> cm = new LinkedHashMap<>();
    cm.put("apiVersion", "v1");
    cm.put("kind", "ConfigMap");
    cm.put("metadata", Map.of("name", configMapName(), "labels", labels(null)));
    cm.put("data", Map.of("network.yaml", rewritten));
    return yaml(List.of(cm));
  }

  String configMapName() {
    return Placement.dnsLabel(original.name()) + "-network";
  }

  /** The Secret whose key {@code token} becomes the control API's token, when it exists. */
  String tokenSecretName() {
    return Placement.dnsLabel(original.name()) + "-control";
  }

  /** An httpGet probe of the control API. */
  private Map<String, Object> probe(
      String path, int initialDelay, int period, int timeout, int failures) {
    Map<String, Object> probe = new LinkedHashMap<>();
    probe.put("httpGet", Map.of("path", path, "port", controlPort));
    if (initialDelay > 0) {
      probe.put("initialDelaySeconds", initialDelay);
    }
    probe.put("periodSeconds", period);
    probe.put("timeoutSeconds", timeout);
    probe.put("failureThreshold", failures);
    return probe;
  }

  private Map<String, String> labels(String service) {
    Map<String, String> l = new LinkedHashMap<>();
    l.put("app.kubernetes.io/part-of", Placement.dnsLabel(original.name()));
    l.put("app.kubernetes.io/managed-by", "ss7sim-deploy");
    if (service != null) {
      l.put("app.kubernetes.io/name", service);
    }
    return l;
  }

  /**
   * A headless Service (its name resolves to the pod's own address, published before the pod is
   * ready so that peers can connect while links come up) and a one-replica Deployment whose pod has
   * the service name as hostname (so the node can bind it from the start).
   */
  public String kubernetes(String service) {
    List<Integer> ports = ports(service);
    Map<String, Object> svc = new LinkedHashMap<>();
    svc.put("apiVersion", "v1");
    svc.put("kind", "Service");
    svc.put("metadata", Map.of("name", service, "labels", labels(service)));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("clusterIP", "None");
    spec.put("publishNotReadyAddresses", true);
    spec.put("selector", Map.of("app.kubernetes.io/name", service));
    List<Map<String, Object>> sp = new ArrayList<>();
    for (int p : ports) {
      sp.add(Map.of("name", "p" + p, "port", p, "targetPort", p, "protocol", "TCP"));
    }
    sp.add(
        Map.of(
            "name", "control", "port", controlPort, "targetPort", controlPort, "protocol", "TCP"));
    spec.put("ports", sp);
    svc.put("spec", spec);

    Map<String, Object> container = new LinkedHashMap<>();
    container.put("name", "ss7sim");
    container.put("image", image);
    container.put("args", command(service));
    List<Map<String, Object>> cp = new ArrayList<>();
    for (int p : ports) {
      cp.add(Map.of("containerPort", p, "protocol", "TCP"));
    }
    cp.add(Map.of("name", "control", "containerPort", controlPort, "protocol", "TCP"));
    container.put("ports", cp);
    container.put(
        "env",
        List.of(
            Map.of(
                "name",
                TOKEN_VARIABLE,
                "valueFrom",
                Map.of(
                    "secretKeyRef",
                    Map.of("name", tokenSecretName(), "key", "token", "optional", true)))));
    container.put(
        "volumeMounts",
        List.of(Map.of("name", "network", "mountPath", "/etc/ss7sim", "readOnly", true)));
    // a JVM and its nodes may take minutes to start on a loaded host: liveness waits for that
    container.put("startupProbe", probe(HealthCheck.LIVE_PATH, 0, 5, 5, 60));
    // not ready while a link of the pod's nodes is not ASP-ACTIVE
    container.put("readinessProbe", probe(HealthCheck.PATH, 5, 10, 5, 3));
    // restarted only when the control API stops answering, never because a peer is down
    container.put("livenessProbe", probe(HealthCheck.LIVE_PATH, 0, 10, 5, 6));
    Map<String, Object> podSpec = new LinkedHashMap<>();
    podSpec.put("hostname", service);
    podSpec.put("containers", List.of(container));
    podSpec.put(
        "volumes",
        List.of(Map.of("name", "network", "configMap", Map.of("name", configMapName()))));
    podSpec.put("terminationGracePeriodSeconds", 20);
    Map<String, Object> template = new LinkedHashMap<>();
    Map<String, Object> podMeta = new LinkedHashMap<>();
    podMeta.put("labels", labels(service));
    podMeta.put(
        "annotations",
        Map.of(
            "prometheus.io/scrape",
            "true",
            "prometheus.io/port",
            String.valueOf(controlPort),
            "prometheus.io/path",
            "/metrics"));
    template.put("metadata", podMeta);
    template.put("spec", podSpec);
    Map<String, Object> dspec = new LinkedHashMap<>();
    dspec.put("replicas", 1);
    dspec.put("strategy", Map.of("type", "Recreate"));
    dspec.put("selector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", service)));
    dspec.put("template", template);
    Map<String, Object> dep = new LinkedHashMap<>();
    dep.put("apiVersion", "apps/v1");
    dep.put("kind", "Deployment");
    dep.put("metadata", Map.of("name", service, "labels", labels(service)));
    dep.put("spec", dspec);
    return yaml(List.of(svc, dep));
  }

  /** The Dockerfile of the image: the shaded jar on a Java 17 runtime. */
  public String dockerfile() {
    return """
        # Image for 'ss7sim deploy' (docs/deploy.md). Build it next to the shaded jar:
        #   mvn -q -B -ntp -DskipTests package && cp simulator/target/ss7sim.jar DIR/
        #   docker build -t ss7sim:latest DIR
        # The Compose health check asks the node's control API for /health with bash's /dev/tcp,
        # head and grep, which this Ubuntu-based image has: no curl or wget needed.
        FROM eclipse-temurin:17-jre
        COPY ss7sim.jar /opt/ss7sim/ss7sim.jar
        WORKDIR /var/lib/ss7sim
        EXPOSE %d
        ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/ss7sim/ss7sim.jar"]
        CMD ["--help"]
        """
        .formatted(controlPort);
  }

  /** Writes compose.yaml, network.yaml and Dockerfile to {@code dir}. */
  public List<Path> writeCompose(Path dir) throws IOException {
    Files.createDirectories(dir);
    return List.of(
        write(dir.resolve("compose.yaml"), compose()),
        write(dir.resolve("network.yaml"), network()),
        write(dir.resolve("Dockerfile"), dockerfile()));
  }

  /**
   * Writes 00-configmap.yaml, one SERVICE.yaml per service, network.yaml (the same file as in the
   * ConfigMap, for reading) and Dockerfile to {@code dir}.
   */
  public List<Path> writeKubernetes(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(write(dir.resolve("00-configmap.yaml"), configMap()));
    for (String svc : placement.services().keySet()) {
      files.add(write(dir.resolve(svc + ".yaml"), kubernetes(svc)));
    }
    // not .yaml, so that 'kubectl apply -f DIR' does not take them for manifests
    files.add(write(dir.resolve("network.yaml.txt"), network()));
    files.add(write(dir.resolve("Dockerfile"), dockerfile()));
    return files;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());

  private static String yaml(List<Map<String, Object>> docs) {
    StringBuilder b = new StringBuilder("# Written by 'ss7sim deploy' (docs/deploy.md)\n");
    boolean first = true;
    for (Map<String, Object> d : docs) {
      if (!first) {
        b.append("---\n");
      }
      first = false;
      try {
        b.append(YAML.writeValueAsString(d));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return b.toString();
  }
}
