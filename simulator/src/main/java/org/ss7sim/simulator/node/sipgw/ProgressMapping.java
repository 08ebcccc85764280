package org.ss7sim.simulator.node.sipgw;

import java.util.OptionalInt;
import org.ss7sim.isup.parameter.EventInformation;

/**
 * Backward call progress ⇄ provisional responses (Q.1912.5, both directions; TS 29.163 §7.2.3.1 for
 * calls from SIP, §7.2.3.2 for calls to SIP).
 */
public final class ProgressMapping {
  /** Called party's status indicator of the BCI (Q.763 §3.5 c). */
  public static final int NO_INDICATION = 0;

  public static final int SUBSCRIBER_FREE = 1;

  private ProgressMapping() {}

  /**
   * ACM → 180 Ringing when the called party is free (being alerted), else 183 Session Progress
   * (Q.1912.5 §6.5 "Receipt of ACM"; TS 29.163 §7.2.3.1.4 "Sending of 180 ringing", §7.2.3.1.4A
   * "Sending of 183 Session Progress").
   */
  public static int statusForAcm(int calledPartyStatus) {
    return calledPartyStatus == SUBSCRIBER_FREE ? 180 : 183;
  }

  /**
   * CPG → 180 for "alerting", 183 for "progress" and "in-band information available"; other events
   * (call forwarding) send nothing (Q.1912.5 §6.6 "Receipt of CPG"; TS 29.163 §7.2.3.1.4,
   * §7.2.3.1.4A).
   */
  public static OptionalInt statusForCpg(int event) {
    return switch (event) {
      case EventInformation.ALERTING -> OptionalInt.of(180);
      case EventInformation.PROGRESS, EventInformation.INBAND_INFORMATION -> OptionalInt.of(183);
      default -> OptionalInt.empty();
    };
  }

  /**
   * 180 → ACM with "subscriber free"; 183 → ACM with "no indication" (Q.1912.5 §7.3 "Receipt of 18X
   * response"; TS 29.163 §7.2.3.2 "Sending of ACM and awaiting answer indication", "Coding of the
   * ACM").
   */
  public static int calledPartyStatusFor(int provisionalStatus) {
    return provisionalStatus == 180 ? SUBSCRIBER_FREE : NO_INDICATION;
  }

  /**
   * After the ACM: 180 → CPG "alerting"; 183 → CPG "progress" (TS 29.163 §7.2.3.2 "Sending of the
   * Call Progress message (CPG)", "Coding of the CPG").
   */
  public static int cpgEventFor(int provisionalStatus) {
    return provisionalStatus == 180 ? EventInformation.ALERTING : EventInformation.PROGRESS;
  }
}
