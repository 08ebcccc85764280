package org.ss7sim.transport.injvm;

import java.time.Duration;

/**
 * Faults injected into in-JVM deliveries: a fixed one-way delay (which keeps order) and a loss
 * probability per message drawn from a seeded generator (reproducible).
 */
public record InJvmFaults(Duration delay, double lossProbability, long seed) {
  public static final InJvmFaults NONE = new InJvmFaults(Duration.ZERO, 0.0, 1L);

  public InJvmFaults {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay");
    }
    if (lossProbability < 0.0 || lossProbability > 1.0) {
      throw new IllegalArgumentException("loss probability out of [0,1]: " + lossProbability);
    }
  }
}
