package org.ss7sim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {
  @Test
  void results_object_has_the_keys_of_design_section_4(@TempDir Path dir) throws Exception {
    ScenarioResult sms = new ScenarioResult("mt-sms", "sms");
    for (int i = 0; i < 100; i++) {
      long start = i * 10_000_000L;
      sms.attempt(start);
      if (i < 98) {
        sms.success(start, start + (i + 1) * 1_000_000L); // 1..98 ms
      } else {
        sms.failure("absentSubscriberSM", start + 5_000_000L);
      }
    }
    Path file = dir.resolve("r.json");
    ResultsJson.write(file, false, List.of(sms));
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.get("ok").asBoolean()).isFalse();
    JsonNode s = root.get("scenarios").get(0);
    assertThat(s.get("name").asText()).isEqualTo("mt-sms");
    assertThat(s.get("kind").asText()).isEqualTo("sms");
    assertThat(s.get("attempted").asLong()).isEqualTo(100);
    assertThat(s.get("succeeded").asLong()).isEqualTo(98);
    assertThat(s.get("failed").get("absentSubscriberSM").asLong()).isEqualTo(2);
    assertThat(s.get("latency_ms").get("p50").asDouble()).isBetween(48.9, 49.1);
    assertThat(s.get("latency_ms").get("p99").asDouble()).isBetween(97.9, 98.1);
    assertThat(s.get("latency_ms").get("max").asDouble()).isBetween(97.9, 98.1);
    // 100 completions between t=0 and the last end: attempt 97 started at 970 ms, took 98 ms
    assertThat(s.get("rate_per_s").asDouble()).isBetween(100 / 1.0681, 100 / 1.0679);
  }

  @Test
  void a_scenario_with_no_success_reports_zero_latency_and_rate() {
    ScenarioResult r = new ScenarioResult("none", "call");
    JsonNode s = ResultsJson.toJson(true, List.of(r)).get("scenarios").get(0);
    assertThat(s.get("latency_ms").get("p50").asDouble()).isZero();
    assertThat(s.get("rate_per_s").asDouble()).isZero();
    assertThat(s.get("failed").isEmpty()).isTrue();
  }
}
