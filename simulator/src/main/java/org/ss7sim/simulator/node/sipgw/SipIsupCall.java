package org.ss7sim.simulator.node.sipgw;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CauseValue;

/**
 * The interworking state machine of one gateway call, from either side (Q.1912.5; TS 29.163
 * §7.2.3.1 for calls from SIP, §7.2.3.2 for calls to SIP). Pure: {@link #handle} returns the next
 * state and the actions, which are requests of the sip module's {@code SipCalls} and the isup
 * module's {@code CallControl}; the node's shell carries them out. Both protocol stacks run their
 * own machines (SIP transactions and dialogs, ISUP call control with REL/RLC and timers); this one
 * only keeps the two halves of a call in step.
 *
 * <pre>
 *            INVITE                          IAM
 *   IDLE ───────────► SIP_SETUP      IDLE ───────────► ISUP_SETUP
 *                       │ ACM/CPG                        │ 180/183
 *                       ▼                                ▼
 *                     SIP_EARLY                       ISUP_EARLY
 *                       │ ANM/CON                        │ 200
 *                       └──────────► ANSWERED ◄──────────┘
 *   any of them ── REL / BYE / CANCEL / final error ──► RELEASED
 * </pre>
 */
public final class SipIsupCall {
  /** States of the call, named for the side that originated it. */
  public enum State {
    /** Nothing yet. */
    IDLE,
    /** INVITE received, IAM sent, no backward message yet. */
    SIP_SETUP,
    /** 180/183 sent after ACM or CPG. */
    SIP_EARLY,
    /** IAM received, INVITE sent, no provisional response yet. */
    ISUP_SETUP,
    /** ACM sent after 180/183. */
    ISUP_EARLY,
    /** Answered on both sides. */
    ANSWERED,
    /** Released on both sides (each stack finishes its own clearing). */
    RELEASED
  }

  /** Event kinds, grouped by source: the SIP side, then the ISUP side. */
  public enum Kind {
    INVITE,
    PROVISIONAL,
    OK,
    REJECTED,
    BYE,
    CANCEL,
    IAM,
    ACM,
    CPG,
    ANSWER,
    REL
  }

  /** What happened on one side of the call. */
  public sealed interface Event {
    Kind kind();
  }

  /** SIP: an INVITE arrived (the sip module's incoming call). */
  public record Invite(SipParty party) implements Event {
    public Kind kind() {
      return Kind.INVITE;
    }
  }

  /** SIP: 180 or 183 received for our INVITE. */
  public record Provisional(int status) implements Event {
    public Provisional {
      if (status != 180 && status != 183) {
        throw new IllegalArgumentException("provisional status must be 180 or 183: " + status);
      }
    }

    public Kind kind() {
      return Kind.PROVISIONAL;
    }
  }

  /** SIP: 200 OK received for our INVITE. */
  public record Ok() implements Event {
    public Kind kind() {
      return Kind.OK;
    }
  }

  /** SIP: a final 3xx–6xx (or 408 for a transaction timeout) for our INVITE. */
  public record Rejected(int status, OptionalInt reasonCause) implements Event {
    public Kind kind() {
      return Kind.REJECTED;
    }
  }

  /** SIP: BYE received. */
  public record Bye(OptionalInt reasonCause) implements Event {
    public Kind kind() {
      return Kind.BYE;
    }
  }

  /** SIP: CANCEL received for the INVITE we have not answered. */
  public record Cancel(OptionalInt reasonCause) implements Event {
    public Kind kind() {
      return Kind.CANCEL;
    }
  }

  /** ISUP: IAM received (the isup module's incoming call). */
  public record Iam(IsupAddress called, Optional<CallingPartyNumber> calling) implements Event {
    public Kind kind() {
      return Kind.IAM;
    }
  }

  /** ISUP: ACM received, with the called party's status of its BCI. */
  public record Acm(int calledPartyStatus) implements Event {
    public Kind kind() {
      return Kind.ACM;
    }
  }

  /** ISUP: CPG received, with its event (Q.763 §3.21). */
  public record Cpg(int event) implements Event {
    public Kind kind() {
      return Kind.CPG;
    }
  }

  /** ISUP: ANM or CON received. */
  public record Answer() implements Event {
    public Kind kind() {
      return Kind.ANSWER;
    }
  }

  /** ISUP: REL received (or the call failed on the ISUP side with this cause). */
  public record Rel(CauseValue cause) implements Event {
    public Kind kind() {
      return Kind.REL;
    }
  }

  /** What the shell does: one request to one of the two stacks. */
  public sealed interface Action {}

  /** isup {@code placeCall}: IAM with these numbers (the node picks the trunk group). */
  public record PlaceIsupCall(CalledPartyNumber called, Optional<CallingPartyNumber> calling)
      implements Action {}

  /** isup {@code alert}: ACM with this called party's status. */
  public record IsupAddressComplete(int calledPartyStatus) implements Action {}

  /** isup {@code progress}: CPG with this event. */
  public record IsupProgress(int event) implements Action {}

  /** isup {@code answer}: ANM (CON when no ACM was sent). */
  public record IsupAnswer() implements Action {}

  /** isup {@code release}: REL with this cause. */
  public record IsupRelease(CauseValue cause) implements Action {}

  /** sip {@code invite}: INVITE with these identities (the node picks the next hop by route). */
  public record SendInvite(SipParty party) implements Action {}

  /** sip {@code progress}: 180 or 183. */
  public record SipProgress(int status) implements Action {}

  /** sip {@code answer}: 200 OK. */
  public record SipAnswer() implements Action {}

  /** sip {@code reject}: this final status with {@code Reason: Q.850;cause=N}. */
  public record SipReject(int status, CauseValue cause) implements Action {}

  /** sip {@code hangUp}: BYE after answer, CANCEL before, with {@code Reason: Q.850;cause=N}. */
  public record SipHangUp(CauseValue cause) implements Action {}

  /**
   * The result of one event.
   *
   * @param unexpected true when the event is not allowed in the state (nothing done, counted)
   */
  public record Outcome(State next, List<Action> actions, boolean unexpected) {
    public Outcome {
      Objects.requireNonNull(next, "next");
      actions = List.copyOf(actions);
    }
  }

  /** The events each state accepts; everything else is {@link Outcome#unexpected}. */
  static final Map<State, Set<Kind>> ALLOWED = new EnumMap<>(State.class);

  static {
    ALLOWED.put(State.IDLE, EnumSet.of(Kind.INVITE, Kind.IAM));
    ALLOWED.put(
        State.SIP_SETUP, EnumSet.of(Kind.ACM, Kind.CPG, Kind.ANSWER, Kind.REL, Kind.CANCEL));
    ALLOWED.put(State.SIP_EARLY, EnumSet.of(Kind.CPG, Kind.ANSWER, Kind.REL, Kind.CANCEL));
    ALLOWED.put(State.ISUP_SETUP, EnumSet.of(Kind.PROVISIONAL, Kind.OK, Kind.REJECTED, Kind.REL));
    ALLOWED.put(State.ISUP_EARLY, EnumSet.of(Kind.PROVISIONAL, Kind.OK, Kind.REJECTED, Kind.REL));
    ALLOWED.put(State.ANSWERED, EnumSet.of(Kind.BYE, Kind.REL));
    ALLOWED.put(State.RELEASED, EnumSet.noneOf(Kind.class));
  }

  private final NumberPlan plan;

  /** A machine normalising numbers with {@code plan}. */
  public SipIsupCall(NumberPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** True when {@code state} accepts events of {@code kind}. */
  public static boolean allowed(State state, Kind kind) {
    return ALLOWED.get(state).contains(kind);
  }

  /** The next state and the actions for {@code event} in {@code state}. */
  public Outcome handle(State state, Event event) {
    if (!allowed(state, event.kind())) {
      return new Outcome(state, List.of(), true);
    }
    // Java 17: dispatch on the kind, the enum switch is exhaustive
    return switch (event.kind()) {
      case INVITE -> invite((Invite) event);
      case IAM -> {
        Iam e = (Iam) event;
        yield to(
            State.ISUP_SETUP, new SendInvite(IamMapping.toInvite(e.called(), e.calling(), plan)));
      }
      // backward progress from ISUP towards the SIP caller
      case ACM ->
          to(
              State.SIP_EARLY,
              new SipProgress(ProgressMapping.statusForAcm(((Acm) event).calledPartyStatus())));
      case CPG -> {
        OptionalInt status = ProgressMapping.statusForCpg(((Cpg) event).event());
        yield status.isPresent()
            ? to(State.SIP_EARLY, new SipProgress(status.getAsInt()))
            : new Outcome(state, List.of(), false);
      }
      case ANSWER -> to(State.ANSWERED, new SipAnswer());
      // backward progress from SIP towards the ISUP caller
      case PROVISIONAL -> {
        int status = ((Provisional) event).status();
        yield state == State.ISUP_SETUP
            ? to(
                State.ISUP_EARLY,
                new IsupAddressComplete(ProgressMapping.calledPartyStatusFor(status)))
            : to(State.ISUP_EARLY, new IsupProgress(ProgressMapping.cpgEventFor(status)));
      }
      case OK -> to(State.ANSWERED, new IsupAnswer());
      case REJECTED -> {
        Rejected e = (Rejected) event;
        yield to(
            State.RELEASED, new IsupRelease(CauseMapping.causeFor(e.status(), e.reasonCause())));
      }
      // clearing
      case BYE ->
          to(
              State.RELEASED,
              new IsupRelease(CauseMapping.causeForClearing(false, ((Bye) event).reasonCause())));
      case CANCEL ->
          to(
              State.RELEASED,
              new IsupRelease(CauseMapping.causeForClearing(true, ((Cancel) event).reasonCause())));
      case REL -> {
        CauseValue cause = ((Rel) event).cause();
        yield switch (state) {
          // the SIP caller is still waiting for a final response
          case SIP_SETUP, SIP_EARLY ->
              to(State.RELEASED, new SipReject(CauseMapping.statusFor(cause), cause));
          // our INVITE (CANCEL) or the answered call (BYE)
          default -> to(State.RELEASED, new SipHangUp(cause));
        };
      }
    };
  }

  private Outcome invite(Invite e) {
    IamMapping.Iam iam = IamMapping.fromInvite(e.party(), plan);
    if (iam instanceof IamMapping.Mapped m) {
      return to(State.SIP_SETUP, new PlaceIsupCall(m.called(), m.calling()));
    }
    IamMapping.Refused r = (IamMapping.Refused) iam;
    return to(State.RELEASED, new SipReject(r.status(), r.cause()));
  }

  private static Outcome to(State next, Action action) {
    return new Outcome(next, List.of(action), false);
  }
}
