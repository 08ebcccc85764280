package org.ss7sim.isup.call;

import java.time.Duration;

/**
 * When the events of one call happened, in {@link org.ss7sim.wire.time.TimerService#nanoTime()}
 * units; -1 for an event that did not happen.
 */
public record CallTiming(long setupNanos, long alertingNanos, long answerNanos, long releaseNanos) {
  /** Set-up to ACM (post-dial delay), or null. */
  public Duration postDialDelay() {
    return alertingNanos < 0 ? null : Duration.ofNanos(alertingNanos - setupNanos);
  }

  /** Set-up to answer, or null. */
  public Duration setupToAnswer() {
    return answerNanos < 0 ? null : Duration.ofNanos(answerNanos - setupNanos);
  }

  /** Answer to release (the conversation time), or null when never answered. */
  public Duration holdTime() {
    return answerNanos < 0 || releaseNanos < 0
        ? null
        : Duration.ofNanos(releaseNanos - answerNanos);
  }

  /** Set-up to release. */
  public Duration total() {
    return releaseNanos < 0 ? null : Duration.ofNanos(releaseNanos - setupNanos);
  }
}
