package org.ss7sim.inap.ssf;

import java.time.Duration;
import org.ss7sim.inap.InapApplicationContext;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Settings of an {@link SsfService}.
 *
 * @param localAddress the SSF's own SCCP address (calling address of the queries)
 * @param applicationContext the context proposed in the TC-BEGIN
 * @param responseTimeout how long to wait for an instruction (the SSF timer Tssf)
 * @param timeoutCause the cause of the release when Tssf runs out
 * @param failureCause the cause of the release after an error, reject or abort from the SCF
 * @param invokeTimeout the invocation timer of the operations the SSF sends (class 2)
 */
public record SsfConfig(
    SccpAddress localAddress,
    ObjectIdentifier applicationContext,
    Duration responseTimeout,
    Cause timeoutCause,
    Cause failureCause,
    Duration invokeTimeout) {
  public SsfConfig {
    java.util.Objects.requireNonNull(localAddress, "localAddress");
    java.util.Objects.requireNonNull(applicationContext, "applicationContext");
    java.util.Objects.requireNonNull(timeoutCause, "timeoutCause");
    java.util.Objects.requireNonNull(failureCause, "failureCause");
    if (responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("responseTimeout must be positive");
    }
  }

  /**
   * Core INAP CS-1 SSP-to-SCP context, Tssf 10 s, release with cause 102 (recovery on timer expiry)
   * on timeout and 41 (temporary failure) on SCF failures.
   */
  public static SsfConfig defaults(SccpAddress localAddress) {
    return new SsfConfig(
        localAddress,
        InapApplicationContext.CORE_INAP_CS1_SSP_TO_SCP,
        Duration.ofSeconds(10),
        Cause.of(Cause.RECOVERY_ON_TIMER_EXPIRY),
        Cause.of(Cause.TEMPORARY_FAILURE),
        Duration.ofSeconds(10));
  }

  public SsfConfig withResponseTimeout(Duration d) {
    return new SsfConfig(
        localAddress, applicationContext, d, timeoutCause, failureCause, invokeTimeout);
  }

  public SsfConfig withTimeoutCause(Cause c) {
    return new SsfConfig(
        localAddress, applicationContext, responseTimeout, c, failureCause, invokeTimeout);
  }
}
