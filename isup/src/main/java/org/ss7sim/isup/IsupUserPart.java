package org.ss7sim.isup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.call.CallControl;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallProcessing;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallSetup;
import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitSupervision;
import org.ss7sim.isup.circuit.MaintenanceListener;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpStatus;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.time.TimerService;

/**
 * The ISDN user part of one exchange over the MTP service (SI 5). What MTP delivers goes to its
 * {@link MessageDistribution}, which routes it by (OPC, CIC) to call processing or circuit
 * supervision and is the one place bad input is caught and answered (Q.764 §2.9.5, §2.12); nothing
 * is thrown to MTP.
 *
 * <p>Also the {@link CallControl} the SSP uses, and the management interface for blocking and
 * reset. One thread owns an instance (the one MTP delivers on and timers run on).
 *
 * <p>The layer's shell: {@link CallProcessing} and {@link CircuitSupervision} carry out what their
 * state machines decide, and every indication they raise goes through one queue ({@link
 * Indications}) that delivers it to the user only after the request that caused it has returned: a
 * release for "no circuit available" reaches {@link CallControlUser#onRelease} after {@link
 * #placeCall} has returned the call's reference (from a zero-delay task on the {@link
 * TimerService}), so no caller needs to remember the call it is placing.
 */
public final class IsupUserPart implements MtpUser, CallControl {
  private static final Logger LOG = LoggerFactory.getLogger(IsupUserPart.class);

  private final MtpService mtp;
  private final IsupConfig config;
  private final Map<PointCode, List<TrunkGroup>> byRemote = new HashMap<>();
  private final Map<String, TrunkGroup> byName = new LinkedHashMap<>();
  private final Indications indications;
  private final CircuitSupervision supervision;
  private final CallProcessing calls;
  private final MessageDistribution distribution;
  private final IsupCounters counters = new IsupCounters();
  private final WireWriter writer = new WireWriter(128);

  public IsupUserPart(
      MtpService mtp,
      TimerService clock,
      IsupConfig config,
      CallControlUser user,
      MaintenanceListener maintenance) {
    this.mtp = mtp;
    this.config = config;
    long seed = config.seed();
    for (TrunkGroupConfig g : config.trunkGroups()) {
      add(new TrunkGroup(g, mtp.localPointCode(), seed++));
    }
    this.indications = new Indications(user, maintenance, clock);
    TimerService timers = indications.timers();
    this.supervision =
        new CircuitSupervision(
            this::send, timers, config.timers(), indications, this::clearCallLocally);
    this.calls =
        new CallProcessing(
            this::send,
            timers,
            config.timers(),
            supervision,
            byName,
            indications,
            config.overlapReceiving());
    this.distribution =
        new MessageDistribution(byRemote, config, supervision, calls, counters, this::send);
    mtp.register(ServiceIndicator.ISUP, this);
  }

  /** Adds a configured group; a name or a (remote point code, CIC) pair may appear once. */
  private void add(TrunkGroup group) {
    if (byName.put(group.name(), group) != null) {
      throw new IllegalArgumentException("trunk group " + group.name() + " twice");
    }
    List<TrunkGroup> same = byRemote.computeIfAbsent(group.remote(), k -> new ArrayList<>());
    for (TrunkGroup other : same) {
      for (Circuit c : group.circuits()) {
        if (other.circuit(c.cic().value()) != null) {
          throw new IllegalArgumentException(
              c.cic() + " to " + group.remote() + " in two trunk groups");
        }
      }
    }
    same.add(group);
  }

  public IsupUserPart(MtpService mtp, TimerService clock, IsupConfig config, CallControlUser user) {
    this(mtp, clock, config, user, MaintenanceListener.NONE);
  }

  /**
   * Circuit supervision clears a call: call processing ends it (wired here, not a back-pointer).
   */
  private void clearCallLocally(Circuit circuit, CauseValue cause) {
    calls.clearLocally(circuit, cause);
  }

  // ---- MTP side ------------------------------------------------------------------------------

  @Override
  public void onTransfer(MtpTransfer indication) {
    counters.received++;
    indications.enter(false);
    try {
      distribution.receive(indication.opc(), indication.userData());
    } catch (RuntimeException e) {
      counters.internalErrors++;
      LOG.warn("ISUP message from {} not processed", indication.opc(), e);
    }
    try {
      indications.leave();
    } catch (RuntimeException e) {
      counters.internalErrors++;
      LOG.warn("call-control user failed on an indication", e);
    }
  }

  @Override
  public void onPause(PointCode affected) {
    indications.enter(false);
    try {
      for (TrunkGroup g : byRemote.getOrDefault(affected, List.of())) {
        supervision.pause(g);
      }
    } finally {
      indications.leave();
    }
  }

  @Override
  public void onResume(PointCode affected) {
    indications.enter(false);
    try {
      for (TrunkGroup g : byRemote.getOrDefault(affected, List.of())) {
        supervision.resume(g);
      }
    } finally {
      indications.leave();
    }
  }

  @Override
  public void onStatus(MtpStatus status) {
    LOG.debug("MTP-STATUS {}", status);
  }

  private void send(PointCode destination, IsupMessage m) {
    writer.reset();
    IsupMessageCodec.encode(m, writer);
    counters.sent++;
    mtp.transfer(
        new MtpTransfer(
            mtp.localPointCode(),
            destination,
            ServiceIndicator.ISUP,
            config.networkIndicator(),
            0,
            m.cic().value() & 0x0f,
            writer.toOctets()));
  }

  // ---- call control ----------------------------------------------------------------------------

  @Override
  public CallReference placeCall(CallSetup setup) {
    indications.enter(true);
    try {
      return calls.placeCall(setup);
    } finally {
      indications.leave();
    }
  }

  @Override
  public void sendDigits(CallReference call, String digits, boolean last) {
    indications.enter(true);
    try {
      calls.sendDigits(call, digits, last);
    } finally {
      indications.leave();
    }
  }

  @Override
  public void alert(CallReference call) {
    indications.enter(true);
    try {
      calls.alert(call);
    } finally {
      indications.leave();
    }
  }

  @Override
  public void alert(CallReference call, int calledPartyStatus) {
    indications.enter(true);
    try {
      calls.alert(call, calledPartyStatus);
    } finally {
      indications.leave();
    }
  }

  @Override
  public void progress(CallReference call, int event) {
    indications.enter(true);
    try {
      calls.progress(call, event);
    } finally {
      indications.leave();
    }
  }

  @Override
  public void answer(CallReference call) {
    indications.enter(true);
    try {
      calls.answer(call);
    } finally {
      indications.leave();
    }
  }

  @Override
  public void release(CallReference call, CauseValue cause) {
    indications.enter(true);
    try {
      calls.release(call, cause);
    } finally {
      indications.leave();
    }
  }

  @Override
  public int activeCalls() {
    return calls.activeCalls();
  }

  /**
   * Terminating side: asks the originating exchange for the calling party number and category (INR,
   * T33).
   */
  public void requestInformation(CallReference call) {
    indications.enter(true);
    try {
      calls.requestInformation(call);
    } finally {
      indications.leave();
    }
  }

  /** Call processing, for its state queries and information requests. */
  public CallProcessing callProcessing() {
    return calls;
  }

  // ---- management ------------------------------------------------------------------------------

  public TrunkGroup trunkGroup(String name) {
    TrunkGroup g = byName.get(name);
    if (g == null) {
      throw new IllegalArgumentException("no trunk group " + name);
    }
    return g;
  }

  public List<TrunkGroup> trunkGroups() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  public CircuitSupervision supervision() {
    return supervision;
  }

  private Circuit circuitOf(String group, int cic) {
    Circuit c = trunkGroup(group).circuit(cic);
    if (c == null) {
      throw new IllegalArgumentException("no CIC " + cic + " in " + group);
    }
    return c;
  }

  /** Maintenance blocking of one circuit (BLO). */
  public void block(String group, int cic) {
    indications.enter(true);
    try {
      supervision.block(circuitOf(group, cic));
    } finally {
      indications.leave();
    }
  }

  /** Maintenance unblocking of one circuit (UBL). */
  public void unblock(String group, int cic) {
    indications.enter(true);
    try {
      supervision.unblock(circuitOf(group, cic));
    } finally {
      indications.leave();
    }
  }

  /** Reset of one circuit (RSC). */
  public void reset(String group, int cic) {
    indications.enter(true);
    try {
      supervision.reset(circuitOf(group, cic));
    } finally {
      indications.leave();
    }
  }

  /** Group reset (GRS) of {@code range + 1} circuits from {@code firstCic}. */
  public void groupReset(String group, int firstCic, int range) {
    indications.enter(true);
    try {
      supervision.groupReset(trunkGroup(group), firstCic, range);
    } finally {
      indications.leave();
    }
  }

  /** Group blocking (CGB) of the circuits marked in {@code status}, from {@code firstCic}. */
  public void groupBlock(String group, int firstCic, boolean[] status, boolean hardware) {
    indications.enter(true);
    try {
      supervision.groupBlock(trunkGroup(group), firstCic, status, hardware);
    } finally {
      indications.leave();
    }
  }

  /** Group unblocking (CGU). */
  public void groupUnblock(String group, int firstCic, boolean[] status, boolean hardware) {
    indications.enter(true);
    try {
      supervision.groupUnblock(trunkGroup(group), firstCic, status, hardware);
    } finally {
      indications.leave();
    }
  }

  /** Circuits not idle in every trunk group: zero after a clean scenario. */
  public int nonIdleCircuits() {
    int n = 0;
    for (TrunkGroup g : byName.values()) {
      n += g.nonIdleCircuits();
    }
    return n;
  }

  /** Every counter by name. */
  public Map<String, Long> counters() {
    return counters.snapshot(
        calls.unexpectedMessages(),
        supervision.unexpectedMessages(),
        calls.dualSeizures(),
        calls.repeatAttempts(),
        supervision.maintenanceAlerts());
  }
}
