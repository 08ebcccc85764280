package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGTERM and SIGINT to {@code ss7sim run} in a child process during SMS load on the default file
 * store (docs/cli.md, "Stopping"): traffic stops, the store is closed once by the run, exit 0, and
 * stderr holds no stack trace (before: ~1,300 lines of "Database is already closed", exit 143).
 */
class CleanStopTest {
  @TempDir Path dir;

  static final String LOAD =
      """
      name: load
      network: net.yaml
      duration: 60s
      traffic:
        - {name: load, kind: sms, from: esme1, to: {subscribers: attached, pick: random},
           rate: 100, duration: 60s}
      """;

  static Path network(Path dir) throws Exception {
    String yaml =
        Files.readString(ExamplesRunTest.examples().resolve("demo-network.yaml"))
            .replaceAll("smpp_port: \\d+", "smpp_port: 0");
    return Files.writeString(dir.resolve("net.yaml"), yaml);
  }

  /** Waits until the run's progress shows at least {@code n} attempts of source "load". */
  static boolean awaitAttempts(ChildProcess p, int n) throws InterruptedException {
    Pattern progress = Pattern.compile("\\] load (\\d+)");
    return p.awaitErr(
        l -> {
          Matcher m = progress.matcher(l);
          return m.find() && Integer.parseInt(m.group(1)) >= n;
        },
        Duration.ofSeconds(60));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  void a_signal_during_load_stops_cleanly_with_exit_0_and_no_stack_trace(String signal)
      throws Exception {
    if (signal.equals("INT")) {
      // a process started in the background by a shell without job control ignores SIGINT, and
      // so do its children (the JVM then installs no handler for it): nothing to test there
      Assumptions.assumeFalse(ignored(2), "SIGINT is ignored in this process tree");
    }
    Path net = network(dir);
    Path scenario = Files.writeString(dir.resolve("load.yaml"), LOAD);
    try (ChildProcess p =
        new ChildProcess(dir, "run", net.toString(), scenario.toString(), "--store-dir", ".")) {
      assertThat(awaitAttempts(p, 100)).as(p.stderr()).isTrue();
      if (signal.equals("TERM")) {
        // through the handle: Process.destroy would also close our ends of its pipes
        p.process.toHandle().destroy();
      } else {
        Process kill =
            new ProcessBuilder("kill", "-INT", String.valueOf(p.process.pid()))
                .redirectErrorStream(true)
                .start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
      }
      int code = p.awaitExit(Duration.ofSeconds(30));
      String err = p.stderr();
      assertThat(code).as(err).isZero();
      assertThat(err).contains("SIG" + signal + ": stopping", "stopped");
      assertThat(err).doesNotContain("Exception", "\tat ", "already closed");
      // the store was closed by the run, not by H2's hook: it opens again with the messages in it
      assertThat(Files.list(dir).map(f -> f.getFileName().toString()))
          .anyMatch(f -> f.startsWith("ss7sim-smsc") && f.endsWith(".mv.db"));
    }
  }

  /** Whether signal {@code number} is ignored in this process (SigIgn of /proc/self/status). */
  static boolean ignored(int number) throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (mask & (1L << (number - 1))) != 0;
      }
    }
    return false;
  }
}
