package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
 * Over TCP, and over kernel SCTP where the kernel has it. Each file's M3UA port is a free one
 * probed here, its SMPP port ephemeral.
 */
class CrossProcessTest {
  @TempDir Path dir;

  /** A running {@code ss7sim} process and its output. */
  private static final class Ss7sim implements AutoCloseable {
    final Process process;
    final List<String> output = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<Void> ready = new CompletableFuture<>();

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

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** An example with its fixed M3UA port replaced by {@code port}, ephemeral SMPP, a transport. */
  private Path example(String name, String fixedPort, int port, String transport) throws Exception {
    String yaml =
        Files.readString(ExamplesRunTest.examples().resolve(name))
            .replace("127.0.0.1:" + fixedPort, "127.0.0.1:" + port)
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
    Assumptions.assumeTrue(SctpSupport.problem() == null, "kernel SCTP not available");
    sms("sctp");
  }

  @Test
  void a_call_crosses_two_processes_over_tcp() throws Exception {
    call("tcp");
  }

  @Test
  void a_call_crosses_two_processes_over_sctp() throws Exception {
    Assumptions.assumeTrue(SctpSupport.problem() == null, "kernel SCTP not available");
    call("sctp");
  }

  private void sms(String transport) throws Exception {
    int m3ua = freePort();
    Path b = example("external-smsc.yaml", "2915", m3ua, transport);
    Path a = example("external-hlr-msc.yaml", "2915", m3ua, transport);
    try (Ss7sim core = new Ss7sim(dir, "run", b.toString(), "--duration", "120s")) {
      core.awaitReady();
      try (Ss7sim smsc = new Ss7sim(dir, "run", a.toString(), "--duration", "120s")) {
        smsc.awaitReady();
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
          // the service's line for the link to the external SMSC
          assertThat(List.copyOf(core.output))
              .contains(
                  "link to-smsc (external smsc, listening on 127.0.0.1:"
                      + m3ua
                      + "): AS ACTIVE rc=10");
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
            "2925",
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
            "tcp", "external-scp-b.yaml", "external-scp.yaml", "2935", "external-scp-calls.yaml");
    // what the external SCP answered each InitialDP with: 10 Connect, 4 ReleaseCall
    com.fasterxml.jackson.databind.JsonNode idp = r.json().at("/external/scp/initialDP");
    assertThat(idp.path("connect").asLong()).as(r.json().toString()).isEqualTo(10);
    assertThat(idp.path("releaseCall").asLong()).as(r.json().toString()).isEqualTo(4);
  }

  private record Result(com.fasterxml.jackson.databind.JsonNode json, String out) {}

  /**
   * Runs {@code far} as a service, then {@code scenarioFile} on {@code near} in another process;
   * both files' fixed M3UA port replaced by a free one. Checks the scenario met its expectations.
   */
  private Result scenario(
      String transport, String far, String near, String fixedPort, String scenarioFile)
      throws Exception {
    int m3ua = freePort();
    Path b = example(far, fixedPort, m3ua, transport);
    Path a = example(near, fixedPort, m3ua, transport);
    Path scenario =
        Files.writeString(
            dir.resolve(transport + "-" + scenarioFile),
            Files.readString(ExamplesRunTest.examples().resolve(scenarioFile))
                .replace("network: " + near, "network: " + a.getFileName()));
    Path json = dir.resolve(transport + "-" + scenarioFile + ".json");
    try (Ss7sim farSide = new Ss7sim(dir, "run", b.toString(), "--duration", "120s")) {
      farSide.awaitReady();
      Process run =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty(
                      "surefire.test.class.path", System.getProperty("java.class.path")),
                  "org.ss7sim.simulator.cli.Main",
                  "run",
                  a.toString(),
                  scenario.toString(),
                  "--json",
                  json.toString())
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(transport + "-" + scenarioFile + ".out").toFile())
              .start();
      boolean ended = run.waitFor(90, TimeUnit.SECONDS);
      if (!ended) {
        run.destroyForcibly();
        run.waitFor(10, TimeUnit.SECONDS);
      }
      String out = Files.readString(dir.resolve(transport + "-" + scenarioFile + ".out"));
      assertThat(ended).as(out).isTrue();
      assertThat(run.exitValue()).as(out + "\nfar side: " + farSide.output).isZero();
      com.fasterxml.jackson.databind.JsonNode results =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
      assertThat(results.get("ok").asBoolean()).as(results.toString()).isTrue();
      return new Result(results, out);
    }
  }
}
