package org.ss7sim.simulator.config.scenario;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every key a scenario file may contain, for documentation checks and completion. */
public final class ScenarioKeys {
  private ScenarioKeys() {}

  /** All keys, at any level, with the simulator's traffic kinds. */
  public static Set<String> all() {
    return all(TrafficKinds.installed());
  }

  /** All keys, at any level, with {@code kinds}. */
  public static Set<String> all(List<? extends TrafficKind> kinds) {
    Set<String> keys = new TreeSet<>();
    for (List<String> l :
        List.of(
            ScenarioReader.SCENARIO_KEYS,
            ScenarioReader.SOURCE_KEYS,
            ScenarioValues.RAMP_KEYS,
            ScenarioValues.STEPS_KEYS,
            ScenarioValues.STEP_KEYS,
            ScenarioValues.SELECTION_KEYS,
            ScenarioValues.HOLD_KEYS,
            ScenarioValues.EXPECT_KEYS,
            ScenarioValues.LATENCY_KEYS,
            ScenarioValues.BOUND_KEYS,
            ScenarioReader.EVENT_KEYS,
            ScenarioReader.CHECK_KEYS)) {
      keys.addAll(l);
    }
    for (TrafficKind k : kinds) {
      keys.addAll(k.keys());
    }
    return keys;
  }
}
