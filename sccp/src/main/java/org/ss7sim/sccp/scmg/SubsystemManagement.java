package org.ss7sim.sccp.scmg;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.gtt.DestinationAvailability;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The SCMG block of one SCCP node (Q.714 §5). It keeps the status of remote signaling points (from
 * MTP-PAUSE / MTP-RESUME) and remote subsystems (from SSA / SSP), runs the subsystem status test
 * for every prohibited remote subsystem, answers SST and SOR for local subsystems, broadcasts local
 * subsystem status to the concerned point codes, and tells local users with N-STATE and N-PCSTATE.
 * It is also what global title translation asks about availability.
 *
 * <p>Remote subsystem states (Q.714 §5.3.2, §5.3.4): {@code ALLOWED} (no entry) and {@code
 * PROHIBITED} (an entry with its SST timer). Events: SSP → prohibited, start SST; SSA or MTP-RESUME
 * → allowed, stop SST; SST timer → send SST, restart; MTP-PAUSE → SST suspended until resume.
 */
public final class SubsystemManagement implements DestinationAvailability {
  private static final Logger LOG = LoggerFactory.getLogger(SubsystemManagement.class);

  /** Status of a remote subsystem (Q.714 §5.3). */
  public enum RemoteSubsystemState {
    ALLOWED,
    PROHIBITED
  }

  private record Key(PointCode pointCode, Ssn ssn) {}

  private final ScmgContext node;
  private final TimerService timers;
  private final Duration sstInterval;
  private final List<PointCode> concerned;
  private final Set<PointCode> inaccessible = new HashSet<>();
  private final Map<Key, Timer> prohibited = new HashMap<>();
  private long malformed;
  private long sstSent;

  /**
   * @param sstInterval T(stat.info), the interval between subsystem status tests (Q.714 §5.3.4.2)
   * @param concernedPointCodes where local subsystem status is broadcast (Q.714 §5.3.6)
   */
  public SubsystemManagement(
      ScmgContext node,
      TimerService timers,
      Duration sstInterval,
      List<PointCode> concernedPointCodes) {
    this.node = node;
    this.timers = timers;
    this.sstInterval = sstInterval;
    this.concerned = List.copyOf(concernedPointCodes);
  }

  // ---- availability, for routing and translation

  @Override
  public boolean pointCodeAccessible(PointCode pointCode) {
    return pointCode.equals(node.localPointCode()) || !inaccessible.contains(pointCode);
  }

  @Override
  public boolean subsystemAllowed(PointCode pointCode, Ssn ssn) {
    if (pointCode.equals(node.localPointCode())) {
      return node.localSubsystemAllowed(ssn);
    }
    return !prohibited.containsKey(new Key(pointCode, ssn))
        && !prohibited.containsKey(new Key(pointCode, Ssn.SCMG));
  }

  /**
   * Whether the SCCP at the point code is available (no MTP-STATUS "user part unavailable" in
   * force).
   */
  public boolean remoteSccpAvailable(PointCode pointCode) {
    return !prohibited.containsKey(new Key(pointCode, Ssn.SCMG));
  }

  public RemoteSubsystemState remoteSubsystemState(PointCode pointCode, Ssn ssn) {
    return prohibited.containsKey(new Key(pointCode, ssn))
        ? RemoteSubsystemState.PROHIBITED
        : RemoteSubsystemState.ALLOWED;
  }

  /** Number of SCMG messages that could not be decoded. */
  public long malformedMessages() {
    return malformed;
  }

  /** Number of SST messages sent. */
  public long subsystemStatusTestsSent() {
    return sstSent;
  }

  /** SST timers running (the leak check: 0 once every remote subsystem is allowed again). */
  public int runningStatusTests() {
    return prohibited.size();
  }

  // ---- events from MTP (Q.714 §5.2)

  /** MTP-PAUSE: the point code is inaccessible; N-PCSTATE to users; its status tests wait. */
  public void onPause(PointCode pointCode) {
    if (!inaccessible.add(pointCode)) {
      return;
    }
    node.indicatePointCodeState(pointCode, false);
  }

  /**
   * MTP-RESUME: the point code is accessible; N-PCSTATE to users; its subsystems are marked allowed
   * (Q.714 §5.2.3) with N-STATE for those that were prohibited.
   */
  public void onResume(PointCode pointCode) {
    if (!inaccessible.remove(pointCode)) {
      return;
    }
    node.indicatePointCodeState(pointCode, true);
    List<Key> keys = new ArrayList<>();
    for (Key k : prohibited.keySet()) {
      if (k.pointCode.equals(pointCode)) {
        keys.add(k);
      }
    }
    for (Key k : keys) {
      allowed(k);
    }
  }

  /**
   * MTP-STATUS, user part unavailable, for SCCP (Q.714 §5.2.4): the remote SCCP and all its
   * subsystems are treated as prohibited, and the status test for SSN 1 runs until the remote SCMG
   * answers with SSA for SSN 1.
   */
  public void onRemoteSccpUnavailable(PointCode pointCode) {
    prohibit(new Key(pointCode, Ssn.SCMG));
  }

  // ---- events from local subsystems (Q.714 §5.3.5, §5.3.6)

  /** A local subsystem went in service: broadcast SSA. */
  public void localSubsystemAllowed(Ssn ssn) {
    broadcast(ScmgMessage.of(ScmgMessageType.SSA, ssn, node.localPointCode()));
  }

  /** A local subsystem went out of service: broadcast SSP. */
  public void localSubsystemProhibited(Ssn ssn) {
    broadcast(ScmgMessage.of(ScmgMessageType.SSP, ssn, node.localPointCode()));
  }

  /**
   * A message arrived for a prohibited local subsystem: tell its originator with SSP (Q.714
   * §5.3.2).
   */
  public void messageForProhibitedSubsystem(Ssn ssn, PointCode originator) {
    if (!originator.equals(node.localPointCode())) {
      node.sendScmg(originator, ScmgMessage.of(ScmgMessageType.SSP, ssn, node.localPointCode()));
    }
  }

  private void broadcast(ScmgMessage m) {
    for (PointCode pc : concerned) {
      if (pointCodeAccessible(pc)) {
        node.sendScmg(pc, m);
      }
    }
  }

  // ---- events from peer SCMG (Q.714 §5.3)

  /** A decoded SCMG message from {@code originator}. */
  public void onMessage(ScmgMessage m, PointCode originator) {
    Key affected = new Key(m.affectedPointCode(), m.affectedSsn());
    switch (m.type()) {
      case SSA -> allowed(affected);
      case SSP -> prohibit(affected);
      case SST -> {
        if (m.affectedSsn().equals(Ssn.SCMG) || node.localSubsystemAllowed(m.affectedSsn())) {
          node.sendScmg(
              originator,
              ScmgMessage.of(ScmgMessageType.SSA, m.affectedSsn(), node.localPointCode()));
        }
      }
      case SOR -> {
        if (node.localSubsystemAllowed(m.affectedSsn())) {
          node.sendScmg(
              originator,
              ScmgMessage.of(ScmgMessageType.SOG, m.affectedSsn(), node.localPointCode()));
        }
      }
      case SOG, SSC -> LOG.debug("SCMG {} from {} noted", m.type(), originator);
    }
  }

  /** An SCMG message that could not be decoded: counted and dropped. */
  public void onMalformed(String reason, PointCode originator) {
    malformed++;
    LOG.debug("malformed SCMG message from {}: {}", originator, reason);
  }

  private void prohibit(Key k) {
    if (k.pointCode.equals(node.localPointCode()) || prohibited.containsKey(k)) {
      return;
    }
    prohibited.put(k, timers.schedule(sstInterval, () -> statusTest(k)));
    node.indicateSubsystemState(k.pointCode, k.ssn, false);
  }

  private void allowed(Key k) {
    Timer t = prohibited.remove(k);
    if (t != null) {
      t.cancel();
      node.indicateSubsystemState(k.pointCode, k.ssn, true);
    }
  }

  /** T(stat.info) expiry: test the prohibited subsystem again (Q.714 §5.3.4.2). */
  private void statusTest(Key k) {
    if (!prohibited.containsKey(k)) {
      return;
    }
    // restart first: the answer may arrive before sendScmg returns
    prohibited.put(k, timers.schedule(sstInterval, () -> statusTest(k)));
    if (pointCodeAccessible(k.pointCode)) {
      sstSent++;
      node.sendScmg(k.pointCode, ScmgMessage.of(ScmgMessageType.SST, k.ssn, k.pointCode));
    }
  }

  /** Stops every status test (node shutdown). */
  public void stop() {
    prohibited.values().forEach(Timer::cancel);
    prohibited.clear();
  }
}
