package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.ANSWERED;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.IDLE;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.ISUP_EARLY;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.ISUP_SETUP;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.RELEASED;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.SIP_EARLY;
import static org.ss7sim.simulator.node.sipgw.SipIsupCall.State.SIP_SETUP;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.Action;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.Event;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.Kind;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.Outcome;
import org.ss7sim.simulator.node.sipgw.SipIsupCall.State;

/** The interworking machine of one call: every state × event, then the flows, row by row. */
class SipIsupCallTest {
  private static final SipIsupCall MACHINE = new SipIsupCall(NumberPlan.plain());
  private static final SipParty CALLER =
      new SipParty("9992021000", "sipp", Optional.of("4930123"), Set.of());

  /** One event of each kind. */
  private static final Map<Kind, Event> SAMPLE =
      Map.ofEntries(
          Map.entry(Kind.INVITE, new SipIsupCall.Invite(CALLER)),
          Map.entry(Kind.PROVISIONAL, new SipIsupCall.Provisional(180)),
          Map.entry(Kind.OK, new SipIsupCall.Ok()),
          Map.entry(Kind.REJECTED, new SipIsupCall.Rejected(486, OptionalInt.empty())),
          Map.entry(Kind.BYE, new SipIsupCall.Bye(OptionalInt.empty())),
          Map.entry(Kind.CANCEL, new SipIsupCall.Cancel(OptionalInt.empty())),
          Map.entry(
              Kind.IAM,
              new SipIsupCall.Iam(
                  IsupAddress.national("9992021000"),
                  Optional.of(CallingPartyNumber.national("30123")))),
          Map.entry(Kind.ACM, new SipIsupCall.Acm(ProgressMapping.SUBSCRIBER_FREE)),
          Map.entry(Kind.CPG, new SipIsupCall.Cpg(EventInformation.ALERTING)),
          Map.entry(Kind.ANSWER, new SipIsupCall.Answer()),
          Map.entry(Kind.REL, new SipIsupCall.Rel(CauseValue.USER_BUSY)));

  static Stream<Arguments> everyStateAndKind() {
    return Stream.of(State.values())
        .flatMap(s -> Stream.of(Kind.values()).map(k -> Arguments.of(s, k)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("everyStateAndKind")
  void every_event_is_either_handled_or_unexpected_as_the_table_says(State state, Kind kind) {
    Outcome o = MACHINE.handle(state, SAMPLE.get(kind));

    if (SipIsupCall.allowed(state, kind)) {
      assertThat(o.unexpected()).isFalse();
      assertThat(o.actions()).isNotEmpty();
    } else {
      assertThat(o).isEqualTo(new Outcome(state, List.of(), true));
    }
  }

  @Test
  void released_accepts_nothing_and_every_other_state_accepts_a_release() {
    for (Kind k : Kind.values()) {
      assertThat(SipIsupCall.allowed(RELEASED, k)).isFalse();
    }
    for (State s : List.of(SIP_SETUP, SIP_EARLY, ISUP_SETUP, ISUP_EARLY, ANSWERED)) {
      assertThat(SipIsupCall.allowed(s, Kind.REL)).as(s.name()).isTrue();
    }
  }

  private static void row(State from, Event event, State to, Action... actions) {
    assertThat(MACHINE.handle(from, event)).isEqualTo(new Outcome(to, List.of(actions), false));
  }

  @Nested
  class Call_from_sip_ts29163_section_7_2_3_1 {
    @Test
    void invite_places_the_isup_call() {
      row(
          IDLE,
          new SipIsupCall.Invite(CALLER),
          SIP_SETUP,
          new SipIsupCall.PlaceIsupCall(
              new CalledPartyNumber(3, true, 1, "9992021000"),
              Optional.of(new CallingPartyNumber(3, false, 1, 0, 3, "4930123"))));
    }

    @Test
    void invite_with_no_number_is_rejected_484() {
      row(
          IDLE,
          new SipIsupCall.Invite(new SipParty("alice", "bob", Optional.empty(), Set.of())),
          RELEASED,
          new SipIsupCall.SipReject(484, CauseValue.INVALID_NUMBER_FORMAT));
    }

    @Test
    void acm_subscriber_free_sends_180_and_acm_no_indication_183() {
      row(SIP_SETUP, new SipIsupCall.Acm(1), SIP_EARLY, new SipIsupCall.SipProgress(180));
      row(SIP_SETUP, new SipIsupCall.Acm(0), SIP_EARLY, new SipIsupCall.SipProgress(183));
    }

    @Test
    void cpg_alerting_after_acm_sends_180_and_forwarding_events_send_nothing() {
      row(SIP_EARLY, new SipIsupCall.Cpg(1), SIP_EARLY, new SipIsupCall.SipProgress(180));
      assertThat(MACHINE.handle(SIP_EARLY, new SipIsupCall.Cpg(4)))
          .isEqualTo(new Outcome(SIP_EARLY, List.of(), false));
    }

    @Test
    void anm_sends_200() {
      row(SIP_EARLY, new SipIsupCall.Answer(), ANSWERED, new SipIsupCall.SipAnswer());
      row(SIP_SETUP, new SipIsupCall.Answer(), ANSWERED, new SipIsupCall.SipAnswer());
    }

    @Test
    void rel_before_answer_rejects_with_the_mapped_status_and_reason() {
      row(
          SIP_EARLY,
          new SipIsupCall.Rel(CauseValue.USER_BUSY),
          RELEASED,
          new SipIsupCall.SipReject(486, CauseValue.USER_BUSY));
      row(
          SIP_SETUP,
          new SipIsupCall.Rel(CauseValue.UNALLOCATED_NUMBER),
          RELEASED,
          new SipIsupCall.SipReject(404, CauseValue.UNALLOCATED_NUMBER));
    }

    @Test
    void cancel_releases_with_31_or_the_reason_cause() {
      row(
          SIP_EARLY,
          new SipIsupCall.Cancel(OptionalInt.empty()),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.NORMAL_UNSPECIFIED));
      row(
          SIP_SETUP,
          new SipIsupCall.Cancel(OptionalInt.of(19)),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.NO_ANSWER));
    }
  }

  @Nested
  class Call_to_sip_ts29163_section_7_2_3_2 {
    @Test
    void iam_sends_the_invite() {
      row(
          IDLE,
          SAMPLE.get(Kind.IAM),
          ISUP_SETUP,
          new SipIsupCall.SendInvite(
              new SipParty("9992021000", "30123", Optional.of("30123"), Set.of())));
    }

    @Test
    void first_180_sends_acm_subscriber_free_then_cpg_alerting() {
      row(
          ISUP_SETUP,
          new SipIsupCall.Provisional(180),
          ISUP_EARLY,
          new SipIsupCall.IsupAddressComplete(1));
      row(
          ISUP_EARLY,
          new SipIsupCall.Provisional(180),
          ISUP_EARLY,
          new SipIsupCall.IsupProgress(EventInformation.ALERTING));
    }

    @Test
    void first_183_sends_acm_no_indication_then_cpg_progress() {
      row(
          ISUP_SETUP,
          new SipIsupCall.Provisional(183),
          ISUP_EARLY,
          new SipIsupCall.IsupAddressComplete(0));
      row(
          ISUP_EARLY,
          new SipIsupCall.Provisional(183),
          ISUP_EARLY,
          new SipIsupCall.IsupProgress(EventInformation.PROGRESS));
    }

    @Test
    void ok_200_answers_the_isup_call() {
      row(ISUP_EARLY, new SipIsupCall.Ok(), ANSWERED, new SipIsupCall.IsupAnswer());
      row(ISUP_SETUP, new SipIsupCall.Ok(), ANSWERED, new SipIsupCall.IsupAnswer());
    }

    @Test
    void final_error_releases_with_the_mapped_cause() {
      row(
          ISUP_EARLY,
          new SipIsupCall.Rejected(486, OptionalInt.empty()),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.USER_BUSY));
      row(
          ISUP_SETUP,
          new SipIsupCall.Rejected(404, OptionalInt.empty()),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.UNALLOCATED_NUMBER));
      row(
          ISUP_SETUP,
          new SipIsupCall.Rejected(408, OptionalInt.empty()),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.RECOVERY_ON_TIMER_EXPIRY));
    }

    @Test
    void rel_before_answer_cancels_the_invite_with_the_cause() {
      row(
          ISUP_EARLY,
          new SipIsupCall.Rel(CauseValue.NORMAL_CLEARING),
          RELEASED,
          new SipIsupCall.SipHangUp(CauseValue.NORMAL_CLEARING));
    }
  }

  @Nested
  class Answered_call {
    @Test
    void bye_releases_with_16_or_the_reason_cause() {
      row(
          ANSWERED,
          new SipIsupCall.Bye(OptionalInt.empty()),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.NORMAL_CLEARING));
      row(
          ANSWERED,
          new SipIsupCall.Bye(OptionalInt.of(31)),
          RELEASED,
          new SipIsupCall.IsupRelease(CauseValue.NORMAL_UNSPECIFIED));
    }

    @Test
    void rel_sends_bye_with_the_cause() {
      row(
          ANSWERED,
          new SipIsupCall.Rel(CauseValue.NORMAL_CLEARING),
          RELEASED,
          new SipIsupCall.SipHangUp(CauseValue.NORMAL_CLEARING));
    }

    @Test
    void a_late_provisional_or_acm_is_unexpected() {
      assertThat(MACHINE.handle(ANSWERED, new SipIsupCall.Provisional(180)).unexpected()).isTrue();
      assertThat(MACHINE.handle(ANSWERED, new SipIsupCall.Acm(1)).unexpected()).isTrue();
    }
  }
}
