package org.ss7sim.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.ApplyChargingReportArg;
import org.ss7sim.cap.message.BcsmEvent;
import org.ss7sim.cap.message.CalledPartyBcdNumber;
import org.ss7sim.cap.message.CalledPartyNumber;
import org.ss7sim.cap.message.CallingPartyNumber;
import org.ss7sim.cap.message.CapArgument;
import org.ss7sim.cap.message.CapCodec;
import org.ss7sim.cap.message.CapOperation;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.cap.message.ConnectArg;
import org.ss7sim.cap.message.ConnectSmsArg;
import org.ss7sim.cap.message.EventReportBcsmArg;
import org.ss7sim.cap.message.EventReportSmsArg;
import org.ss7sim.cap.message.EventSpecificInformationBcsm;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.message.EventTypeSms;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.InitialDpSmsArg;
import org.ss7sim.cap.message.LegId;
import org.ss7sim.cap.message.MonitorMode;
import org.ss7sim.cap.message.NoArgument;
import org.ss7sim.cap.message.ReleaseCallArg;
import org.ss7sim.cap.message.ReleaseSmsArg;
import org.ss7sim.cap.message.RequestReportBcsmEventArg;
import org.ss7sim.cap.message.RequestReportSmsEventArg;
import org.ss7sim.cap.message.SmsEvent;
import org.ss7sim.cap.message.TimeDurationChargingResult;
import org.ss7sim.cap.scf.GsmScfAnswer;
import org.ss7sim.cap.scf.GsmScfLogic;
import org.ss7sim.cap.scf.GsmScfService;
import org.ss7sim.cap.ssf.GsmSsfCall;
import org.ss7sim.cap.ssf.GsmSsfConfig;
import org.ss7sim.cap.ssf.GsmSsfListener;
import org.ss7sim.cap.ssf.GsmSsfService;
import org.ss7sim.cap.ssf.GsmSsfSms;
import org.ss7sim.cap.ssf.GsmSsfState;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The gsmSSF and gsmSCF shells over the real TCAP stack on a loopback, on a virtual clock: a
 * prepaid call charged in periods and released on exhausted credit, Tssf expiry with default call
 * handling, and an out-of-sequence operation. Wire messages are asserted in order; both sides end
 * with no open call or dialogue.
 */
class CapServiceTest {
  VirtualClock clock;

  /** The MSC (gsmSSF) and the SCP (gsmSCF), back to back on the tcap tests' fake SCCP network. */
  static final SccpAddress SSP = SccpAddress.ofSsn(PointCode.itu(1001), Ssn.CAP);

  static final SccpAddress SCP = SccpAddress.ofSsn(PointCode.itu(2002), Ssn.CAP);

  FakeSccpNetwork net;
  TcapStack mscTcap;
  TcapStack scpTcap;
  GsmSsfService ssf;
  final List<String> msc = new ArrayList<>();

  final GsmSsfListener mscListener =
      new GsmSsfListener() {
        @Override
        public void onResume(GsmSsfCall call, ConnectArg connect) {
          msc.add(connect == null ? "continue" : "connect");
        }

        @Override
        public void onRelease(GsmSsfCall call, Cause cause) {
          msc.add("release " + cause.value());
        }

        @Override
        public void onDefaultCallHandling(
            GsmSsfCall call, GsmSsfConfig.DefaultCallHandling handling) {
          msc.add("default " + handling);
        }

        @Override
        public void onApplyCharging(GsmSsfCall call, ApplyChargingArg charging) {
          msc.add("period " + charging.charging().maxCallPeriodDuration());
        }
      };

  @BeforeEach
  void setUp() {
    clock = new VirtualClock(Instant.parse("2026-12-07T10:00:00Z"));
    net = new FakeSccpNetwork(SSP, SCP);
    mscTcap = new TcapStack(net.a, Ssn.CAP, clock, TcapConfig.defaults());
    scpTcap = new TcapStack(net.b, Ssn.CAP, clock, TcapConfig.defaults());
    ssf = new GsmSsfService(mscTcap, clock, GsmSsfConfig.defaults(SSP)).bind();
  }

  @AfterEach
  void nothingLeaks() {
    net.pump();
    assertThat(ssf.openCalls()).isZero();
    assertThat(mscTcap.dialogueCount()).isZero();
    assertThat(scpTcap.dialogueCount()).isZero();
  }

  static InitialDpArg idp() {
    return InitialDpArg.collectedInfo(
        42,
        CalledPartyNumber.of(CalledPartyNumber.INTERNATIONAL, "15551234567"),
        CallingPartyNumber.of(CalledPartyNumber.INTERNATIONAL, "15550000111"),
        new Imsi("001010000000001"));
  }

  /** A prepaid service: a balance in 100 ms units, periods of at most 20 s. */
  static final class Prepaid implements GsmScfLogic {
    final Map<Long, Integer> balance = new HashMap<>();
    final int start;

    Prepaid(int startTenths) {
      this.start = startTenths;
    }

    ApplyChargingArg period(long id) {
      return ApplyChargingArg.of(Math.min(balance.get(id), 200), true);
    }

    @Override
    public GsmScfAnswer onInitialDp(long id, InitialDpArg idp) {
      balance.put(id, start);
      return GsmScfAnswer.continueWith(
          RequestReportBcsmEventArg.of(
              BcsmEvent.of(
                  EventTypeBcsm.O_ANSWER, MonitorMode.NOTIFY_AND_CONTINUE, LegId.sending(2)),
              BcsmEvent.of(EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(1)),
              BcsmEvent.of(EventTypeBcsm.O_DISCONNECT, MonitorMode.INTERRUPTED, LegId.sending(2))),
          period(id),
          NoArgument.CONTINUE);
    }

    @Override
    public GsmScfAnswer onReport(long id, CapArgument report, boolean open) {
      if (report instanceof ApplyChargingReportArg acr) {
        int used = acr.callResult().timeInformation().time();
        balance.merge(id, -used, Integer::sum);
        if (acr.callResult().isCallActive() && balance.get(id) > 0) {
          return GsmScfAnswer.continueWith(period(id));
        }
        return GsmScfAnswer.nothing();
      }
      if (report instanceof EventReportBcsmArg erb
          && erb.eventType() == EventTypeBcsm.O_DISCONNECT) {
        return GsmScfAnswer.endWith(ReleaseCallArg.of(Cause.NORMAL_CLEARING));
      }
      return GsmScfAnswer.nothing();
    }
  }

  /** The operations of every TC message on the wire, e.g. "BEGIN initialDP". */
  List<String> ladder() {
    List<String> out = new ArrayList<>();
    for (TcMessage m : net.messages()) {
      String kind =
          m instanceof Begin
              ? "BEGIN"
              : m instanceof Continue ? "CONTINUE" : m instanceof End ? "END" : "ABORT";
      StringBuilder sb = new StringBuilder(kind);
      for (Component c : m.components()) {
        if (c instanceof Invoke i) {
          sb.append(' ').append(CapOperation.ofCode(i.opCode()).specName());
        } else if (c instanceof ReturnError e) {
          sb.append(" error ").append(e.errorCode().local());
        } else {
          sb.append(' ').append(c.type());
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void prepaid_call_with_30_s_of_credit_is_charged_in_periods_and_released() throws Exception {
    Prepaid prepaid = new Prepaid(300);
    new GsmScfService(scpTcap, prepaid).bind();
    GsmSsfCall call = ssf.initialDp(SCP, idp(), mscListener);
    net.pump();
    assertThat(call.state()).isEqualTo(GsmSsfState.MONITORING);
    assertThat(msc).containsExactly("period 200", "continue");
    assertThat(call.armedEvents()).hasSize(3);

    // answer: oAnswer reported (EDP-N); after 20 s the first period is over
    call.eventMet(EventTypeBcsm.O_ANSWER, LegId.receiving(2), null);
    net.pump();
    clock.advance(Duration.ofSeconds(20));
    call.chargingReport(TimeDurationChargingResult.of(200, true));
    net.pump();
    assertThat(msc).containsExactly("period 200", "continue", "period 100");
    // 10 s later the gsmSSF releases the call (releaseIfDurationExceeded), reports the period
    clock.advance(Duration.ofSeconds(10));
    call.chargingReport(TimeDurationChargingResult.of(100, false));
    call.eventMet(
        EventTypeBcsm.O_DISCONNECT,
        LegId.receiving(1),
        EventSpecificInformationBcsm.of(
            EventSpecificInformationBcsm.O_DISCONNECT, Cause.of(Cause.NORMAL_CLEARING)));
    net.pump();

    assertThat(prepaid.balance.values()).containsExactly(0);
    assertThat(msc).containsExactly("period 200", "continue", "period 100", "release 16");
    assertThat(call.state()).isEqualTo(GsmSsfState.IDLE);
    assertThat(ladder())
        .containsExactly(
            "BEGIN initialDP",
            "CONTINUE requestReportBCSMEvent applyCharging continue",
            "CONTINUE eventReportBCSM",
            "CONTINUE applyChargingReport",
            "CONTINUE applyCharging",
            "CONTINUE applyChargingReport",
            "CONTINUE eventReportBCSM",
            "END releaseCall");
    // the charging period the gsmSCF sent last: 10 s, release when exceeded
    Invoke last = (Invoke) net.messages().get(4).components().get(0);
    ApplyChargingArg ac =
        (ApplyChargingArg) CapCodec.decode(CapOperation.APPLY_CHARGING, last.parameter());
    assertThat(ac.charging().maxCallPeriodDuration()).isEqualTo(100);
    assertThat(ac.charging().releaseIfDurationExceeded()).isNotNull();
  }

  @Test
  void tssf_expiry_applies_default_call_handling_and_closes_the_dialogue() {
    net.b.dropIncoming = true;
    GsmSsfCall call = ssf.initialDp(SCP, idp(), mscListener);
    net.pump();
    clock.advance(Duration.ofSeconds(9));
    assertThat(msc).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(msc).containsExactly("default RELEASE");
    assertThat(call.state()).isEqualTo(GsmSsfState.IDLE);
    assertThat(ssf.counters().get(CapCounters.Counter.TSSF_EXPIRIES)).isEqualTo(1);
    // TC-U-ABORT before the gsmSCF answered ends the dialogue locally: no message (Q.774 §3.2.2)
    assertThat(ladder()).containsExactly("BEGIN initialDP");
    assertThat(mscTcap.dialogueCount()).isZero();
  }

  @Test
  void a_second_continue_while_monitoring_gets_unexpected_component_sequence() {
    new GsmScfService(
            scpTcap,
            new GsmScfLogic() {
              @Override
              public GsmScfAnswer onInitialDp(long id, InitialDpArg idp) {
                return GsmScfAnswer.continueWith(
                    RequestReportBcsmEventArg.of(
                        BcsmEvent.of(
                            EventTypeBcsm.O_DISCONNECT,
                            MonitorMode.NOTIFY_AND_CONTINUE,
                            LegId.sending(1))),
                    NoArgument.CONTINUE);
              }

              @Override
              public GsmScfAnswer onReport(long id, CapArgument report, boolean open) {
                return GsmScfAnswer.nothing();
              }
            })
        .bind();
    GsmSsfCall call = ssf.initialDp(SCP, idp(), mscListener);
    net.pump();
    assertThat(call.state()).isEqualTo(GsmSsfState.MONITORING);
    // the gsmSCF (a raw one here: the same dialogue) sends Continue again
    var d = scpTcap.dialogue(scpTcap.dialogueCount() == 1 ? firstDialogueId(scpTcap) : -1);
    d.invoke(CapOperation.CONTINUE.opCode(), null, CapOperation.CONTINUE.operationClass());
    d.continueWith();
    net.pump();
    assertThat(ladder()).last().isEqualTo("CONTINUE error 14");
    assertThat(call.state()).isEqualTo(GsmSsfState.MONITORING);
    // the caller hangs up: oDisconnect (EDP-N, the last) ends the dialogue
    call.eventMet(EventTypeBcsm.O_DISCONNECT, LegId.receiving(1), null);
    net.pump();
    assertThat(ladder()).last().isEqualTo("END eventReportBCSM");
    assertThat(call.state()).isEqualTo(GsmSsfState.IDLE);
  }

  /** Charges 1 unit per MO short message; refuses when the balance is 0. */
  static final class SmsCharging implements GsmScfLogic {
    int balance;
    final List<String> reports = new ArrayList<>();

    SmsCharging(int balance) {
      this.balance = balance;
    }

    @Override
    public GsmScfAnswer onInitialDp(long id, InitialDpArg idp) {
      return GsmScfAnswer.endWith(ReleaseCallArg.of(Cause.CALL_REJECTED));
    }

    @Override
    public GsmScfAnswer onInitialDpSms(long id, InitialDpSmsArg idp) {
      if (balance <= 0) {
        return GsmScfAnswer.endWith(new ReleaseSmsArg(ReleaseSmsArg.SM_TRANSFER_REJECTED));
      }
      return GsmScfAnswer.continueWith(
          RequestReportSmsEventArg.of(
              SmsEvent.of(EventTypeSms.O_SMS_SUBMISSION, MonitorMode.NOTIFY_AND_CONTINUE),
              SmsEvent.of(EventTypeSms.O_SMS_FAILURE, MonitorMode.NOTIFY_AND_CONTINUE)),
          NoArgument.CONTINUE_SMS);
    }

    @Override
    public GsmScfAnswer onReport(long id, CapArgument report, boolean open) {
      if (report instanceof EventReportSmsArg e) {
        reports.add(e.eventType().specName());
        if (e.eventType() == EventTypeSms.O_SMS_SUBMISSION) {
          balance--;
        }
      }
      return GsmScfAnswer.nothing();
    }
  }

  static InitialDpSmsArg idpSms() {
    return InitialDpSmsArg.collectedInfo(
        100,
        CalledPartyBcdNumber.international("15551234567"),
        AddressString.international("15550000111"),
        new Imsi("001010000000001"),
        AddressString.international("15550000009"));
  }

  final GsmSsfSms.Listener smsListener =
      new GsmSsfSms.Listener() {
        @Override
        public void onContinue(GsmSsfSms sms, ConnectSmsArg connect) {
          msc.add("submit");
        }

        @Override
        public void onRelease(GsmSsfSms sms, int rpCause) {
          msc.add("refuse " + rpCause);
        }

        @Override
        public void onDefaultHandling(GsmSsfSms sms, GsmSsfConfig.DefaultCallHandling handling) {
          msc.add("default " + handling);
        }
      };

  @Test
  void mo_sms_is_charged_per_message_and_refused_without_credit() {
    SmsCharging charging = new SmsCharging(1);
    new GsmScfService(scpTcap, charging).bind();
    GsmSsfSms first = ssf.initialDpSms(SCP, idpSms(), smsListener);
    net.pump();
    assertThat(first.state()).isEqualTo(GsmSsfState.MONITORING);
    assertThat(first.submitted()).isTrue();
    net.pump();
    assertThat(first.state()).isEqualTo(GsmSsfState.IDLE);
    GsmSsfSms second = ssf.initialDpSms(SCP, idpSms(), smsListener);
    net.pump();
    assertThat(second.state()).isEqualTo(GsmSsfState.IDLE);
    assertThat(msc).containsExactly("submit", "refuse 21");
    assertThat(charging.balance).isZero();
    assertThat(charging.reports).containsExactly("o-smsSubmission");
    assertThat(ladder())
        .containsExactly(
            "BEGIN initialDPSMS",
            "CONTINUE requestReportSMSEvent continueSMS",
            "END eventReportSMS",
            "BEGIN initialDPSMS",
            "END releaseSMS");
  }

  static long firstDialogueId(TcapStack stack) {
    for (long id = 0; id < 1000; id++) {
      if (stack.dialogue(id) != null) {
        return id;
      }
    }
    throw new AssertionError("no dialogue");
  }
}
