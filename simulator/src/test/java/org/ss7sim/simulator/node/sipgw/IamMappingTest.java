package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.NatureOfAddress;

/** INVITE ⇄ IAM address fields (Q.1912.5; TS 29.163 §7.2.3.1 and §7.2.3.2). */
class IamMappingTest {
  private static final NumberPlan PLAN = NumberPlanTest.GERMANY;

  private static IamMapping.Mapped mapped(SipParty invite) {
    return (IamMapping.Mapped) IamMapping.fromInvite(invite, PLAN);
  }

  @Nested
  class Invite_to_iam_ts29163_section_7_2_3_1 {
    @Test
    void called_number_is_the_request_uri_user_part() {
      SipParty invite = new SipParty("+4930123456", "alice", Optional.empty(), Set.of());

      assertThat(mapped(invite).called())
          .isEqualTo(new CalledPartyNumber(NatureOfAddress.NATIONAL, true, 1, "30123456"));
    }

    @Test
    void calling_number_from_p_asserted_identity_is_network_provided() {
      SipParty invite = new SipParty("030123456", "+4969000", Optional.of("+4969111"), Set.of());

      assertThat(mapped(invite).calling())
          .contains(new CallingPartyNumber(NatureOfAddress.NATIONAL, false, 1, 0, 3, "69111"));
    }

    @Test
    void calling_number_from_from_when_no_p_asserted_identity_is_user_provided() {
      SipParty invite = new SipParty("030123456", "+4969000", Optional.empty(), Set.of());

      assertThat(mapped(invite).calling())
          .contains(new CallingPartyNumber(NatureOfAddress.NATIONAL, false, 1, 0, 0, "69000"));
    }

    @Test
    void privacy_id_restricts_presentation() {
      SipParty invite =
          new SipParty("030123456", "anonymous", Optional.of("+4969111"), Set.of("id"));

      assertThat(mapped(invite).calling().orElseThrow().presentation())
          .isEqualTo(IamMapping.PRESENTATION_RESTRICTED);
      assertThat(mapped(invite).calling().orElseThrow().digits()).isEqualTo("69111");
    }

    @Test
    void anonymous_from_without_p_asserted_identity_is_address_not_available() {
      SipParty invite = new SipParty("030123456", "anonymous", Optional.empty(), Set.of());

      CallingPartyNumber cgpn = mapped(invite).calling().orElseThrow();
      assertThat(cgpn.presentation()).isEqualTo(IamMapping.ADDRESS_NOT_AVAILABLE);
      assertThat(cgpn.digits()).isEmpty();
    }

    @Test
    void request_uri_that_is_not_a_number_is_refused_with_484_cause_28() {
      SipParty invite = new SipParty("alice", "bob", Optional.empty(), Set.of());

      assertThat(IamMapping.fromInvite(invite, PLAN))
          .isEqualTo(new IamMapping.Refused(484, CauseValue.INVALID_NUMBER_FORMAT));
    }
  }

  @Nested
  class Iam_to_invite_ts29163_section_7_2_3_2 {
    @Test
    void calling_number_becomes_p_asserted_identity_and_from() {
      SipParty p =
          IamMapping.toInvite(
              IsupAddress.national("30123456"),
              Optional.of(CallingPartyNumber.national("69111")),
              PLAN);

      assertThat(p)
          .isEqualTo(new SipParty("+4930123456", "+4969111", Optional.of("+4969111"), Set.of()));
    }

    @Test
    void restricted_presentation_gives_privacy_id_and_anonymous_from() {
      CallingPartyNumber restricted =
          new CallingPartyNumber(NatureOfAddress.NATIONAL, false, 1, 1, 3, "69111");

      SipParty p =
          IamMapping.toInvite(IsupAddress.national("30123456"), Optional.of(restricted), PLAN);

      assertThat(p)
          .isEqualTo(
              new SipParty("+4930123456", "anonymous", Optional.of("+4969111"), Set.of("id")));
    }

    @Test
    void no_calling_number_gives_anonymous_from_and_no_p_asserted_identity() {
      SipParty p = IamMapping.toInvite(IsupAddress.national("30123456"), Optional.empty(), PLAN);

      assertThat(p).isEqualTo(new SipParty("+4930123456", "anonymous", Optional.empty(), Set.of()));
    }
  }
}
