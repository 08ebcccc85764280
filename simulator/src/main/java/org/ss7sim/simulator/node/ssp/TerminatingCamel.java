package org.ss7sim.simulator.node.ssp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.cap.message.Cause;
import org.ss7sim.cap.message.ConnectArg;
import org.ss7sim.cap.message.EventTypeBcsm;
import org.ss7sim.cap.ssf.GsmSsfCall;
import org.ss7sim.cap.ssf.GsmSsfConfig;
import org.ss7sim.cap.ssf.GsmSsfListener;
import org.ss7sim.cap.ssf.GsmSsfState;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Causes;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.TCsi;
import org.ss7sim.simulator.node.ssp.Ssp.OutCall;

/**
 * Mobile terminating calls through a T-CSI at the gateway MSC (TS 23.078 §4.5.3 and §4.6.1.2; TS
 * 23.018 §7.2.2): the HLR's first answer carries the T-CSI instead of a roaming number; the gsmSSF
 * sends InitialDP (DP12 termAttemptAuthorized) and the call waits. Continue: a second
 * SendRoutingInfo with suppress-T-CSI gets the roaming number (or the forwarding data kept from the
 * first answer forwards the call); Connect: the call goes to the destination routing address;
 * ReleaseCall: released with its cause; no answer from the gsmSCF (Tssf, a returned or aborted
 * dialogue): the T-CSI's default call handling (continue as for Continue, release with cause 31).
 */
final class TerminatingCamel {
  private final Ssp ssp;
  private final Gmsc gmsc;
  private final SimNode node;
  private final Map<OutCall, GsmSsfCall> relationships = new HashMap<>();

  TerminatingCamel(Ssp ssp, Gmsc gmsc, SimNode node) {
    this.ssp = ssp;
    this.gmsc = gmsc;
    this.node = node;
  }

  /** DP12 met for {@code call} to {@code msisdn}: InitialDP to the T-CSI's gsmSCF. */
  void initialDp(OutCall call, String msisdn, Gmsc.Routing.Camel camel) {
    Trigger t = new Trigger(call, msisdn, camel.tCsi(), camel.forwarding());
    try {
      relationships.put(call, gmsc.initialDp(camel.tCsi(), msisdn, call.calling, camel.imsi(), t));
    } catch (IllegalStateException noDialogue) {
      t.defaultHandling();
    }
  }

  /**
   * The call is over: a relationship still open hears of it (an unarmed disconnect ends it, TS
   * 29.078 §4.1.1.2).
   */
  void ended(OutCall call) {
    GsmSsfCall c = relationships.remove(call);
    if (c != null && c.state() != GsmSsfState.IDLE) {
      c.eventMet(EventTypeBcsm.T_DISCONNECT, null, null);
    }
  }

  /** The call has been routed: forget a relationship that is over. */
  void routed(OutCall call) {
    GsmSsfCall c = relationships.get(call);
    if (c != null && c.state() == GsmSsfState.IDLE) {
      relationships.remove(call);
    }
  }

  /** One call waiting at DP12; the gsmSSF's listener. */
  private final class Trigger implements GsmSsfListener {
    final OutCall call;
    final String msisdn;
    final TCsi csi;
    final Optional<ForwardingData> forwarding;

    Trigger(OutCall call, String msisdn, TCsi csi, Optional<ForwardingData> forwarding) {
      this.call = call;
      this.msisdn = msisdn;
      this.csi = csi;
      this.forwarding = forwarding;
    }

    @Override
    public void onResume(GsmSsfCall c, ConnectArg connect) {
      node.flows()
          .starting(
              call.flow,
              () -> {
                if (connect == null) {
                  proceed();
                  return;
                }
                String to = connect.destinationRoutingAddress().get(0).digits();
                if (to.equals(msisdn)) {
                  proceed();
                } else {
                  // a Connect elsewhere; a mobile number is interrogated without its T-CSI
                  if (ssp.isMobile(to)) {
                    ssp.interrogate(call, to, true);
                  } else {
                    ssp.route(call, to);
                  }
                }
              });
    }

    @Override
    public void onRelease(GsmSsfCall c, Cause cause) {
      node.flows()
          .starting(call.flow, () -> ssp.fail(call, cause.value(), Causes.q850(cause.value())));
    }

    @Override
    public void onDefaultCallHandling(GsmSsfCall c, GsmSsfConfig.DefaultCallHandling handling) {
      node.flows().starting(call.flow, this::defaultHandling);
    }

    /** The T-CSI's default call handling (TS 23.078 §4.5.3.1.2). */
    void defaultHandling() {
      if (csi.releaseByDefault()) {
        int cause = GsmSsfConfig.DEFAULT_RELEASE_CAUSE.value();
        ssp.fail(call, cause, Causes.q850(cause));
      } else {
        proceed();
      }
    }

    /** Continue: the forwarding data of the first answer, else the second interrogation. */
    private void proceed() {
      if (call.ended) {
        return;
      }
      if (forwarding.isPresent()) {
        ssp.forward(call, msisdn, forwarding.get());
      } else {
        ssp.interrogate(call, msisdn, true);
      }
    }
  }
}
