package org.ss7sim.isup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.loopback.LoopbackMtpNetwork;
import org.ss7sim.testkit.VirtualClock;

/** A test exchange: an ISUP instance on a loopback MTP point with a recording call-control user. */
public final class Exchange implements CallControlUser {
  public final PointCode pointCode;
  public IsupUserPart isup;
  public final List<String> events = new ArrayList<>();
  public final List<IncomingCall> incoming = new ArrayList<>();
  public final List<CallRelease> releases = new ArrayList<>();
  public final List<String> alerts = new ArrayList<>();

  /** The called party's status of each alerting indication (Q.763 §3.5 c). */
  public final List<Integer> alertStatuses = new ArrayList<>();

  public Consumer<IncomingCall> onIncoming = c -> {};
  public Consumer<CallReference> onAlerting = c -> {};
  public Consumer<CallReference> onAnswer = c -> {};
  public Consumer<CallReference> onReleased = c -> {};

  public Exchange(
      LoopbackMtpNetwork network, VirtualClock clock, int pointCode, IsupConfig config) {
    this.pointCode = PointCode.itu(pointCode);
    this.isup =
        new IsupUserPart(
            network.attach(this.pointCode),
            clock,
            config,
            this,
            (TrunkGroup g, int cic, String reason) ->
                alerts.add(g.name() + "/" + cic + ": " + reason));
  }

  @Override
  public void onIncomingCall(IncomingCall call) {
    incoming.add(call);
    events.add(
        "incoming "
            + call.call()
            + " "
            + call.called()
            + " from "
            + call.calling()
            + (call.complete() ? "" : " incomplete"));
    onIncoming.accept(call);
  }

  @Override
  public void onMoreDigits(CallReference call, String digits, boolean complete) {
    events.add("digits " + call + " " + digits + (complete ? " complete" : ""));
  }

  @Override
  public void onAlerting(CallReference call) {
    events.add("alerting " + call);
    onAlerting.accept(call);
  }

  @Override
  public void onAlerting(CallReference call, int calledPartyStatus) {
    alertStatuses.add(calledPartyStatus);
    onAlerting(call);
  }

  @Override
  public void onProgress(CallReference call, int event) {
    events.add("progress " + call + " " + event);
  }

  @Override
  public void onAnswer(CallReference call) {
    events.add("answer " + call);
    onAnswer.accept(call);
  }

  @Override
  public void onRelease(CallReference call, CallRelease release) {
    releases.add(release);
    events.add("release " + call + " " + release.cause().code() + " " + release.initiator());
    onReleased.accept(call);
  }
}
