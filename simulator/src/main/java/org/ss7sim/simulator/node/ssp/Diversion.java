package org.ss7sim.simulator.node.ssp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ss7sim.isup.parameter.IsupParameter;
import org.ss7sim.isup.parameter.NatureOfAddress;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.OriginalCalledNumber;
import org.ss7sim.isup.parameter.RedirectingNumber;
import org.ss7sim.isup.parameter.RedirectionInformation;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;

/**
 * The redirection parameters of the IAM a diverting exchange sends (ITU-T Q.732.2 §2.2.2, Q.763
 * §3.39 original called number, §3.44 redirecting number, §3.45 redirection information): what a
 * gateway MSC puts in the IAM of a call it forwards on the HLR's forwarding data, and what a
 * transit exchange passes on unchanged. Pure.
 */
public final class Diversion {
  /** Q.763 §3.45 redirecting indicator: call diverted. */
  public static final int CALL_DIVERTED = 3;

  /** Q.763 §3.45 redirecting indicator: call diverted, all redirection information restricted. */
  public static final int CALL_DIVERTED_RESTRICTED = 4;

  /** Q.732.2 §2.2.2.1: at most five diversions of one call. */
  public static final int MAX_REDIRECTIONS = 5;

  /** Q.763 §3.10 d presentation restricted indicator values. */
  private static final int PRESENTATION_ALLOWED = 0;

  private static final int PRESENTATION_RESTRICTED = 1;

  private Diversion() {}

  /**
   * Q.763 §3.45 redirecting reason for the HLR's forwarding reason (TS 29.002 §17.7.3
   * ForwardingOptions bits 4-3): unconditional 3, busy 1, no reply 2, not reachable 6 ("mobile
   * subscriber not reachable").
   */
  public static int redirectingReason(ExtendedRoutingInfo.ForwardingReason reason) {
    return switch (reason) {
      case UNCONDITIONAL -> 3;
      case BUSY -> 1;
      case NO_REPLY -> 2;
      case NOT_REACHABLE -> 6;
    };
  }

  /** The redirection parameters of a received IAM, to pass on (none: {@code NONE}). */
  public static OptionalParameters received(OptionalParameters iam) {
    List<IsupParameter> l = new ArrayList<>();
    for (IsupParameter p : iam.list()) {
      if (p instanceof RedirectingNumber
          || p instanceof RedirectionInformation
          || p instanceof OriginalCalledNumber) {
        l.add(p);
      }
    }
    return new OptionalParameters(l);
  }

  /**
   * The parameters for the IAM of a call diverted by {@code redirectingNumber} (the called
   * subscriber's MSISDN, international) after {@code forwarding}, given those the call already
   * carried ({@code before}, from an earlier diversion): redirecting number (this subscriber),
   * redirection information (call diverted; this reason; the first diversion's reason as original
   * reason; counter one more), original called number (the first diverted number, kept from an
   * earlier diversion). Empty when the call has been diverted {@link #MAX_REDIRECTIONS} times
   * already (Q.732.2 §2.2.2.1: the call is released).
   */
  public static Optional<OptionalParameters> divert(
      OptionalParameters before, String redirectingNumber, ForwardingData forwarding) {
    RedirectionInformation earlier = before.find(RedirectionInformation.class);
    int counter = earlier == null ? 1 : earlier.redirectionCounter() + 1;
    if (counter > MAX_REDIRECTIONS) {
      return Optional.empty();
    }
    int reason = redirectingReason(forwarding.reason());
    int original = earlier == null ? reason : earlier.originalRedirectionReason();
    int presentation =
        forwarding.presentationAllowed() ? PRESENTATION_ALLOWED : PRESENTATION_RESTRICTED;
    int indicator = forwarding.presentationAllowed() ? CALL_DIVERTED : CALL_DIVERTED_RESTRICTED;
    OriginalCalledNumber ocn = before.find(OriginalCalledNumber.class);
    if (ocn == null) {
      ocn =
          new OriginalCalledNumber(
              NatureOfAddress.INTERNATIONAL,
              NatureOfAddress.PLAN_ISDN,
              presentation,
              redirectingNumber);
    }
    return Optional.of(
        OptionalParameters.of(
            new RedirectingNumber(
                NatureOfAddress.INTERNATIONAL,
                NatureOfAddress.PLAN_ISDN,
                presentation,
                redirectingNumber),
            new RedirectionInformation(indicator | original << 4 | counter << 8 | reason << 12),
            ocn));
  }
}
