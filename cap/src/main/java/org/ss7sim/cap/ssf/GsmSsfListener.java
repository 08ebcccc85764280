package org.ss7sim.cap.ssf;

import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.cap.message.ConnectArg;

/**
 * What the MSC hears from its gsmSSF about one call. Called on the TCAP stack's thread, after the
 * gsmSSF has applied the transition.
 */
public interface GsmSsfListener {
  /** Continue (connect null) or Connect: resume call processing. */
  void onResume(GsmSsfCall call, ConnectArg connect);

  /** ReleaseCall from the gsmSCF. */
  void onRelease(GsmSsfCall call, Cause cause);

  /** The gsmSCF failed or Tssf expired while the call was suspended: apply default handling. */
  void onDefaultCallHandling(GsmSsfCall call, GsmSsfConfig.DefaultCallHandling handling);

  /**
   * ApplyCharging: start (or restart) the call period of {@code
   * charging.charging().maxCallPeriodDuration()} (100 ms units) at answer, report it with {@link
   * GsmSsfCall#chargingReport}, and release when it runs out and {@code
   * releaseIfDurationExceeded()} is set.
   */
  default void onApplyCharging(GsmSsfCall call, ApplyChargingArg charging) {}
}
