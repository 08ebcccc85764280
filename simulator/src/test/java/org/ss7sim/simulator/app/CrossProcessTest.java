package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.DeliveryReceipt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.node.smsc.JsmppEsme;
import org.ss7sim.transport.sctp.SctpSupport;

/**
 * ss7sim against ss7sim across processes (issue 13): process B runs {@code
 * examples/external-smsc.yaml} (STP, HLR and MSC simulated, the SMSC external), process A runs
 * {@code examples/external-hlr-msc.yaml} (the SMSC simulated, STP, HLR and MSC external). An
 * outside ESME (jSMPP) submits to A's SMSC; SRI-for-SM and MT-ForwardSM cross to B and are answered
 * there; the receipts come back to the ESME. Calls the same way with {@code
 * examples/external-switch-a.yaml} and {@code -b.yaml}, each declaring the other's switch external.
 * Over TCP, and over kernel SCTP where the kernel has it (skipped with the kernel's reason
 * otherwise). The listening process binds port 0 and prints the port it got (its line for the link
 * to the external node); the connecting process is started after, with that port in its file. Every
 * wait is on a line, a process's end or a receipt, each bounded.
 */
class CrossProcessTest {
  @TempDir Path dir;

  /** A running {@code ss7sim} process and its output. */
  private static final class Ss7sim implements AutoCloseable {
    final Process process;
    final List<String> output = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<Void> ready = new CompletableFuture<>();
    final List<java.util.Map.Entry<String, CompletableFuture<String>>> waiters =
        new java.util.concurrent.CopyOnWriteArrayList<>();

    Ss7sim(Path dir, String... args) throws Exception {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-cp");
      cmd.add(
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      cmd.add("org.ss7sim.simulator.cli.Main");
      cmd.addAll(List.of(args));
      process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    output.add(line);
                    for (var w : waiters) {
                      if (line.contains(w.getKey())) {
                        w.getValue().complete(line);
                      }
                    }
                    if (line.contains("nodes running")) {
                      ready.complete(null);
                    }
                  }
                  ready.completeExceptionally(new AssertionError("ended: " + output));
                } catch (Exception e) {
                  ready.completeExceptionally(e);
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    void awaitReady() throws Exception {
      ready.get(60, TimeUnit.SECONDS);
    }

    /** The first line containing {@code containing}, waiting for it at most {@code seconds}. */
    String awaitLine(String containing, long seconds) throws Exception {
      CompletableFuture<String> f = new CompletableFuture<>();
      waiters.add(java.util.Map.entry(containing, f));
      List.copyOf(output).stream()
          .filter(l -> l.contains(containing))
          .findFirst()
          .ifPresent(f::complete);
      try {
        return f.get(seconds, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("no '" + containing + "' in " + seconds + " s: " + output);
      }
    }

    /**
     * The port bound by the listening link {@code link} to an external node, read from its line
     * ({@code link to-smsc (external smsc, listening on 127.0.0.1:40123): AS DOWN rc=10}).
     */
    int listeningPort(String link) throws Exception {
      String line = awaitLine("link " + link + " (external ", 90);
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("listening on [^ ]*:(\\d+)\\)").matcher(line);
      assertThat(m.find()).as(line).isTrue();
      return Integer.parseInt(m.group(1));
    }

    /** Waits (at most {@code seconds}) for the process to end; its exit value. */
    int awaitExit(long seconds) throws Exception {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        throw new AssertionError("still running after " + seconds + " s: " + output);
      }
      return process.exitValue();
    }

    String line(String containing) {
      return List.copyOf(output).stream()
          .filter(l -> l.contains(containing))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no '" + containing + "' in " + output));
    }

    @Override
    public void close() throws Exception {
      process.destroy(); // SIGTERM: a clean stop
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * An example with its fixed M3UA port replaced by {@code port} (0 on the listening side),
   * ephemeral SMPP, a transport.
   */
  private Path example(String name, String fixedPort, int port, String transport) throws Exception {
    return example(name, java.util.Map.of(fixedPort, port), transport);
  }

  /**
   * An example with its fixed M3UA ports replaced (fixed → 0 on the listening side, → the port the
   * listener bound on the connecting side), other listeners and SMPP ephemeral, a transport on
   * every link written in block style.
   */
  private Path example(String name, java.util.Map<String, Integer> ports, String transport)
      throws Exception {
    String yaml = Files.readString(ExamplesRunTest.examples().resolve(name));
    for (var e : ports.entrySet()) {
      yaml = yaml.replace("127.0.0.1:" + e.getKey(), "127.0.0.1:" + e.getValue());
    }
    yaml =
        yaml
            // listeners between simulated nodes of one file: ephemeral
            .replaceAll("(?m)^(\\s+local: 127\\.0\\.0\\.1):\\d+$", "$1:0")
            .replaceAll("smpp_port: \\d+", "smpp_port: 0")
            .replaceAll("(?m)^(\\s+)(routing_context: \\d+)$", "$1$2\n$1transport: " + transport);
    return Files.writeString(dir.resolve(transport + "-" + name), yaml);
  }

  @Test
  void sms_from_an_outside_esme_crosses_two_processes_over_tcp() throws Exception {
    sms("tcp");
  }

  @Test
  void sms_from_an_outside_esme_crosses_two_processes_over_sctp() throws Exception {
    Assumptions.assumeTrue(
        SctpSupport.problem() == null, () -> "kernel SCTP not available: " + SctpSupport.problem());
    sms("sctp");
  }

  @Test
  void a_call_crosses_two_processes_over_tcp() throws Exception {
    call("tcp");
  }

  @Test
  void a_call_crosses_two_processes_over_sctp() throws Exception {
    Assumptions.assumeTrue(
        SctpSupport.problem() == null, () -> "kernel SCTP not available: " + SctpSupport.problem());
    call("sctp");
  }

  private void sms(String transport) throws Exception {
    Path b = example("external-smsc.yaml", "2915", 0, transport);
    try (Ss7sim core = new Ss7sim(dir, "run", b.toString(), "--duration", "120s")) {
      core.awaitReady();
      int m3ua = core.listeningPort("to-smsc");
      Path a = example("external-hlr-msc.yaml", "2915", m3ua, transport);
      try (Ss7sim smsc = new Ss7sim(dir, "run", a.toString(), "--duration", "120s")) {
        smsc.awaitReady();
        // both ends of the link up before the first submit
        smsc.awaitLine("link to-stp (external stp, to 127.0.0.1:" + m3ua + "): ASP ACTIVE", 60);
        core.awaitLine(
            "link to-smsc (external smsc, listening on 127.0.0.1:" + m3ua + "): AS ACTIVE rc=10",
            60);
        String listening = smsc.line("SMPP server listening on");
        int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).trim());
        try (JsmppEsme esme = JsmppEsme.bind(port, "esme1")) {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            ids.add(esme.submit("99901100000" + (10 + i), "across processes " + i));
          }
          List<String> delivered = new ArrayList<>();
          for (int i = 0; i < ids.size(); i++) {
            DeliveryReceipt r = esme.receipt(30);
            assertThat(r)
                .as("receipt " + i + "; A: " + smsc.output + "\nB: " + core.output)
                .isNotNull();
            assertThat(r.getFinalStatus().toString()).isEqualTo("DELIVRD");
            delivered.add(r.getId());
          }
          assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
        }
      }
    }
  }

  private void call(String transport) throws Exception {
    Result r =
        scenario(
            transport,
            "external-switch-b.yaml",
            "external-switch-a.yaml",
            Listens.NEAR,
            "2925",
            "to-ssp-b",
            "external-switch-calls.yaml");
    // what the external switch answered, per message type: 10 answered calls, 4 busy
    com.fasterxml.jackson.databind.JsonNode isup = r.json().at("/external/ssp-b/isup");
    assertThat(isup.path("ANM").asLong()).as(r.json().toString()).isEqualTo(10);
    assertThat(isup.path("REL").asLong()).as(r.json().toString()).isEqualTo(4);
    assertThat(r.out()).contains("external ssp-b answered isup:");
  }

  @Test
  void initial_dp_to_an_scp_in_another_process_over_tcp() throws Exception {
    Result r =
        scenario(
            "tcp",
            "external-scp-b.yaml",
            "external-scp.yaml",
            Listens.NEAR,
            "2935",
            "to-scp",
            "external-scp-calls.yaml");
    // what the external SCP answered each InitialDP with: 10 Connect, 4 ReleaseCall
    com.fasterxml.jackson.databind.JsonNode idp = r.json().at("/external/scp/initialDP");
    assertThat(idp.path("connect").asLong()).as(r.json().toString()).isEqualTo(10);
    assertThat(idp.path("releaseCall").asLong()).as(r.json().toString()).isEqualTo(4);
  }

  /**
   * Location queries from process A's simulated MSC to an HLR simulated by process B ({@code
   * examples/external-hlr.yaml} declares it external, {@code external-hlr-b.yaml} plays it): A's
   * STP translates the MSISDNs and sends ATI, SRI and SRI-for-SM over M3UA to the HLR's point code
   * with the routing context of the HLR's link (40) only; the HLR's answers come back and end the
   * attempts as successes (SRI after the HLR's ProvideRoamingNumber to A's VLR, answered with an
   * MSRN), absent subscribers with absentSubscriberSM. The capture A writes shows the wire.
   */
  @Test
  void location_queries_to_an_hlr_in_another_process_over_tcp() throws Exception {
    locationQueries("tcp");
  }

  @Test
  void location_queries_to_an_hlr_in_another_process_over_sctp() throws Exception {
    Assumptions.assumeTrue(
        SctpSupport.problem() == null, () -> "kernel SCTP not available: " + SctpSupport.problem());
    locationQueries("sctp");
  }

  private void locationQueries(String transport) throws Exception {
    Path pcap = dir.resolve(transport + "-external-hlr.pcap");
    Result r =
        scenario(
            transport,
            "external-hlr-b.yaml",
            "external-hlr.yaml",
            Listens.NEAR,
            "2945",
            "to-hlr",
            "external-hlr-queries.yaml",
            "--pcap",
            pcap.toString());
    // what the external HLR answered, per operation
    com.fasterxml.jackson.databind.JsonNode hlr = r.json().at("/external/hlr");
    assertThat(hlr.at("/anyTimeInterrogation/result").asLong()).as(hlr.toString()).isEqualTo(10);
    assertThat(hlr.at("/sendRoutingInfo/result").asLong()).as(hlr.toString()).isEqualTo(10);
    assertThat(hlr.at("/sendRoutingInfoForSm/result").asLong()).as(hlr.toString()).isEqualTo(10);
    assertThat(hlr.at("/sendRoutingInfoForSm/error absentSubscriberSm").asLong()).isEqualTo(4);
    assertThat(r.out()).contains("external hlr answered anyTimeInterrogation: {result=10}");

    // the wire, as A captured it (decoded by ss7sim decode)
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        org.ss7sim.simulator.cli.Main.run(
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(err, true),
            "decode",
            pcap.toString(),
            "--json",
            "--messages-only");
    assertThat(code).as(err.toString()).isZero();
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    int hlrPc = org.ss7sim.mtp.PointCode.parse("1-4-1").value(); // 2081
    java.util.Map<String, Integer> toHlr = new java.util.TreeMap<>();
    java.util.Map<String, Integer> relayedToMsc = new java.util.TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      com.fasterxml.jackson.databind.JsonNode m = mapper.readTree(line);
      if (!"DATA".equals(m.at("/m3ua/type").asText())) {
        continue;
      }
      long rc = m.at("/m3ua/rc").asLong();
      if (m.at("/mtp3/dpc").asInt() == hlrPc) {
        // every message to the HLR's point code goes on the HLR link's routing context
        assertThat(rc).as(line).isEqualTo(40);
        toHlr.merge(
            m.at("/tcap/type").asText() + " " + m.at("/map/operation").asText(), 1, Integer::sum);
      }
      if (m.at("/sccp/calling/pc").asInt() == hlrPc && m.at("/tcap/type").asText().equals("END")) {
        // the HLR's answers, relayed by A's STP to the MSC on the MSC link's routing context
        assertThat(rc).as(line).isEqualTo(41);
        relayedToMsc.merge("END", 1, Integer::sum);
      }
    }
    assertThat(toHlr)
        .containsEntry("BEGIN anyTimeInterrogation", 10)
        .containsEntry("BEGIN sendRoutingInfo", 10)
        .containsEntry("BEGIN sendRoutingInfoForSm", 14)
        // the VLR's ProvideRoamingNumber results (the HLR asked A's MSC for an MSRN per SRI)
        .containsEntry("END provideRoamingNumber", 10);
    assertThat(relayedToMsc).containsEntry("END", 34);
  }

  /**
   * Your STP between simulated nodes, across processes: process A ({@code
   * examples/external-stp.yaml}) simulates an SMSC with an ESME, an HLR, an MSC and two switches,
   * each linked only to the external STP; process B ({@code external-stp-b.yaml}) plays that STP.
   * Short messages cross B twice by global title and their receipts come back; calls cross it by
   * point code and are answered. Over TCP (its links are written in flow style: no SCTP variant).
   */
  @Test
  void sms_and_calls_between_simulated_nodes_cross_an_stp_in_another_process_over_tcp()
      throws Exception {
    Result r =
        scenario(
            "tcp",
            "external-stp-b.yaml",
            "external-stp.yaml",
            Listens.FAR,
            java.util.Map.of(
                "2950", "to-smsc",
                "2951", "to-hlr",
                "2952", "to-msc",
                "2953", "to-ssp-a",
                "2954", "to-ssp-b"),
            "external-stp-traffic.yaml");
    // every SMS got its DELIVRD receipt, every call was answered (the scenario's expectations),
    // and what went to the external STP was answered through it
    com.fasterxml.jackson.databind.JsonNode stp = r.json().at("/external/stp");
    assertThat(stp.at("/sendRoutingInfoForSm/result").asLong()).as(stp.toString()).isEqualTo(10);
    assertThat(stp.at("/mtForwardSm/result").asLong()).as(stp.toString()).isEqualTo(10);
    assertThat(stp.at("/isup/ANM").asLong()).as(stp.toString()).isEqualTo(10);
  }

  /**
   * The per-peer routing-context binding across processes: process B's HLR asks A's STP to activate
   * routing context 41 — configured at A's STP, but for the link to the simulated MSC, not for the
   * HLR's link (port 2945, RC 40). A refuses it with ERR Invalid Routing Context and names the link
   * and B's address; the HLR's link never comes up and B's ASP never becomes active.
   */
  @Test
  void an_hlr_in_another_process_asking_for_another_links_rc_is_refused_over_tcp()
      throws Exception {
    Path a = example("external-hlr.yaml", "2945", 0, "tcp");
    try (Ss7sim stp = service(a)) {
      int m3ua = stp.listeningPort("to-hlr");
      Path b =
          Files.writeString(
              dir.resolve("wrong-rc-external-hlr-b.yaml"),
              Files.readString(example("external-hlr-b.yaml", "2945", m3ua, "tcp"))
                  .replace("routing_context: 40", "routing_context: 41"));
      try (Ss7sim hlr = new Ss7sim(dir, "run", b.toString(), "--duration", "120s")) {
        hlr.awaitReady();
        String refused =
            "): refused ASP Active/Inactive naming a routing context not configured for the peer's"
                + " link: ERR Invalid Routing Context (0x19)";
        String line = stp.awaitLine(refused, 30);
        assertThat(line).startsWith("node stp, link to-hlr (peer 127.0.0.1:");
        assertThat(List.copyOf(stp.output))
            .contains(
                "link to-hlr (external hlr, listening on 127.0.0.1:" + m3ua + "): AS DOWN rc=40")
            .noneMatch(l -> l.contains("AS ACTIVE"));
        assertThat(List.copyOf(hlr.output)).noneMatch(l -> l.contains("ASP ACTIVE"));
      }
    }
  }

  private record Result(com.fasterxml.jackson.databind.JsonNode json, String out) {}

  /** Which process listens for the link between the two files. */
  private enum Listens {
    FAR,
    NEAR
  }

  /**
   * Runs {@code far} as a service and {@code scenarioFile} on {@code near} in another process. The
   * listening process starts first with port 0 on the link {@code link} (written with {@code
   * fixedPort} in the examples); the other is started once it printed the port it bound. Checks the
   * scenario met its expectations.
   */
  private Result scenario(
      String transport,
      String far,
      String near,
      Listens listens,
      String fixedPort,
      String link,
      String scenarioFile,
      String... nearOptions)
      throws Exception {
    return scenario(
        transport,
        far,
        near,
        listens,
        java.util.Map.of(fixedPort, link),
        scenarioFile,
        nearOptions);
  }

  /** As above with several listening links, by the fixed port each is written with. */
  private Result scenario(
      String transport,
      String far,
      String near,
      Listens listens,
      java.util.Map<String, String> links,
      String scenarioFile,
      String... nearOptions)
      throws Exception {
    java.util.Map<String, Integer> zero = new java.util.HashMap<>();
    links.keySet().forEach(p -> zero.put(p, 0));
    Path json = dir.resolve(transport + "-" + scenarioFile + ".json");
    Ss7sim farSide = null;
    Ss7sim nearSide = null;
    try {
      java.util.Map<String, Integer> bound = new java.util.HashMap<>();
      if (listens == Listens.FAR) {
        farSide = service(example(far, zero, transport));
        for (var e : links.entrySet()) {
          bound.put(e.getKey(), farSide.listeningPort(e.getValue()));
        }
        nearSide = scenarioRun(example(near, bound, transport), scenarioFile, json, nearOptions);
      } else {
        nearSide = scenarioRun(example(near, zero, transport), scenarioFile, json, nearOptions);
        for (var e : links.entrySet()) {
          bound.put(e.getKey(), nearSide.listeningPort(e.getValue()));
        }
        farSide = service(example(far, bound, transport));
      }
      int exit = nearSide.awaitExit(240);
      String out = String.join("\n", List.copyOf(nearSide.output));
      assertThat(exit).as(out + "\nfar side: " + farSide.output).isZero();
      com.fasterxml.jackson.databind.JsonNode results =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
      assertThat(results.get("ok").asBoolean()).as(results.toString()).isTrue();
      return new Result(results, out);
    } finally {
      if (nearSide != null) {
        nearSide.close();
      }
      if (farSide != null) {
        farSide.close();
      }
    }
  }

  /** {@code network} run as a service, once it says its nodes are running. */
  private Ss7sim service(Path network) throws Exception {
    Ss7sim s = new Ss7sim(dir, "run", network.toString(), "--duration", "300s");
    try {
      s.awaitReady();
      return s;
    } catch (Exception | AssertionError e) {
      s.close();
      throw e;
    }
  }

  /**
   * {@code scenarioFile} on {@code network} in a process of its own, writing {@code json}; it waits
   * for its links to external nodes as long as the other process may take to start (at most 120 s).
   */
  private Ss7sim scenarioRun(Path network, String scenarioFile, Path json, String... options)
      throws Exception {
    Path scenario =
        Files.writeString(
            dir.resolve(network.getFileName() + "-" + scenarioFile),
            Files.readString(ExamplesRunTest.examples().resolve(scenarioFile))
                .replaceAll("(?m)^network: \\S+", "network: " + network.getFileName()));
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                network.toString(),
                scenario.toString(),
                "--json",
                json.toString(),
                "--start-timeout",
                "120s"));
    args.addAll(List.of(options));
    return new Ss7sim(dir, args.toArray(String[]::new));
  }
}
