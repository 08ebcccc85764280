package org.ss7sim.simulator.report;

/**
 * Serialises recording into a {@link ScenarioResult} from several node threads: each call takes the
 * result's monitor. Recording happens once per completed call or message, not per wire message.
 */
public final class ResultRecorder {
  private final ScenarioResult result;

  public ResultRecorder(ScenarioResult result) {
    this.result = result;
  }

  public ScenarioResult result() {
    return result;
  }

  public void attempt(long startNanos) {
    synchronized (result) {
      result.attempt(startNanos);
    }
  }

  public void success(long startNanos, long endNanos) {
    synchronized (result) {
      result.success(startNanos, endNanos);
    }
  }

  public void failure(String cause, long endNanos) {
    synchronized (result) {
      result.failure(cause, endNanos);
    }
  }
}
