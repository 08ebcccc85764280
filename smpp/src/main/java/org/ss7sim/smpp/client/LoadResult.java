package org.ss7sim.smpp.client;

import java.util.Map;

/**
 * The outcome of a rate-driven submit run.
 *
 * @param accepted submit_sm_resp with status OK
 * @param rejected by command_status name (or "timeout", "closed")
 * @param elapsedNanos from the first submit to the last response
 */
public record LoadResult(int accepted, Map<String, Integer> rejected, long elapsedNanos) {
  public LoadResult {
    rejected = Map.copyOf(rejected);
  }

  public int completed() {
    return accepted + rejected.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Responses per second over the run. */
  public double perSecond() {
    return elapsedNanos == 0 ? 0 : completed() * 1e9 / elapsedNanos;
  }
}
