package org.ss7sim.cap.ssf;

import java.time.Duration;
import org.ss7sim.cap.CapApplicationContext;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * Settings of a {@link GsmSsfService}.
 *
 * @param localAddress the gsmSSF's own SCCP address (calling address of InitialDP)
 * @param applicationContext the context proposed in the TC-BEGIN
 * @param tssf how long to wait for instructions (the gsmSSF timer Tssf, TS 29.078 §4.1.1.2.2)
 * @param defaultCallHandling what to do with the call when the gsmSCF fails or Tssf expires (the
 *     CSI's default call handling, TS 23.078 §4.2.1.1)
 * @param invokeTimeout the invocation timer of the class 2 operations the gsmSSF sends
 */
public record GsmSsfConfig(
    SccpAddress localAddress,
    ObjectIdentifier applicationContext,
    Duration tssf,
    DefaultCallHandling defaultCallHandling,
    Duration invokeTimeout) {
  /** The CSI's default call handling. */
  public enum DefaultCallHandling {
    /** continueCall(0): proceed as if there were no CSI. */
    CONTINUE,
    /** releaseCall(1): release with cause 31 (normal, unspecified). */
    RELEASE
  }

  /** The cause of a release by default call handling. */
  public static final Cause DEFAULT_RELEASE_CAUSE = Cause.of(Cause.NORMAL_UNSPECIFIED);

  public GsmSsfConfig {
    java.util.Objects.requireNonNull(localAddress, "localAddress");
    java.util.Objects.requireNonNull(applicationContext, "applicationContext");
    java.util.Objects.requireNonNull(defaultCallHandling, "defaultCallHandling");
    if (tssf.isNegative() || tssf.isZero()) {
      throw new IllegalArgumentException("Tssf must be positive");
    }
  }

  /** CAP v2 call control, Tssf 10 s, default call handling release. */
  public static GsmSsfConfig defaults(SccpAddress localAddress) {
    return new GsmSsfConfig(
        localAddress,
        CapApplicationContext.CAP_V2_GSMSSF_TO_GSMSCF,
        Duration.ofSeconds(10),
        DefaultCallHandling.RELEASE,
        Duration.ofSeconds(10));
  }

  public GsmSsfConfig withDefaultCallHandling(DefaultCallHandling d) {
    return new GsmSsfConfig(localAddress, applicationContext, tssf, d, invokeTimeout);
  }
}
