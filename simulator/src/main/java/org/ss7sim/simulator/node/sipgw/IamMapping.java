package org.ss7sim.simulator.node.sipgw;

import java.util.Optional;
import java.util.Set;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.NatureOfAddress;

/**
 * INVITE ⇄ IAM address fields: ITU-T Q.1912.5 (incoming SIP: IAM sent; incoming ISUP: INVITE sent)
 * and 3GPP TS 29.163 §7.2.3.1 (SIP to ISUP at the I-MGCF) and §7.2.3.2 (ISUP to SIP at the O-MGCF).
 * Profile C: no encapsulated ISUP, en-bloc only (the INVITE is complete, so the IAM is too).
 */
public final class IamMapping {
  /** Presentation indicator values of Q.763 §3.10 e. */
  public static final int PRESENTATION_ALLOWED = 0;

  public static final int PRESENTATION_RESTRICTED = 1;
  public static final int ADDRESS_NOT_AVAILABLE = 2;

  /** Screening indicator values of Q.763 §3.10 f. */
  public static final int USER_PROVIDED_NOT_VERIFIED = 0;

  public static final int NETWORK_PROVIDED = 3;

  private IamMapping() {}

  /** The IAM address fields of an INVITE, or why the INVITE is refused. */
  public sealed interface Iam {}

  /**
   * The INVITE maps to an IAM.
   *
   * @param called the called party number (Q.763 §3.9), INN not allowed, ISDN plan
   * @param calling the calling party number (Q.763 §3.10), when there is one to send
   */
  public record Mapped(CalledPartyNumber called, Optional<CallingPartyNumber> calling)
      implements Iam {}

  /** No IAM: answer the INVITE with {@code status} and {@code Reason: Q.850;cause=N}. */
  public record Refused(int status, CauseValue cause) implements Iam {}

  /**
   * INVITE → IAM.
   *
   * <ul>
   *   <li>Called party number: the Request-URI user part, normalised ({@link NumberPlan}); not a
   *       number → 484 Address Incomplete, cause 28 (invalid number format).
   *   <li>Calling party number: from P-Asserted-Identity, screening "network provided" (TS 29.163
   *       §7.2.3.1.2.6 "Calling party number", Q.1912.5 §6.1 "Sending of IAM"); without it, from
   *       the From user part, screening "user provided, not verified" (a simulator option; the spec
   *       would send a network default instead); none usable → "address not available".
   *   <li>Presentation: {@code Privacy: id} (or {@code header}/{@code user}) → restricted; an
   *       anonymous From without P-Asserted-Identity → address not available (RFC 3323 §4.1).
   * </ul>
   */
  public static Iam fromInvite(SipParty invite, NumberPlan plan) {
    Optional<IsupAddress> called = plan.toIsup(invite.requestUser());
    if (called.isEmpty()) {
      return new Refused(484, CauseValue.INVALID_NUMBER_FORMAT);
    }
    CalledPartyNumber cdpn =
        new CalledPartyNumber(
            called.get().natureOfAddress(), true, NatureOfAddress.PLAN_ISDN, called.get().digits());
    return new Mapped(cdpn, calling(invite, plan));
  }

  private static Optional<CallingPartyNumber> calling(SipParty invite, NumberPlan plan) {
    int presentation =
        restricted(invite.privacy()) ? PRESENTATION_RESTRICTED : PRESENTATION_ALLOWED;
    Optional<IsupAddress> asserted = invite.assertedUser().flatMap(plan::toIsup);
    if (asserted.isPresent()) {
      return Optional.of(number(asserted.get(), presentation, NETWORK_PROVIDED));
    }
    if (!invite.anonymousFrom()) {
      Optional<IsupAddress> from = plan.toIsup(invite.fromUser());
      if (from.isPresent()) {
        return Optional.of(number(from.get(), presentation, USER_PROVIDED_NOT_VERIFIED));
      }
    }
    // Q.763 §3.10: address not available: no digits, nature of address and plan spare
    return Optional.of(
        new CallingPartyNumber(0, false, 0, ADDRESS_NOT_AVAILABLE, NETWORK_PROVIDED, ""));
  }

  private static CallingPartyNumber number(IsupAddress a, int presentation, int screening) {
    return new CallingPartyNumber(
        a.natureOfAddress(), false, NatureOfAddress.PLAN_ISDN, presentation, screening, a.digits());
  }

  private static boolean restricted(Set<String> privacy) {
    return privacy.contains("id") || privacy.contains("header") || privacy.contains("user");
  }

  /**
   * IAM → INVITE identities (Q.1912.5, TS 29.163 §7.2.3.2): Request-URI user from the called party
   * number; the calling party number becomes P-Asserted-Identity; a restricted presentation adds
   * {@code Privacy: id} and makes the From anonymous; no calling number or "address not available"
   * gives an anonymous From and no P-Asserted-Identity.
   */
  public static SipParty toInvite(
      IsupAddress called, Optional<CallingPartyNumber> calling, NumberPlan plan) {
    String requestUser = plan.toSip(called);
    if (calling.isEmpty()
        || calling.get().presentation() == ADDRESS_NOT_AVAILABLE
        || calling.get().digits().isEmpty()) {
      return new SipParty(requestUser, SipParty.ANONYMOUS, Optional.empty(), Set.of());
    }
    CallingPartyNumber cgpn = calling.get();
    String user = plan.toSip(new IsupAddress(cgpn.natureOfAddress(), cgpn.digits()));
    if (cgpn.presentation() == PRESENTATION_RESTRICTED) {
      return new SipParty(requestUser, SipParty.ANONYMOUS, Optional.of(user), Set.of("id"));
    }
    return new SipParty(requestUser, user, Optional.of(user), Set.of());
  }
}
