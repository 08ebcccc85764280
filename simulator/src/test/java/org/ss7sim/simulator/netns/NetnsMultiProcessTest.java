package org.ss7sim.simulator.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkValidator;
import org.ss7sim.simulator.deploy.HealthCheck;
import org.ss7sim.simulator.deploy.NetworkRewrite;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;

/**
 * A generated network (a mated STP pair, two switches, an HLR, an MSC and an SMSC) run as five
 * processes in five network namespaces: {@code ss7sim node} for each STP, for the called switch,
 * and for the HLR+MSC+SMSC together; the calling switch and the ESME in {@link NetnsDriver}. Calls
 * and SMS cross the namespaces over real TCP; the called switch's process is killed with SIGKILL
 * and restarted, and calls go through again. Needs root and {@code ip netns}; skipped otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetnsMultiProcessTest {
  private static final String PREFIX = "s7n" + ProcessHandle.current().pid() + "-";
  private static final String BRIDGE_NS = PREFIX + "br";
  private static final int CONTROL_PORT = 8790;

  /** namespace (without prefix) to its address and the nodes it runs (empty: the driver). */
  private final Map<String, String> address = new LinkedHashMap<>();

  private final List<String> namespaces = new ArrayList<>();
  private final List<Proc> processes = Collections.synchronizedList(new ArrayList<>());
  private Path dir;
  private Path networkFile;
  private Network network;

  private record Proc(
      String name, Process process, List<String> output, LinkedBlockingQueue<String> lines) {}

  private static int sh(long timeoutSeconds, String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + ": timed out");
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + ": exit " + p.exitValue() + ": " + out.strip());
    }
    return 0;
  }

  private static void ns(String ns, String... command) throws Exception {
    List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", ns));
    c.addAll(List.of(command));
    sh(20, c.toArray(String[]::new));
  }

  @BeforeAll
  void namespaces() throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("os.name").toLowerCase().contains("linux"),
        "network namespaces need Linux");
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/sbin/ip"))
            || Files.isExecutable(Path.of("/sbin/ip"))
            || Files.isExecutable(Path.of("/usr/bin/ip")),
        "the 'ip' command (iproute2) is not installed");
    Process id = new ProcessBuilder("id", "-u").start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    Assumptions.assumeTrue(
        uid.equals("0"), "creating network namespaces needs root (uid is " + uid + ")");
    try {
      sh(20, "ip", "netns", "add", BRIDGE_NS);
      namespaces.add(BRIDGE_NS);
    } catch (IOException e) {
      Assumptions.abort("no network namespace support here: " + e.getMessage());
    }
    dir = Files.createTempDirectory("ss7sim-netns");
    address.put("stp-a", "10.99.0.1");
    address.put("stp-b", "10.99.0.2");
    address.put("ssp-1", "10.99.0.3");
    address.put("ssp-2", "10.99.0.4");
    address.put("core", "10.99.0.5");
    ns(BRIDGE_NS, "ip", "link", "add", "br0", "type", "bridge");
    ns(BRIDGE_NS, "ip", "link", "set", "br0", "up");
    int i = 0;
    for (Map.Entry<String, String> e : address.entrySet()) {
      String name = PREFIX + e.getKey();
      sh(20, "ip", "netns", "add", name);
      namespaces.add(name);
      String veth = "v" + (i++);
      // created inside the bridge's namespace, its peer moved straight into the node's one
      ns(
          BRIDGE_NS, "ip", "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns",
          name);
      ns(BRIDGE_NS, "ip", "link", "set", veth, "master", "br0", "up");
      ns(name, "ip", "link", "set", "lo", "up");
      ns(name, "ip", "addr", "add", e.getValue() + "/24", "dev", "eth0");
      ns(name, "ip", "link", "set", "eth0", "up");
    }

    String yaml =
        new NetworkGenerator(
                new Shape(
                    "netns", 1, 2, 1, 1, 1, 100, 15, "tcp", Shape.Topology.RING, 1, 2905, 2775))
            .network();
    Map<String, String> hosts = new LinkedHashMap<>();
    hosts.put("stp-1a", address.get("stp-a"));
    hosts.put("stp-1b", address.get("stp-b"));
    hosts.put("ssp-01", address.get("ssp-1"));
    hosts.put("ssp-02", address.get("ssp-2"));
    hosts.put("hlr-01", address.get("core"));
    hosts.put("msc-01", address.get("core"));
    hosts.put("smsc-01", address.get("core"));
    networkFile = dir.resolve("netns.yaml");
    Files.writeString(networkFile, NetworkRewrite.rewrite(yaml, hosts, "# netns test\n"));
    network = ConfigLoader.loadNetwork(networkFile);
    assertThat(NetworkValidator.validate(network)).isEmpty();
  }

  @AfterAll
  void cleanUp() throws Exception {
    for (Proc p : processes) {
      p.process().destroyForcibly();
      p.process().waitFor(10, TimeUnit.SECONDS);
    }
    for (String n : namespaces) {
      try {
        sh(20, "ip", "netns", "del", n);
      } catch (IOException e) {
        System.err.println("could not delete namespace " + n + ": " + e.getMessage());
      }
    }
    if (dir != null) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private Proc start(String name, String ns, String mainClass, String... args) throws Exception {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> c =
        new ArrayList<>(
            List.of(
                "ip",
                "netns",
                "exec",
                PREFIX + ns,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                cp,
                mainClass));
    c.addAll(List.of(args));
    Process p = new ProcessBuilder(c).directory(dir.toFile()).redirectErrorStream(true).start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  output.add(line);
                  lines.add(line);
                }
              } catch (IOException e) {
                // process gone
              }
            },
            "netns-" + name);
    reader.setDaemon(true);
    reader.start();
    Proc proc = new Proc(name, p, output, lines);
    processes.add(proc);
    return proc;
  }

  private Proc node(String ns, String... nodes) throws Exception {
    List<String> args = new ArrayList<>(List.of("node", networkFile.toString()));
    for (String n : nodes) {
      args.add("--node");
      args.add(n);
    }
    // each namespace has a loopback of its own: one fixed port serves every process
    args.addAll(List.of("--control-port", Integer.toString(CONTROL_PORT)));
    return start(ns, ns, "org.ss7sim.simulator.cli.Main", args.toArray(String[]::new));
  }

  /** The next line containing {@code text}, waiting at most {@code seconds}. */
  private static String await(Proc p, String text, long seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = p.lines().poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line != null && line.contains(text)) {
        return line;
      }
      if (line == null && !p.process().isAlive()) {
        break;
      }
    }
    throw new AssertionError(
        p.name() + ": no line with '" + text + "' within " + seconds + " s; output: " + p.output());
  }

  private static String ask(Proc driver, String command, String answer, long seconds)
      throws Exception {
    PrintWriter w =
        new PrintWriter(driver.process().getOutputStream(), true, StandardCharsets.UTF_8);
    w.println(command);
    return await(driver, answer, seconds);
  }

  /**
   * The Compose health check of the deploy files (GET /health of the process's control API), run
   * inside the namespace: 0 when every link of the process's nodes is ASP-ACTIVE.
   */
  private int health(String ns) throws Exception {
    Process p =
        new ProcessBuilder(
                "ip",
                "netns",
                "exec",
                PREFIX + ns,
                "bash",
                "-c",
                new HealthCheck(CONTROL_PORT).script())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  /**
   * Asks the health check of {@code ns} until it exits with {@code expected} (links come up and go
   * down on the nodes' loops, after the event that causes it), at most {@code seconds}.
   */
  private void awaitHealth(String ns, int expected, long seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    int got = health(ns);
    while (got != expected && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      got = health(ns);
    }
    assertThat(got).as("health check in " + ns + " within " + seconds + " s").isEqualTo(expected);
  }

  @Test
  void calls_and_sms_cross_namespaces_and_survive_a_killed_node() throws Exception {
    long t0 = System.nanoTime();
    Proc stpA = node("stp-a", "stp-1a");
    Proc stpB = node("stp-b", "stp-1b");
    Proc core = node("core", "hlr-01", "msc-01", "smsc-01");
    Proc ssp2 = node("ssp-2", "ssp-02");
    for (Proc p : List.of(stpA, stpB, core, ssp2)) {
      await(p, "nodes running", 120);
    }
    Proc driver =
        start("driver", "ssp-1", NetnsDriver.class.getName(), networkFile.toString(), "ssp-01");
    await(driver, "driver ready", 120);
    assertThat(ask(driver, "links", "links", 90)).isEqualTo("links up");
    double startSeconds = (System.nanoTime() - t0) / 1e9;

    String called = "99920002"; // the lines of ssp-02 (NetworkGenerator numbering)
    long c0 = System.nanoTime();
    assertThat(ask(driver, "call 5 " + called, "call 5 ok", 120)).isEqualTo("call 5 ok 5");
    double callSeconds = (System.nanoTime() - c0) / 1e9;
    long s0 = System.nanoTime();
    assertThat(ask(driver, "sms 3 9991010000007", "sms 3 ok", 120)).isEqualTo("sms 3 ok 3");
    double smsSeconds = (System.nanoTime() - s0) / 1e9;
    awaitHealth("stp-a", 0, 60);
    awaitHealth("ssp-2", 0, 60);

    // SIGKILL the called switch: its calls fail, its links' health check fails
    ssp2.process().destroyForcibly();
    assertThat(ssp2.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
    awaitHealth("stp-a", 1, 30); // stp-1a's link to ssp-02 has no active ASP
    assertThat(ask(driver, "call 1 " + called, "call 1 ok", 60)).isEqualTo("call 1 ok 0");

    long r0 = System.nanoTime();
    Proc again = node("ssp-2", "ssp-02");
    await(again, "nodes running", 120);
    // Both STPs told the calling switch the killed one was unreachable (DUNA), so its calls fail
    // at once (cause 34) until they tell it the switch is back (DAVA): wait for that, not for a
    // number of failed attempts (20 instant failures used to be over before the new process had
    // its links up). Then traffic resumes; bounded retries for the circuit reset after it.
    assertThat(ask(driver, "reachable 1002", "reachable 1002", 90)).isEqualTo("reachable 1002 yes");
    String answer = "";
    for (int i = 0; i < 5 && !answer.equals("call 2 ok 2"); i++) {
      answer = ask(driver, "call 2 " + called, "call 2 ok", 60);
    }
    assertThat(answer).isEqualTo("call 2 ok 2");
    double resumeSeconds = (System.nanoTime() - r0) / 1e9;
    assertThat(ask(driver, "sms 1 9991010000008", "sms 1 ok", 60)).isEqualTo("sms 1 ok 1");
    // the restarted process and the STP report every link up again
    awaitHealth("ssp-2", 0, 60);
    awaitHealth("stp-a", 0, 60);
    System.out.printf(
        "netns: 5 namespaces up and linked in %.1f s; 5 calls in %.1f s; 3 SMS in %.1f s;"
            + " calls through again %.1f s after restarting the killed switch%n",
        startSeconds, callSeconds, smsSeconds, resumeSeconds);
    new PrintWriter(driver.process().getOutputStream(), true, StandardCharsets.UTF_8)
        .println("quit");
    assertThat(driver.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
  }
}
