package org.ss7sim.m3ua.node;

import java.time.Duration;
import org.ss7sim.wire.time.TimerService;

/**
 * A token bucket on a node's clock: up to {@code burst} tokens, one more every {@code refill}. Each
 * ERR answer or refusal close spends one; with none left the answer is dropped (and counted), so a
 * misbehaving peer cannot make the node spend its time answering it (DESIGN §7). Owned by the
 * node's thread.
 */
final class TokenBucket {
  private final TimerService clock;
  private final int burst;
  private final long refillNanos;
  private double tokens;
  private long last;

  TokenBucket(TimerService clock, int burst, Duration refill) {
    this.clock = clock;
    this.burst = burst;
    this.refillNanos = Math.max(1, refill.toNanos());
    this.tokens = burst;
    this.last = clock.nanoTime();
  }

  /** Takes one token if there is one. */
  boolean take() {
    long now = clock.nanoTime();
    tokens = Math.min(burst, tokens + (double) (now - last) / refillNanos);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
