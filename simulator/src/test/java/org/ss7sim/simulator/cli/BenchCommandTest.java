package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke test of {@code bench}: one second at a tiny rate, so the command keeps working. */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void one_second_of_sms_at_a_tiny_rate_prints_conditions_and_writes_json_and_plot()
      throws Exception {
    Path json = dir.resolve("bench.json");
    Path svg = dir.resolve("bench.svg");
    Path html = dir.resolve("bench.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "bench",
            "sms",
            "--rate",
            "20",
            "--duration",
            "1s",
            "--warmup",
            "0",
            "--jit-warmup",
            "1s",
            "--json",
            json.toString(),
            "--plot",
            svg.toString(),
            "--report",
            html.toString());
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("bench sms on network bench")
        .contains("conditions: ")
        .containsPattern("JIT warm-up: 1 s at 10/s, the compiler (went quiet|still busy)")
        .contains(" cores, heap ")
        .containsPattern(" MB, GC (G1|Parallel|Serial|ZGC|Shenandoah), transport ")
        .contains("transport tcp, store embedded (journal + H2), load average ")
        .containsPattern("sms +asked +20\\.0/s attained +[0-9.]+/s \\| p50 ")
        .contains("attempted 20 lost 0");
    JsonNode s = new ObjectMapper().readTree(json.toFile()).get("scenarios").get(0);
    assertThat(s.get("name").asText()).isEqualTo("sms-at-20");
    assertThat(s.get("kind").asText()).isEqualTo("sms");
    assertThat(s.get("attempted").asLong()).isEqualTo(20);
    assertThat(s.get("succeeded").asLong()).isEqualTo(20);
    assertThat(s.get("asked_rate_per_s").asDouble()).isEqualTo(20.0);
    assertThat(s.get("latency_ms").has("p99_9")).isTrue();
    assertThat(s.get("latency_ms").get("p90").asDouble()).isPositive();
    assertThat(s.get("conditions").get("cores").asInt()).isPositive();
    assertThat(s.get("conditions").get("gc").asText()).isNotBlank();
    assertThat(Files.readString(svg)).startsWith("<svg").contains("p99").endsWith("</svg>\n");
    // The report carries the measured run and the bench network's nodes (drawn by its script).
    String report = Files.readString(html);
    assertThat(report).startsWith("<!DOCTYPE html>").contains("sms-at-20").contains("\"smsc\"");
  }

  @Test
  void find_max_runs_the_search_warms_each_new_rate_and_names_the_highest_rate_within()
      throws Exception {
    CommandLineTest.Run r =
        CommandLineTest.run(
            "bench",
            "sms",
            "--find-max",
            "--p99",
            "10s",
            "--rate",
            "6",
            "--max-runs",
            "2",
            "--duration",
            "1s",
            "--warmup",
            "0",
            "--jit-warmup",
            "1s");
    assertThat(r.exitCode()).as(r.out() + "\n" + r.err()).isZero();
    // two tiny runs, both far within a 10 s bound: 6/s, then doubled to 12/s, which is loaded
    // until the compiler is quiet (here: the 1 s bound) before it is measured
    String text = r.out();
    int first = text.indexOf("within  sms       asked      6.0/s");
    int warm = text.indexOf("JIT warm-up: 1 s at 12/s, the compiler ");
    int second = text.indexOf("within  sms       asked     12.0/s");
    assertThat(text)
        .containsPattern("JIT warm-up: 1 s at 3/s, the compiler (went quiet|still busy)");
    assertThat(first).as(text).isPositive();
    assertThat(warm).as(text).isGreaterThan(first);
    assertThat(second).as(text).isGreaterThan(warm);
    assertThat(text).contains("highest rate with p99 ≤ 10000.0 ms and nothing lost: 12/s");
  }

  @Test
  void an_unknown_kind_is_one_line_and_exit_2() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "bench", "fax");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("bench: unknown kind 'fax' (sms, calls, tollfree)");
  }
}
