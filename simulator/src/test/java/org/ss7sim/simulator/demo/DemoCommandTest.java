package org.ss7sim.simulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.testkit.Tshark;

/**
 * {@code ss7sim demo} itself: the built-in network, every call and SMS case, exit 0 only with every
 * expectation met, the DESIGN.md §4 JSON, and a pcap tshark reads without a malformed frame.
 */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demo_runs_every_flow_and_exits_0_with_the_results_json_and_pcap() throws Exception {
    Path json = dir.resolve("demo.json");
    Path pcap = dir.resolve("demo.pcap");
    Path html = dir.resolve("demo.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "demo",
            "--calls",
            "10",
            "--sms",
            "10",
            "--json",
            json.toString(),
            "--pcap",
            pcap.toString(),
            "--report",
            html.toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("first call (call-1)", "first sms (sms-1)", "IAM cic=", "submit_sm")
        .contains("all expectations met");
    assertThat(err.toString()).contains("calls-answered");

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("ok").asBoolean()).isTrue();
    assertThat(root.get("scenarios")).hasSize(9);
    assertThat(root.get("scenarios").findValuesAsText("name")).contains("calls-mobile");
    for (JsonNode s : root.get("scenarios")) {
      assertThat(s.fieldNames())
          .toIterable()
          .contains("name", "kind", "attempted", "succeeded", "failed", "latency_ms", "rate_per_s");
      assertThat(s.get("latency_ms").fieldNames()).toIterable().contains("p50", "p99", "max");
      assertThat(s.get("attempted").asLong()).isPositive();
    }
    assertThat(html).isNotEmptyFile();

    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
    assertThat(String.join(" ", Tshark.protocols(pcap, List.of())))
        .contains("isup", "inap", "gsm_map", "smpp", "m3ua");
  }
}
