package org.ss7sim.simulator.node.msc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.cap.message.ApplyChargingArg;
import org.ss7sim.cap.message.CalledPartyNumber;
import org.ss7sim.cap.message.CallingPartyNumber;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.cap.message.ConnectArg;
import org.ss7sim.cap.message.EventSpecificInformationBcsm;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.message.InitialDpArg;
import org.ss7sim.cap.message.LegId;
import org.ss7sim.cap.message.TimeDurationChargingResult;
import org.ss7sim.cap.ssf.GsmSsfCall;
import org.ss7sim.cap.ssf.GsmSsfConfig;
import org.ss7sim.cap.ssf.GsmSsfListener;
import org.ss7sim.cap.ssf.GsmSsfService;
import org.ss7sim.isup.IsupUserPart;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.network.CamelCsi;
import org.ss7sim.simulator.config.network.KindData.MscData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.TrunkGroup;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Causes;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.wire.gsm.Imsi;
import org.ss7sim.wire.time.Timer;

/**
 * Mobile originated calls at an MSC (DESIGN.md §3 flow 6, TS 23.078 §4.5.2): a call from a
 * subscriber with an O-CSI meets DP2 collectedInfo: InitialDP (CAP v2) to the CSI's gsmSCF, the
 * call suspended until Continue/Connect (then the IAM over the trunk group for the number),
 * ReleaseCall (no IAM) or, when the gsmSCF fails or Tssf expires, the CSI's default call handling.
 * From answer the MSC times the ApplyCharging periods and sends ApplyChargingReport at the end of
 * each; ReleaseCall releases the ISUP call with its cause. The caller hangs up after the hold time
 * (oDisconnect leg 1, REL normal clearing). Without an O-CSI the call is routed directly.
 *
 * <p>Outcome, known when the call ends: success when the caller hung up after the hold time;
 * otherwise a failure with the Q.850 cause the call was released with (by the gsmSCF, default call
 * handling or the far end). Runs on the MSC's thread.
 */
final class MobileCalls {
  private final Node config;
  private final MscData data;
  private final Subscribers subscribers;
  private final SimNode node;
  private final IsupUserPart isup;
  private GsmSsfService ssf;

  private final Map<CallReference, MoCall> outgoing = new HashMap<>();
  private final List<MoCall> pending = new ArrayList<>();
  private MoCall placing;

  private final class MoCall implements GsmSsfListener {
    final String flow;
    final String calling;
    final String called;
    final Duration hold;
    final AttemptListener listener;
    GsmSsfCall camel;
    CallReference ref;
    boolean answered;
    boolean continueByDefault;
    boolean ended;
    Outcome endOutcome;
    int periodTenths;
    long periodStart;
    Timer holdTimer;
    Timer periodTimer;

    MoCall(String flow, String calling, String called, Duration hold, AttemptListener listener) {
      this.flow = flow;
      this.calling = calling;
      this.called = called;
      this.hold = hold;
      this.listener = listener;
    }

    @Override
    public void onResume(GsmSsfCall call, ConnectArg connect) {
      String to =
          connect == null || connect.destinationRoutingAddress().isEmpty()
              ? called
              : connect.destinationRoutingAddress().get(0).digits();
      node.flows().starting(flow, () -> route(this, to));
    }

    @Override
    public void onRelease(GsmSsfCall call, Cause cause) {
      release(this, cause.value());
    }

    @Override
    public void onDefaultCallHandling(GsmSsfCall call, GsmSsfConfig.DefaultCallHandling handling) {
      if (ref != null) {
        // the relationship failed while the call was up: the call goes on uncharged
        stopPeriod(this);
        return;
      }
      if (continueByDefault) {
        node.flows().starting(flow, () -> route(this, called));
      } else {
        release(this, GsmSsfConfig.DEFAULT_RELEASE_CAUSE.value());
      }
    }

    @Override
    public void onApplyCharging(GsmSsfCall call, ApplyChargingArg charging) {
      periodTenths = charging.charging().maxCallPeriodDuration();
      if (answered) {
        startPeriod(this);
      }
    }
  }

  private java.util.function.Function<String, Optional<CamelCsi>> oCsi;
  private java.util.function.Function<String, Optional<CamelCsi>> moSmsCsi;

  /**
   * Where the CSIs come from: the VLR's subscriber data (what the HLR inserted) instead of the
   * network file.
   */
  void csiFrom(
      java.util.function.Function<String, Optional<CamelCsi>> oCsi,
      java.util.function.Function<String, Optional<CamelCsi>> moSmsCsi) {
    this.oCsi = oCsi;
    this.moSmsCsi = moSmsCsi;
  }

  MobileCalls(Node config, Subscribers subscribers, SimNode node, IsupUserPart isup) {
    this.oCsi = subscribers::oCsi;
    this.moSmsCsi = subscribers::moSmsCsi;
    this.config = config;
    this.data = config.data(MscData.class);
    this.subscribers = subscribers;
    this.node = node;
    this.isup = isup;
    Optional<TcapStack> tcap = node.tcap(Ssn.CAP.value());
    if (tcap.isPresent()) {
      SccpAddress self = own(Ssn.CAP);
      // default call handling is each call's CSI's (MoCall.continueByDefault), not the service's
      ssf = new GsmSsfService(tcap.get(), node.loop().timers(), GsmSsfConfig.defaults(self)).bind();
    }
  }

  /**
   * The gsmSSF's own address: point code and SSN 146, routed on SSN, so the gsmSCF's answers come
   * back without a translation (the MSC's global title translates to its MAP SSN 8).
   */
  private SccpAddress own(Ssn ssn) {
    return SccpAddress.ofSsn(config.pointCode().orElseThrow(), ssn);
  }

  /** Calls in progress and open gsmSSF relationships: none after a clean run. */
  List<String> leaks() {
    List<String> l = new ArrayList<>();
    if (!outgoing.isEmpty() || !pending.isEmpty()) {
      l.add(outgoing.size() + pending.size() + " mobile originated calls active");
    }
    if (ssf != null && ssf.openCalls() > 0) {
      l.add(ssf.openCalls() + " CAMEL calls open");
    }
    return l;
  }

  /** A handset calls {@code called}; the caller hangs up {@code hold} after answer. */
  void place(String flow, String calling, String called, Duration hold, AttemptListener listener) {
    MoCall call = new MoCall(flow, calling, called, hold, listener);
    Optional<CamelCsi> csi = oCsi.apply(calling);
    if (csi.isEmpty()) {
      node.flows().starting(flow, () -> route(call, called));
      return;
    }
    Optional<Node> scp = node.network().node(csi.get().scf());
    if (ssf == null || scp.isEmpty()) {
      end(call, Outcome.failed(ssf == null ? "no_cap_ssn_146" : "no_scf"));
      return;
    }
    call.continueByDefault = !csi.get().releaseByDefault();
    String imsi = subscribers.byMsisdn(calling).map(Subscribers.Record::imsi).orElse("");
    InitialDpArg idp =
        InitialDpArg.collectedInfo(
            csi.get().serviceKey(),
            CalledPartyNumber.of(CalledPartyNumber.UNKNOWN, called),
            CallingPartyNumber.of(CalledPartyNumber.INTERNATIONAL, calling),
            imsi.isEmpty() ? null : new Imsi(imsi));
    pending.add(call);
    node.flows().starting(flow, () -> call.camel = ssf.initialDp(scfAddress(scp.get()), idp, call));
  }

  /**
   * The gsmSCF: the SCP's point code and SSN 146, routed on SSN through the STPs (an SCP's global
   * title translates to its INAP SSN in the files this simulator reads).
   */
  /**
   * A short message from a handset with an MO-SMS-CSI (TS 23.078 §7.5): InitialDPSMS (phase 3 SMS
   * context) to the CSI's gsmSCF; ContinueSMS hands the message to {@code forward} (which relays it
   * as MO-ForwardSM) and its result is reported (o-smsSubmission or o-smsFailure); ReleaseSMS ends
   * the attempt as {@code sms_released} without relaying; default handling continue relays it
   * uncharged. Returns false when the sender has no MO-SMS-CSI (the caller relays it at once).
   */
  boolean chargeSms(
      String flow,
      String msisdn,
      String destination,
      String smsc,
      AttemptListener listener,
      java.util.function.Consumer<AttemptListener> forward) {
    Optional<CamelCsi> csi = moSmsCsi.apply(msisdn);
    if (csi.isEmpty()) {
      return false;
    }
    Optional<Node> scp = node.network().node(csi.get().scf());
    if (ssf == null || scp.isEmpty()) {
      listener.onOutcome(Outcome.failed(ssf == null ? "no_cap_ssn_146" : "no_scf"));
      listener.onEnded();
      return true;
    }
    String imsi = subscribers.byMsisdn(msisdn).map(Subscribers.Record::imsi).orElse("");
    org.ss7sim.cap.message.InitialDpSmsArg idp =
        org.ss7sim.cap.message.InitialDpSmsArg.collectedInfo(
            csi.get().serviceKey(),
            org.ss7sim.cap.message.CalledPartyBcdNumber.international(destination),
            org.ss7sim.wire.gsm.AddressString.international(msisdn),
            imsi.isEmpty() ? null : new Imsi(imsi),
            org.ss7sim.wire.gsm.AddressString.international(smsc));
    boolean continueByDefault = !csi.get().releaseByDefault();
    org.ss7sim.cap.ssf.GsmSsfSms.Listener smsListener =
        new org.ss7sim.cap.ssf.GsmSsfSms.Listener() {
          @Override
          public void onContinue(
              org.ss7sim.cap.ssf.GsmSsfSms sms, org.ss7sim.cap.message.ConnectSmsArg connect) {
            node.flows()
                .starting(
                    flow,
                    () ->
                        forward.accept(
                            new AttemptListener() {
                              @Override
                              public void onOutcome(Outcome outcome) {
                                if (outcome.success()) {
                                  sms.submitted();
                                } else {
                                  sms.failed(0); // MO-SMSCause systemFailure
                                }
                                listener.onOutcome(outcome);
                              }

                              @Override
                              public void onEnded() {
                                listener.onEnded();
                              }
                            }));
          }

          @Override
          public void onRelease(org.ss7sim.cap.ssf.GsmSsfSms sms, int rpCause) {
            listener.onOutcome(Outcome.failed("sms_released"));
            listener.onEnded();
          }

          @Override
          public void onDefaultHandling(
              org.ss7sim.cap.ssf.GsmSsfSms sms, GsmSsfConfig.DefaultCallHandling handling) {
            if (continueByDefault) {
              node.flows().starting(flow, () -> forward.accept(listener));
            } else {
              listener.onOutcome(Outcome.failed("sms_released"));
              listener.onEnded();
            }
          }
        };
    node.flows().starting(flow, () -> ssf.initialDpSms(scfAddress(scp.get()), idp, smsListener));
    return true;
  }

  private static SccpAddress scfAddress(Node scp) {
    return SccpAddress.ofSsn(scp.pointCode().orElseThrow(), Ssn.CAP);
  }

  private void route(MoCall call, String number) {
    if (call.ended) {
      return;
    }
    Optional<TrunkGroup> group = data.trunkGroupFor(number);
    if (group.isEmpty()) {
      disconnect(call, 1);
      end(call, Outcome.failed(Causes.q850(1)));
      return;
    }
    placing = call;
    CallReference ref;
    try {
      ref = isup.placeCall(CallSetup.of(group.get().name(), number, call.calling));
    } finally {
      placing = null;
    }
    if (!call.ended) {
      call.ref = ref;
      outgoing.put(ref, call);
      pending.remove(call);
    }
  }

  /** The gsmSCF (or default handling) released the call with {@code cause}. */
  private void release(MoCall call, int cause) {
    if (call.ended || call.endOutcome != null) {
      return;
    }
    call.endOutcome = Outcome.failed(Causes.q850(cause));
    cancelTimers(call);
    if (call.ref != null) {
      isup.release(call.ref, new CauseValue(cause));
    } else {
      end(call, call.endOutcome);
    }
  }

  boolean owns(CallReference ref) {
    return outgoing.containsKey(ref) || placing != null;
  }

  private MoCall of(CallReference ref) {
    MoCall c = outgoing.get(ref);
    return c != null ? c : placing;
  }

  void onAnswer(CallReference ref) {
    MoCall call = of(ref);
    if (call == null) {
      return;
    }
    call.answered = true;
    if (call.camel != null) {
      call.camel.eventMet(EventTypeBcsm.O_ANSWER, LegId.receiving(2), null);
      if (call.periodTenths > 0) {
        startPeriod(call);
      }
    }
    call.holdTimer =
        node.loop()
            .timers()
            .schedule(
                call.hold,
                () -> {
                  // the caller hangs up
                  if (call.endOutcome != null || call.ended) {
                    return;
                  }
                  call.endOutcome = Outcome.succeeded();
                  stopPeriod(call);
                  disconnect(call, Cause.NORMAL_CLEARING);
                  isup.release(ref, CauseValue.NORMAL_CLEARING);
                });
  }

  void onRelease(CallReference ref, CallRelease release) {
    MoCall call = outgoing.remove(ref);
    if (call == null) {
      call = placing;
    }
    if (call == null) {
      return;
    }
    cancelTimers(call);
    Outcome outcome = call.endOutcome;
    if (outcome == null) {
      // released from the far end (or refused before answer)
      int cause = release.cause().code();
      outcome = Outcome.failed(Causes.q850(cause));
      stopPeriod(call);
      disconnect(call, cause);
    }
    end(call, outcome);
  }

  private void startPeriod(MoCall call) {
    if (call.periodTimer != null) {
      call.periodTimer.cancel();
    }
    call.periodStart = node.loop().timers().nanoTime();
    int tenths = call.periodTenths;
    call.periodTimer =
        node.loop()
            .timers()
            .schedule(
                Duration.ofMillis(100L * tenths),
                () -> {
                  call.periodTimer = null;
                  ApplyChargingArg ac = call.camel.charging();
                  boolean release = ac != null && ac.charging().releaseIfDurationExceeded() != null;
                  call.camel.chargingReport(TimeDurationChargingResult.of(tenths, !release));
                  if (release) {
                    call.endOutcome = Outcome.failed(Causes.q850(Cause.NORMAL_UNSPECIFIED));
                    cancelTimers(call);
                    call.camel.eventMet(
                        EventTypeBcsm.O_DISCONNECT,
                        LegId.receiving(1),
                        EventSpecificInformationBcsm.of(
                            EventSpecificInformationBcsm.O_DISCONNECT,
                            Cause.of(Cause.NORMAL_UNSPECIFIED)));
                    isup.release(call.ref, new CauseValue(Cause.NORMAL_UNSPECIFIED));
                  }
                });
  }

  /** Ends the running period early (the call ends): reports the time used, call not active. */
  private void stopPeriod(MoCall call) {
    if (call.periodTimer == null) {
      return;
    }
    call.periodTimer.cancel();
    call.periodTimer = null;
    long used = (node.loop().timers().nanoTime() - call.periodStart) / 100_000_000L;
    call.camel.chargingReport(
        TimeDurationChargingResult.of((int) Math.min(used, call.periodTenths), false));
  }

  /** Tells the gsmSSF the call is over (oDisconnect of the calling leg). */
  private void disconnect(MoCall call, int cause) {
    if (call.camel != null) {
      call.camel.eventMet(
          EventTypeBcsm.O_DISCONNECT,
          LegId.receiving(1),
          EventSpecificInformationBcsm.of(
              EventSpecificInformationBcsm.O_DISCONNECT, Cause.of(cause)));
    }
  }

  private void cancelTimers(MoCall call) {
    if (call.holdTimer != null) {
      call.holdTimer.cancel();
    }
    if (call.periodTimer != null) {
      call.periodTimer.cancel();
      call.periodTimer = null;
    }
  }

  private void end(MoCall call, Outcome outcome) {
    if (call.ended) {
      return;
    }
    call.ended = true;
    pending.remove(call);
    if (call.ref != null) {
      outgoing.remove(call.ref);
    }
    call.listener.onOutcome(outcome);
    call.listener.onEnded();
  }
}
