package org.ss7sim.sccp.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpStatus;
import org.ss7sim.mtp.MtpStatusCause;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.sccp.message.ProtocolClassField;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.sccp.scmg.ScmgContext;
import org.ss7sim.sccp.scmg.ScmgMessage;
import org.ss7sim.sccp.scmg.ScmgMessageCodec;
import org.ss7sim.sccp.scmg.SubsystemManagement;
import org.ss7sim.wire.time.TimerService;

/**
 * One connectionless SCCP node (Q.711–Q.714) over an MTP service: the {@link SccpService} for its
 * local subsystems, and the MTP user for SI = SCCP. An STP is an SccpStack with translation rules
 * and no local users; an HLR or MSC one with users and usually a single rule towards its STP.
 *
 * <p>Single-threaded: every call (user requests, MTP indications, timers) must come from the thread
 * that owns the node; indications to users are given on it.
 */
public final class SccpStack implements SccpService {
  private static final Logger LOG = LoggerFactory.getLogger(SccpStack.class);

  private final PointCode local;
  private final SccpCounters counters = new SccpCounters();
  private final Map<Ssn, SccpUser> users = new HashMap<>();
  private final Set<Ssn> prohibitedLocal = new HashSet<>();
  private final SubsystemManagement scmg;
  private final RoutingControl scrc;
  private final ConnectionlessControl sclc;

  /** Creates the node and registers it with {@code mtp} for SI = SCCP. */
  public SccpStack(MtpService mtp, TimerService timers, SccpStackConfig config) {
    Objects.requireNonNull(mtp, "mtp");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(config, "config");
    this.local = mtp.localPointCode();
    this.scmg =
        new SubsystemManagement(
            new Context(), timers, config.statusTestInterval(), config.concernedPointCodes());
    this.scrc = new RoutingControl(this, mtp, config, counters, scmg);
    this.sclc = new ConnectionlessControl(this, scrc, config, counters, timers);
    scrc.connect(sclc);
    mtp.register(
        ServiceIndicator.SCCP,
        new MtpUser() {
          @Override
          public void onTransfer(MtpTransfer indication) {
            scrc.fromMtp(indication);
          }

          @Override
          public void onPause(PointCode affected) {
            scmg.onPause(affected);
          }

          @Override
          public void onResume(PointCode affected) {
            scmg.onResume(affected);
          }

          @Override
          public void onStatus(MtpStatus status) {
            if (status.cause() == MtpStatusCause.USER_PART_UNAVAILABLE
                && ServiceIndicator.SCCP.equals(status.userPart())) {
              scmg.onRemoteSccpUnavailable(status.affected());
            } else {
              LOG.debug("MTP-STATUS {} noted", status);
            }
          }
        });
  }

  public PointCode localPointCode() {
    return local;
  }

  public SccpCounters counters() {
    return counters;
  }

  /** The node's SCMG: remote point code and subsystem status, running status tests. */
  public SubsystemManagement subsystemManagement() {
    return scmg;
  }

  /** Segmented messages partly received (the leak check: 0 at the end of a scenario). */
  public int pendingReassemblies() {
    return sclc.pendingReassemblies();
  }

  /**
   * Stops the node's timers (status tests, reassembly) and forgets partial messages; for node
   * shutdown. Users stay registered.
   */
  public void stop() {
    scmg.stop();
    sclc.stop();
  }

  @Override
  public void register(Ssn ssn, SccpUser user) {
    Objects.requireNonNull(user, "user");
    if (ssn.value() == 0 || ssn.equals(Ssn.SCMG)) {
      throw new IllegalArgumentException("SSN " + ssn + " cannot be registered by a user");
    }
    boolean wasAllowed = users.containsKey(ssn);
    users.put(ssn, user);
    prohibitedLocal.remove(ssn);
    if (!wasAllowed) {
      scmg.localSubsystemAllowed(ssn);
    }
  }

  @Override
  public void unregister(Ssn ssn) {
    if (users.remove(ssn) != null) {
      prohibitedLocal.add(ssn);
      scmg.localSubsystemProhibited(ssn);
    }
  }

  @Override
  public void unitdata(UnitdataRequest request) {
    sclc.unitdata(request);
  }

  SccpUser user(Ssn ssn) {
    return users.get(ssn);
  }

  boolean locallyProhibited(Ssn ssn) {
    return prohibitedLocal.contains(ssn);
  }

  /** SCMG's view of this node. */
  private final class Context implements ScmgContext {
    @Override
    public PointCode localPointCode() {
      return local;
    }

    @Override
    public boolean localSubsystemAllowed(Ssn ssn) {
      return ssn.equals(Ssn.SCMG) || users.containsKey(ssn);
    }

    @Override
    public void sendScmg(PointCode destination, ScmgMessage message) {
      Unitdata udt =
          new Unitdata(
              ProtocolClassField.of(ProtocolClass.CLASS_0, false),
              SccpAddress.ofSsn(destination, Ssn.SCMG),
              SccpAddress.ofSsn(local, Ssn.SCMG),
              ScmgMessageCodec.encode(message));
      scrc.fromLocal(udt, 0);
    }

    @Override
    public void indicateSubsystemState(PointCode pointCode, Ssn ssn, boolean allowed) {
      for (SccpUser u : new ArrayList<>(users.values())) {
        u.onSubsystemState(pointCode, ssn, allowed);
      }
    }

    @Override
    public void indicatePointCodeState(PointCode pointCode, boolean accessible) {
      List<SccpUser> snapshot = new ArrayList<>(users.values());
      for (SccpUser u : snapshot) {
        u.onPointCodeState(pointCode, accessible);
      }
    }
  }
}
