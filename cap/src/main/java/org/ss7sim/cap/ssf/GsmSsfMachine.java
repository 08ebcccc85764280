package org.ss7sim.cap.ssf;

import static org.ss7sim.cap.ssf.GsmSsfAction.ABORT_DIALOGUE;
import static org.ss7sim.cap.ssf.GsmSsfAction.ANSWER_ACTIVITY_TEST;
import static org.ss7sim.cap.ssf.GsmSsfAction.ARM;
import static org.ss7sim.cap.ssf.GsmSsfAction.DEFAULT_CALL_HANDLING;
import static org.ss7sim.cap.ssf.GsmSsfAction.END_DIALOGUE;
import static org.ss7sim.cap.ssf.GsmSsfAction.RELEASE_CALL;
import static org.ss7sim.cap.ssf.GsmSsfAction.RESTART_TSSF;
import static org.ss7sim.cap.ssf.GsmSsfAction.RESUME_CALL;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_APPLY_CHARGING_REPORT;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_EVENT_REPORT;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_INITIAL_DP;
import static org.ss7sim.cap.ssf.GsmSsfAction.SEND_PENDING_REPORTS;
import static org.ss7sim.cap.ssf.GsmSsfAction.START_TSSF;
import static org.ss7sim.cap.ssf.GsmSsfAction.STOP_TSSF;
import static org.ss7sim.cap.ssf.GsmSsfAction.SUSPEND_CALL;
import static org.ss7sim.cap.ssf.GsmSsfState.IDLE;
import static org.ss7sim.cap.ssf.GsmSsfState.MONITORING;
import static org.ss7sim.cap.ssf.GsmSsfState.WAITING_FOR_INSTRUCTIONS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gsmSSF FSM for one call (TS 29.078 §4.1.1.2: state a Idle, b Waiting_For_Instructions, d
 * Monitoring), as a declared table. Pure: {@link #handle} returns the next state and the actions; a
 * shell sends the operations, runs Tssf and drives the call.
 *
 * <pre>
 *   Idle  --TDP-R met--> WFI: InitialDP, suspend, start Tssf
 *   WFI   --Connect/Continue--> Monitoring (EDPs armed, reports due) or Idle (TC-END)
 *   WFI   --ReleaseCall--> Idle: release, outstanding reports, TC-END
 *   WFI   --Tssf expiry--> Idle: default call handling, TC-U-ABORT         (§4.1.1.2.2)
 *   WFI   --RRBE/AC/CIR/FCI--> WFI;  --ResetTimer--> WFI, Tssf restarted
 *   Mon.  --EDP-R met--> WFI: EventReportBCSM, suspend, start Tssf
 *   Mon.  --EDP-N met--> Monitoring, or Idle with the report in TC-END when it is the last
 *   Mon.  --ReleaseCall / call ended--> Idle: outstanding reports, TC-END
 * </pre>
 *
 * An operation from the gsmSCF that the state does not accept is answered with the error
 * unexpectedComponentSequence and changes nothing; an unexpected BCSM or timer event is discarded.
 */
public final class GsmSsfMachine {
  /** The next state and what to do, in order. */
  public record Outcome(GsmSsfState next, List<GsmSsfAction> actions) {
    public Outcome {
      actions = List.copyOf(actions);
    }
  }

  private static final Map<GsmSsfState, Map<GsmSsfEvent, Outcome>> TABLE =
      new EnumMap<>(GsmSsfState.class);

  static {
    row(IDLE)
        .on(
            GsmSsfEvent.TDP_R_ENCOUNTERED,
            WAITING_FOR_INSTRUCTIONS,
            SEND_INITIAL_DP,
            SUSPEND_CALL,
            START_TSSF);
    row(WAITING_FOR_INSTRUCTIONS)
        .on(GsmSsfEvent.RESUME, IDLE, STOP_TSSF, RESUME_CALL, END_DIALOGUE)
        .on(GsmSsfEvent.RESUME_MONITORED, MONITORING, STOP_TSSF, RESUME_CALL)
        .on(
            GsmSsfEvent.RELEASE_CALL,
            IDLE,
            STOP_TSSF,
            RELEASE_CALL,
            SEND_PENDING_REPORTS,
            END_DIALOGUE)
        .on(GsmSsfEvent.ARMING, WAITING_FOR_INSTRUCTIONS, ARM)
        .on(GsmSsfEvent.RESET_TIMER, WAITING_FOR_INSTRUCTIONS, RESTART_TSSF)
        .on(GsmSsfEvent.ACTIVITY_TEST, WAITING_FOR_INSTRUCTIONS, ANSWER_ACTIVITY_TEST)
        .on(GsmSsfEvent.CHARGING_REPORT_DUE, WAITING_FOR_INSTRUCTIONS, SEND_APPLY_CHARGING_REPORT)
        .on(GsmSsfEvent.CALL_ENDED_UNARMED, IDLE, STOP_TSSF, SEND_PENDING_REPORTS, END_DIALOGUE)
        .on(GsmSsfEvent.DIALOGUE_ENDED, IDLE, STOP_TSSF, DEFAULT_CALL_HANDLING)
        .on(GsmSsfEvent.TSSF_EXPIRED, IDLE, DEFAULT_CALL_HANDLING, ABORT_DIALOGUE);
    row(MONITORING)
        .on(
            GsmSsfEvent.EDP_R_MET,
            WAITING_FOR_INSTRUCTIONS,
            SEND_EVENT_REPORT,
            SUSPEND_CALL,
            START_TSSF)
        .on(GsmSsfEvent.EDP_N_MET, MONITORING, SEND_EVENT_REPORT)
        .on(GsmSsfEvent.EDP_N_LAST_MET, IDLE, SEND_EVENT_REPORT, END_DIALOGUE)
        .on(GsmSsfEvent.CHARGING_REPORT_DUE, MONITORING, SEND_APPLY_CHARGING_REPORT)
        .on(GsmSsfEvent.CALL_ENDED_UNARMED, IDLE, SEND_PENDING_REPORTS, END_DIALOGUE)
        .on(GsmSsfEvent.RELEASE_CALL, IDLE, RELEASE_CALL, SEND_PENDING_REPORTS, END_DIALOGUE)
        .on(GsmSsfEvent.ARMING, MONITORING, ARM)
        .on(GsmSsfEvent.ACTIVITY_TEST, MONITORING, ANSWER_ACTIVITY_TEST)
        .on(GsmSsfEvent.DIALOGUE_ENDED, IDLE);
  }

  private GsmSsfMachine() {}

  private static Row row(GsmSsfState state) {
    Map<GsmSsfEvent, Outcome> m = new EnumMap<>(GsmSsfEvent.class);
    TABLE.put(state, m);
    return new Row(m);
  }

  private record Row(Map<GsmSsfEvent, Outcome> m) {
    Row on(GsmSsfEvent event, GsmSsfState next, GsmSsfAction... actions) {
      m.put(event, new Outcome(next, List.of(actions)));
      return this;
    }
  }

  /** The transition for {@code event} in {@code state}. */
  public static Outcome handle(GsmSsfState state, GsmSsfEvent event) {
    Outcome o = TABLE.get(state).get(event);
    if (o != null) {
      return o;
    }
    return new Outcome(state, List.of(unexpected(event)));
  }

  /** What an event not in the state's row gets. */
  static GsmSsfAction unexpected(GsmSsfEvent event) {
    return event.source() == GsmSsfEvent.Source.GSM_SCF
        ? GsmSsfAction.ERROR_UNEXPECTED_COMPONENT_SEQUENCE
        : GsmSsfAction.DISCARD;
  }

  /** The events {@code state} accepts. */
  public static Set<GsmSsfEvent> allowed(GsmSsfState state) {
    return Collections.unmodifiableSet(TABLE.get(state).keySet());
  }
}
