package org.ss7sim.sccp.stack;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.gtt.GttOutcome;
import org.ss7sim.sccp.message.ExtendedUnitdata;
import org.ss7sim.sccp.message.ExtendedUnitdataService;
import org.ss7sim.sccp.message.LongUnitdata;
import org.ss7sim.sccp.message.LongUnitdataService;
import org.ss7sim.sccp.message.ProtocolClassField;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.sccp.message.SccpMessageType;
import org.ss7sim.sccp.message.Segmentation;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.sccp.message.UnitdataService;
import org.ss7sim.sccp.scmg.ScmgMessageCodec;
import org.ss7sim.sccp.scmg.SubsystemManagement;
import org.ss7sim.sccp.screening.ScreenedMessage;
import org.ss7sim.sccp.screening.Screening;
import org.ss7sim.sccp.screening.ScreeningVerdict;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * SCCP routing control, SCRC (Q.714 §2.3): routes every message, from a local user or from MTP, on
 * the called address: route on SSN to the local subsystem or to the point code given; route on GT
 * through global title translation, then to the local subsystem or on to the next node, with the
 * hop counter check (Q.714 §2.3.2) on relayed messages. Undeliverable messages go to the return
 * procedure (Q.714 §4.2): a UDTS/XUDTS/LUDTS to the originator, an N-NOTICE to a local one, or
 * discard.
 *
 * <p>The decode boundary for messages from MTP is {@link #fromMtp}: a message that does not decode
 * is discarded and counted (Q.714 §4.3 has no answer for a message whose addresses cannot be read).
 */
final class RoutingControl {
  private static final Logger LOG = LoggerFactory.getLogger(RoutingControl.class);

  private final SccpStack node;
  private final MtpService mtp;
  private final SccpStackConfig config;
  private final SccpCounters counters;
  private final SubsystemManagement scmg;
  private final PointCode local;
  private ConnectionlessControl sclc;

  RoutingControl(
      SccpStack node,
      MtpService mtp,
      SccpStackConfig config,
      SccpCounters counters,
      SubsystemManagement scmg) {
    this.node = node;
    this.mtp = mtp;
    this.config = config;
    this.counters = counters;
    this.scmg = scmg;
    this.local = mtp.localPointCode();
  }

  void connect(ConnectionlessControl connectionlessControl) {
    this.sclc = connectionlessControl;
  }

  /** MTP-TRANSFER indication for SI = SCCP. */
  void fromMtp(MtpTransfer t) {
    counters.increment(SccpCounter.RECEIVED);
    Octets bytes = t.userData();
    SccpMessageType type = bytes.isEmpty() ? null : SccpMessageType.fromCode(bytes.get(0));
    if (type != null && !type.connectionless()) {
      counters.increment(SccpCounter.UNSUPPORTED);
      LOG.debug("discarding {} from {}: connection-oriented SCCP not supported", type, t.opc());
      return;
    }
    SccpMessage m;
    try {
      m = SccpMessageCodec.decode(bytes);
    } catch (MalformedMessageException e) {
      boolean unknownType = type == null && !bytes.isEmpty();
      counters.increment(unknownType ? SccpCounter.UNSUPPORTED : SccpCounter.MALFORMED);
      LOG.debug("discarding SCCP message from {}: {}", t.opc(), e.getMessage());
      return;
    }
    Optional<Boolean> connectionless = dataClass(m);
    if (connectionless.isPresent() && !connectionless.get()) {
      counters.increment(SccpCounter.UNSUPPORTED);
      LOG.debug(
          "discarding {} from {}: protocol class 2/3 in a connectionless message",
          m.type(),
          t.opc());
      return;
    }
    route(m, Origin.remote(t.opc(), t.sls()));
  }

  /** A message from this node's SCLC or SCMG. */
  void fromLocal(SccpMessage m, int sls) {
    route(m, Origin.local(local, sls));
  }

  private void route(SccpMessage m, Origin o) {
    SccpAddress called = m.called();
    if (called.routingIndicator() == RoutingIndicator.ROUTE_ON_SSN) {
      PointCode dpc = called.pointCode();
      if (!o.local() || dpc == null || dpc.equals(local)) {
        deliverLocal(m, o);
      } else {
        toRemote(dpc, m, o);
      }
      return;
    }
    GttOutcome outcome = config.translator().translate(called, o.sls(), scmg);
    if (outcome instanceof GttOutcome.Failed f) {
      if (o.local() && called.pointCode() != null && !called.pointCode().equals(local)) {
        toRemote(called.pointCode(), m, o); // the node at that point code translates (Q.714 §2.3.1)
        return;
      }
      LOG.debug("no translation for {}: {}", called, f.reason());
      returnOrDiscard(m, f.cause(), o);
      return;
    }
    GttOutcome.Translated t = (GttOutcome.Translated) outcome;
    counters.increment(SccpCounter.TRANSLATED);
    int hop = m.hopCounter();
    if (!o.local() && hop >= 0) {
      if (hop <= 1) {
        counters.increment(SccpCounter.HOP_COUNTER_VIOLATIONS);
        returnOrDiscard(m, ReturnCause.HOP_COUNTER_VIOLATION, o);
        return;
      }
      hop--;
    }
    SccpMessage translated =
        m.readdressed(t.called(), completeCalling(m.calling(), o), Math.max(hop, 0));
    if (t.destination().equals(local)) {
      if (t.called().routingIndicator() == RoutingIndicator.ROUTE_ON_SSN) {
        deliverLocal(translated, o);
      } else {
        returnOrDiscard(
            m, ReturnCause.NO_TRANSLATION_FOR_ADDRESS, o); // would translate to itself forever
      }
      return;
    }
    if (!o.local()) {
      if (config.screening() != Screening.NONE
          && !m.type().service()
          && !screened(m, translated, t, o)) {
        return;
      }
      counters.increment(SccpCounter.RELAYED);
    }
    transfer(t.destination(), translated, o, m);
  }

  /**
   * Asks the screening about a message from MTP that is about to be relayed; true to forward it.
   * Otherwise the verdict is carried out here: discard, the return procedure with the verdict's
   * cause, or a UDT with the verdict's data from the called address back to the calling one.
   */
  private boolean screened(
      SccpMessage m, SccpMessage translated, GttOutcome.Translated t, Origin o) {
    ScreeningVerdict v =
        config.screening().screen(new ScreenedMessage(m, o.opc(), t.called(), t.destination()));
    if (v instanceof ScreeningVerdict.Allow) {
      return true;
    }
    counters.increment(SccpCounter.SCREENED);
    if (v instanceof ScreeningVerdict.Return r) {
      returnOrDiscard(m, r.cause(), o);
    } else if (v instanceof ScreeningVerdict.Answer a) {
      SccpAddress from = m.called();
      if (from.routingIndicator() == RoutingIndicator.ROUTE_ON_SSN && from.pointCode() == null) {
        from = from.withPointCode(t.destination());
      }
      route(
          new Unitdata(
              ProtocolClassField.of(org.ss7sim.sccp.ProtocolClass.CLASS_0, false),
              translated.calling(),
              from,
              a.data()),
          Origin.local(local, o.sls()));
    } else {
      counters.increment(SccpCounter.DISCARDED);
      LOG.debug("screening discarded {} to {}", m.type(), m.called());
    }
    return false;
  }

  /** Route on SSN to another node: check what SCMG knows first (Q.714 §2.3.1 d). */
  private void toRemote(PointCode dpc, SccpMessage m, Origin o) {
    if (!scmg.pointCodeAccessible(dpc)) {
      returnOrDiscard(m, ReturnCause.MTP_FAILURE, o);
      return;
    }
    if (!scmg.remoteSccpAvailable(dpc) && !Ssn.SCMG.equals(m.called().ssn())) {
      returnOrDiscard(m, ReturnCause.SCCP_FAILURE, o); // MTP-STATUS: remote SCCP unavailable
      return;
    }
    Ssn ssn = m.called().ssn();
    if (m.called().routingIndicator() == RoutingIndicator.ROUTE_ON_SSN
        && m.called().hasKnownSsn()
        && !ssn.equals(Ssn.SCMG)
        && !scmg.subsystemAllowed(dpc, ssn)) {
      returnOrDiscard(m, ReturnCause.SUBSYSTEM_FAILURE, o);
      return;
    }
    transfer(
        dpc,
        m.readdressed(
            m.called(), completeCalling(m.calling(), o), m.hopCounter() < 0 ? 0 : m.hopCounter()),
        o,
        m);
  }

  private void transfer(PointCode dpc, SccpMessage m, Origin o, SccpMessage original) {
    Octets bytes;
    try {
      bytes = SccpMessageCodec.encode(m);
    } catch (IllegalArgumentException e) {
      LOG.debug("cannot encode {} for {}: {}", m.type(), dpc, e.getMessage());
      returnOrDiscard(original, ReturnCause.ERROR_IN_LOCAL_PROCESSING, o);
      return;
    }
    counters.increment(SccpCounter.SENT);
    mtp.transfer(
        new MtpTransfer(
            local,
            dpc,
            ServiceIndicator.SCCP,
            config.networkIndicator(),
            0,
            o.sls() & 0x0f,
            bytes));
  }

  /**
   * Calling party address treatment (Q.714 §2.7): a calling address with route on SSN and no point
   * code gets the OPC, whether or not it also carries a global title, so that the far end can
   * answer. Done when a message leaves a node through MTP (the OPC is this node's) and when one is
   * received or relayed (the OPC is the sender's). Without it, a node that answers from the
   * route-on-SSN address an STP's translation gave it (GT kept, no point code) would be answered on
   * SSN with no point code, and the answer would be delivered at the node that sends it.
   */
  private static SccpAddress completeCalling(SccpAddress calling, Origin o) {
    return completeCalling(calling, o.opc());
  }

  static SccpAddress completeCalling(SccpAddress calling, PointCode opc) {
    if (calling.routingIndicator() == RoutingIndicator.ROUTE_ON_SSN
        && calling.pointCode() == null) {
      return calling.withPointCode(opc);
    }
    return calling;
  }

  private void deliverLocal(SccpMessage m, Origin o) {
    if (m.type().service()) {
      sclc.serviceMessage(m);
      return;
    }
    Ssn ssn = m.called().ssn();
    if (ssn == null || ssn.value() == 0) {
      returnOrDiscard(m, ReturnCause.UNEQUIPPED_USER, o);
      return;
    }
    if (ssn.equals(Ssn.SCMG)) {
      try {
        scmg.onMessage(ScmgMessageCodec.decode(m.data()), o.opc());
      } catch (MalformedMessageException e) {
        scmg.onMalformed(e.getMessage(), o.opc());
      }
      return;
    }
    SccpUser user = node.user(ssn);
    if (user == null) {
      if (node.locallyProhibited(ssn)) {
        scmg.messageForProhibitedSubsystem(ssn, o.opc());
        returnOrDiscard(m, ReturnCause.SUBSYSTEM_FAILURE, o);
      } else {
        returnOrDiscard(m, ReturnCause.UNEQUIPPED_USER, o);
      }
      return;
    }
    sclc.deliver(m, completeCalling(m.calling(), o), o, user);
  }

  /**
   * The return procedure (Q.714 §4.2): service messages and messages without the return option are
   * discarded; otherwise the data goes back to the originator in the matching service message, or
   * as N-NOTICE when the originator is local. Of a segmented message only the first segment is
   * returned.
   */
  void returnOrDiscard(SccpMessage m, ReturnCause cause, Origin o) {
    Optional<Segmentation> seg = m.segmentation();
    if (m.type().service() || !returnOption(m) || (seg.isPresent() && !seg.get().first())) {
      counters.increment(SccpCounter.DISCARDED);
      LOG.debug("discarding undeliverable {} to {} (cause {})", m.type(), m.called(), cause.code());
      return;
    }
    if (o.local()) {
      sclc.notice(m, cause);
      return;
    }
    SccpAddress back = m.calling();
    if (back.routingIndicator() == RoutingIndicator.ROUTE_ON_SSN && back.pointCode() == null) {
      back = back.withPointCode(o.opc());
    }
    SccpMessage service;
    if (m instanceof Unitdata) {
      service = new UnitdataService(cause, back, m.called(), m.data());
    } else if (m instanceof LongUnitdata) {
      service =
          new LongUnitdataService(
              cause, config.hopCounter(), back, m.called(), m.data(), m.optionalParameters());
    } else {
      service =
          new ExtendedUnitdataService(
              cause, config.hopCounter(), back, m.called(), m.data(), m.optionalParameters());
    }
    counters.increment(SccpCounter.RETURNED);
    route(service, Origin.local(local, o.sls()));
  }

  private static boolean returnOption(SccpMessage m) {
    if (m instanceof Unitdata u) {
      return u.protocolClass().returnOnError();
    }
    if (m instanceof ExtendedUnitdata x) {
      return x.protocolClass().returnOnError();
    }
    if (m instanceof LongUnitdata l) {
      return l.protocolClass().returnOnError();
    }
    return false;
  }

  /** For data messages, whether the class is connectionless; empty for service messages. */
  private static Optional<Boolean> dataClass(SccpMessage m) {
    if (m instanceof Unitdata u) {
      return Optional.of(u.protocolClass().connectionless());
    }
    if (m instanceof ExtendedUnitdata x) {
      return Optional.of(x.protocolClass().connectionless());
    }
    if (m instanceof LongUnitdata l) {
      return Optional.of(l.protocolClass().connectionless());
    }
    return Optional.empty();
  }

  static ReturnCause returnCause(SccpMessage service) {
    if (service instanceof UnitdataService u) {
      return u.returnCause();
    }
    if (service instanceof ExtendedUnitdataService x) {
      return x.returnCause();
    }
    return ((LongUnitdataService) service).returnCause();
  }
}
