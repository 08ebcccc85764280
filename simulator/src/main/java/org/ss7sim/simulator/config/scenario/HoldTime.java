package org.ss7sim.simulator.config.scenario;

import java.time.Duration;

/** How long an answered call is held before the caller releases. */
public sealed interface HoldTime {
  /** Always {@code duration}. */
  record Fixed(Duration duration) implements HoldTime {}

  /** Uniformly between {@code min} and {@code max}. */
  record Uniform(Duration min, Duration max) implements HoldTime {}

  /** Exponentially distributed with this mean (the classic telephony assumption). */
  record Exponential(Duration mean) implements HoldTime {}
}
