package org.ss7sim.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.report.ScenarioResult;

/** A bench run's line says why attempts were lost, and nothing when none was. */
class MeasurementTest {
  private final Conditions conditions = Conditions.now("tcp", "memory", 0);

  @Test
  void lost_attempts_are_listed_by_cause() {
    ScenarioResult r = new ScenarioResult("sms-10000", "sms");
    for (int i = 0; i < 4; i++) {
      r.attempt(0);
    }
    r.success(0, 1_000_000);
    r.failure("timeout", 2_000_000);
    r.failure("submit_failed", 2_000_000);
    // the fourth attempt has no outcome at all
    Measurement m = new Measurement(r, 1_000_000, Duration.ofSeconds(1), conditions, List.of());
    assertThat(m.lost()).isEqualTo(3);
    assertThat(m.line()).endsWith(" | lost: no outcome=1 submit_failed=1 timeout=1");
  }

  @Test
  void a_run_that_lost_nothing_ends_with_its_cpu_figure() {
    ScenarioResult r = new ScenarioResult("sms-10", "sms");
    r.attempt(0);
    r.success(0, 1_000_000);
    Measurement m = new Measurement(r, 1_000_000, Duration.ofSeconds(1), conditions, List.of());
    assertThat(m.line()).endsWith("µs per success").doesNotContain("lost:");
  }
}
