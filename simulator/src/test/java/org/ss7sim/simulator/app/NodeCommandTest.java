package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.ssp.Ssp;

/**
 * {@code ss7sim node}: the STP of a three-node network runs in its own process, the two switches in
 * this one; a call crosses real M3UA/TCP links between the processes.
 */
class NodeCommandTest {
  @TempDir Path dir;

  @Test
  void a_call_crosses_an_stp_running_in_another_process() throws Exception {
    Path file = dir.resolve("split.yaml");
    try (InputStream in = getClass().getResourceAsStream("/networks/split-across-processes.yaml")) {
      Files.write(file, in.readAllBytes());
    }
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                cp,
                "org.ss7sim.simulator.cli.Main",
                "node",
                file.toString(),
                "--node",
                "stp")
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
      Network network = ConfigLoader.loadNetwork(file);
      NodeKinds kinds = new NodeKinds(network, true, dir);
      try (SimNetwork net =
          SimNetwork.start(network, Set.of("ssp-a", "ssp-b"), null, kinds::logicFor)) {
        SimNode a = net.node("ssp-a").orElseThrow();
        SimNode b = net.node("ssp-b").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while ((a.call(() -> a.m3ua().linkState("ssp-a-stp")) != AspState.ASP_ACTIVE
                || b.call(() -> b.m3ua().linkState("ssp-b-stp")) != AspState.ASP_ACTIVE)
            && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Ssp ssp = (Ssp) a.logic().orElseThrow();
        a.execute(
            () ->
                ssp.placeCall(
                    "call-1",
                    "7772021234",
                    "7772010001",
                    Duration.ofMillis(100),
                    new Ssp.CallListener() {
                      @Override
                      public void onOutcome(Outcome o) {
                        outcome.complete(o);
                      }

                      @Override
                      public void onEnded() {
                        ended.complete(null);
                      }
                    }));
        ended.get(15, TimeUnit.SECONDS);
        assertThat(outcome.get().success()).as("output of the stp process: " + output).isTrue();
        assertThat(net.awaitNoLeaks(Duration.ofSeconds(5))).isEmpty();
      }
    } finally {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }
}
