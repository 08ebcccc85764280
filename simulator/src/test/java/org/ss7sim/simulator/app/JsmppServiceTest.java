package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.DeliveryReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.node.smsc.JsmppEsme;

/**
 * An outside SMPP client (jSMPP) binds to {@code ss7sim run examples/demo-network.yaml} (with
 * {@code smpp_port: 0}: the port printed by the service) running as a service in a separate
 * process, submits with registered delivery and gets DELIVRD receipts; the service then stops
 * cleanly on SIGTERM.
 */
class JsmppServiceTest {
  @TempDir Path dir;

  @Test
  void jsmpp_esme_binds_to_a_run_service_submits_and_gets_receipts() throws Exception {
    // The example network on an ephemeral SMPP port: the client learns it from the service's
    // output.
    Path network =
        java.nio.file.Files.writeString(
            dir.resolve("demo-network.yaml"),
            java.nio.file.Files.readString(ExamplesRunTest.examples().resolve("demo-network.yaml"))
                .replace("smpp_port: 2775", "smpp_port: 0"));
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                cp,
                "org.ss7sim.simulator.cli.Main",
                "run",
                network.toString(),
                "--duration",
                "60s",
                "--control-port",
                "0")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  output.add(line);
                  if (line.contains("nodes running")) {
                    ready.complete(null);
                  }
                }
              } catch (Exception e) {
                ready.completeExceptionally(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      ready.get(30, TimeUnit.SECONDS);
      String listening =
          List.copyOf(output).stream()
              .filter(l -> l.contains("SMPP server listening on"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no SMPP server line in " + output));
      int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).trim());
      assertThat(port).isPositive().isNotEqualTo(0);
      try (JsmppEsme esme = JsmppEsme.bind(port, "esme1")) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          ids.add(esme.submit("99901100000" + (10 + i), "hello from jsmpp " + i));
        }
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          DeliveryReceipt r = esme.receipt(20);
          assertThat(r).as("receipt " + i + "; service output: " + output).isNotNull();
          assertThat(r.getFinalStatus().toString()).isEqualTo("DELIVRD");
          delivered.add(r.getId());
        }
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
      }
    } finally {
      p.destroy(); // SIGTERM: the service stops its nodes and closes the store
      boolean ended = p.waitFor(20, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly();
      }
      assertThat(ended).isTrue();
    }
    reader.join(5000);
  }
}
