package org.ss7sim.simulator.node.msc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.isup.IsupUserPart;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.simulator.config.network.KindData;
import org.ss7sim.simulator.config.network.KindData.MscData;
import org.ss7sim.simulator.config.network.LineBehaviour;
import org.ss7sim.simulator.config.network.LineBlock;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.simulator.node.Trunks;
import org.ss7sim.wire.time.Timer;

/**
 * The ISUP side of an MSC (DESIGN.md §3 flow 4, TS 23.018 §7.3): an IAM to a roaming number the VLR
 * gave out (ProvideRoamingNumber) reaches the subscriber's handset. A handset that is absent by now
 * is released with cause 20 (subscriber absent), a busy one with 17 (user busy); otherwise the
 * handset behaves as the MSC's {@code lines} say for the MSISDN (default: alerts, answers after 200
 * ms). A roaming number is used once; an unknown one is released with cause 1.
 */
final class MscCalls implements CallControlUser {
  private final MscData data;
  private final Subscribers subscribers;
  private final SimNode node;
  private final IsupUserPart isup;

  /** Roaming number → MSISDN, given out and not yet called. */
  private final Map<String, String> roaming = new HashMap<>();

  private final Map<CallReference, List<Timer>> incoming = new HashMap<>();

  MscCalls(Node config, Subscribers subscribers, SimNode node) {
    this.data = config.data(MscData.class);
    this.subscribers = subscribers;
    this.node = node;
    this.isup = Trunks.isup(config, data.trunkGroups(), node, this);
    this.mobile = new MobileCalls(config, subscribers, node, isup);
  }

  /** Calls from handsets (mobile originated, with O-CSI). */
  final MobileCalls mobile;

  /** The VLR gave {@code msrn} out for {@code msisdn}. */
  void allocated(String msrn, String msisdn) {
    roaming.put(msrn, msisdn);
  }

  /** Calls to handsets in progress, ISUP calls and busy circuits: zero after a clean run. */
  List<String> leaks() {
    List<String> l = new ArrayList<>(mobile.leaks());
    if (!incoming.isEmpty()) {
      l.add(incoming.size() + " mobile terminated calls active");
    }
    if (isup.activeCalls() > 0) {
      l.add(isup.activeCalls() + " ISUP calls active");
    }
    if (isup.nonIdleCircuits() > 0) {
      l.add(isup.nonIdleCircuits() + " circuits not idle");
    }
    return l;
  }

  @Override
  public void onIncomingCall(IncomingCall call) {
    List<Timer> timers = new ArrayList<>();
    incoming.put(call.call(), timers);
    String msisdn = roaming.remove(call.called());
    if (msisdn == null) {
      isup.release(call.call(), CauseValue.UNALLOCATED_NUMBER);
      return;
    }
    SubscriberState state = subscribers.state(msisdn);
    if (state == SubscriberState.ABSENT) {
      isup.release(call.call(), CauseValue.SUBSCRIBER_ABSENT);
      return;
    }
    if (state == SubscriberState.BUSY) {
      isup.release(call.call(), CauseValue.USER_BUSY);
      return;
    }
    Optional<LineBlock> line = KindData.longestPrefix(data.lines(), LineBlock::prefix, msisdn);
    LineBehaviour behaviour = line.map(LineBlock::behaviour).orElse(LineBehaviour.ANSWER);
    switch (behaviour) {
      case BUSY -> isup.release(call.call(), CauseValue.USER_BUSY);
      case UNALLOCATED -> isup.release(call.call(), CauseValue.UNALLOCATED_NUMBER);
      case NO_ANSWER -> isup.alert(call.call());
      case ANSWER -> {
        isup.alert(call.call());
        timers.add(
            node.loop()
                .timers()
                .schedule(
                    line.map(LineBlock::answerAfter).orElse(ANSWER_AFTER),
                    () -> {
                      if (incoming.containsKey(call.call())) {
                        isup.answer(call.call());
                      }
                    }));
      }
    }
  }

  private static final java.time.Duration ANSWER_AFTER = java.time.Duration.ofMillis(200);

  @Override
  public void onAlerting(CallReference call) {}

  @Override
  public void onAnswer(CallReference call) {
    if (mobile.owns(call)) {
      mobile.onAnswer(call);
    }
  }

  @Override
  public void onRelease(CallReference call, CallRelease release) {
    if (mobile.owns(call)) {
      mobile.onRelease(call, release);
      return;
    }
    List<Timer> timers = incoming.remove(call);
    if (timers != null) {
      timers.forEach(Timer::cancel);
    }
  }
}
