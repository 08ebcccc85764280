package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;

/**
 * {@code ss7sim run --virtual-time}: an hour of SMS with absent subscribers, retries,
 * alertServiceCentre and validity expiry runs in far less than an hour, and the same inputs give
 * the same results and pcap byte for byte.
 */
class VirtualTimeRunTest {
  @TempDir Path dir;

  /**
   * The demo network with an SMSC that retries after 1 and 5 minutes and keeps messages 20 minutes.
   */
  private Path network() throws Exception {
    String yaml =
        Files.readString(ExamplesRunTest.examples().resolve("demo-network.yaml"))
            .replaceAll("smpp_port: \\d+", "smpp_port: 0\n    retry: [1m, 5m]\n    validity: 20m");
    return Files.writeString(dir.resolve("network.yaml"), yaml);
  }

  private static final String HOUR =
      """
      name: an-hour-of-sms
      duration: 1h
      seed: 42
      traffic:
        - {name: attached, kind: sms, from: esme1, to: {subscribers: attached, pick: random},
           rate: 1, duration: 1h, expect: {success_ratio: 1.0}}
        - {name: absent-returning, kind: sms, from: esme1, to: "9990120000001", rate: 1,
           count: 5, expect: {success_ratio: 1.0}}
        - {name: absent-for-good, kind: sms, from: esme1, to: "9990120000002", rate: 1,
           count: 5, expect: {causes: {expired: 5}}}
      events:
        - {at: 3m, action: subscriber_state, subscriber: "9990120000001", state: attached}
      """;

  private String run(Path network, Path scenario, String name) throws Exception {
    Path json = dir.resolve(name + ".json");
    Path pcap = dir.resolve(name + ".pcap");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "run",
            network.toString(),
            scenario.toString(),
            "--virtual-time",
            "--json",
            json.toString(),
            "--pcap",
            pcap.toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    return out.toString();
  }

  @Test
  void an_hour_of_sms_with_retries_alerts_and_expiry_runs_fast_and_repeats_byte_for_byte()
      throws Exception {
    Path network = network();
    Path scenario = Files.writeString(dir.resolve("hour.yaml"), HOUR);
    // the run is this thread's work (one thread executes every event): its CPU time, unlike the
    // wall time, does not depend on what else the machine is doing
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    String out = run(network, scenario, "first");
    long cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000_000L;
    assertThat(out).contains("all expectations met");
    assertThat(cpuSeconds).as("CPU seconds for one virtual hour").isLessThan(60);
    JsonNode root = new ObjectMapper().readTree(dir.resolve("first.json").toFile());
    assertThat(root.get("scenarios").get(0).get("attempted").asLong()).isEqualTo(3600);
    run(network, scenario, "second");
    assertThat(Files.mismatch(dir.resolve("first.json"), dir.resolve("second.json")))
        .isEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("first.pcap"), dir.resolve("second.pcap")))
        .isEqualTo(-1L);
  }
}
