package org.ss7sim.tcap;

import java.time.Duration;
import org.ss7sim.sccp.ProtocolClass;

/**
 * Settings of a {@link TcapStack}.
 *
 * @param maxDialogues open dialogues allowed; a Begin beyond it is answered with a P-Abort
 *     (resourceLimitation) and {@link TcapStack#newDialogue} refuses
 * @param idleTimeout a dialogue with no message sent or received for this long is aborted
 * @param defaultInvokeTimeout invocation timer when the TC-user gives none
 * @param protocolClass SCCP class for dialogue messages (class 1 keeps them in sequence)
 * @param returnOnError ask SCCP to return undeliverable messages (gives TC-NOTICE)
 * @param timerTick granularity of the dialogue and invocation timers
 */
public record TcapConfig(
    int maxDialogues,
    Duration idleTimeout,
    Duration defaultInvokeTimeout,
    ProtocolClass protocolClass,
    boolean returnOnError,
    Duration timerTick) {
  public TcapConfig {
    if (maxDialogues < 1) {
      throw new IllegalArgumentException("maxDialogues must be positive: " + maxDialogues);
    }
    java.util.Objects.requireNonNull(idleTimeout, "idleTimeout");
    java.util.Objects.requireNonNull(defaultInvokeTimeout, "defaultInvokeTimeout");
    java.util.Objects.requireNonNull(protocolClass, "protocolClass");
    if (timerTick.isNegative() || timerTick.isZero()) {
      throw new IllegalArgumentException("timerTick must be positive");
    }
  }

  /**
   * 1,000,000 dialogues, 60 s idle timeout, 30 s invocation timer, class 1, return on error, 100 ms
   * tick.
   */
  public static TcapConfig defaults() {
    return new TcapConfig(
        1_000_000,
        Duration.ofSeconds(60),
        Duration.ofSeconds(30),
        ProtocolClass.CLASS_1,
        true,
        Duration.ofMillis(100));
  }

  public TcapConfig withMaxDialogues(int n) {
    return new TcapConfig(
        n, idleTimeout, defaultInvokeTimeout, protocolClass, returnOnError, timerTick);
  }

  public TcapConfig withIdleTimeout(Duration d) {
    return new TcapConfig(
        maxDialogues, d, defaultInvokeTimeout, protocolClass, returnOnError, timerTick);
  }
}
