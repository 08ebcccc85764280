package org.ss7sim.sccp.stack;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.sccp.NoticeIndication;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.sccp.address.SccpAddressCodec;
import org.ss7sim.sccp.message.ExtendedUnitdata;
import org.ss7sim.sccp.message.LongUnitdata;
import org.ss7sim.sccp.message.OptionalParameter;
import org.ss7sim.sccp.message.ProtocolClassField;
import org.ss7sim.sccp.message.SccpMessage;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.sccp.message.Segmentation;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.wire.Octets;

/**
 * SCCP connectionless control, SCLC (Q.714 §4): turns N-UNITDATA requests into UDT, LUDT or
 * segmented XUDT (Q.714 §4.1.1), chooses the SLS (class 1: from the sequence control; class 0:
 * round robin), reassembles incoming segments, and gives N-UNITDATA and N-NOTICE indications.
 */
final class ConnectionlessControl {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionlessControl.class);

  /** The segmentation parameter's remaining-segments field allows 16 segments at most. */
  static final int MAX_SEGMENTS = 16;

  /** Fixed octets of an XUDT with a segmentation parameter, apart from the two addresses. */
  private static final int XUDT_SEGMENT_OVERHEAD = 3 + 4 + 1 + 1 + 1 + 6 + 1;

  /** Fixed octets of a UDT apart from addresses and data. */
  private static final int UDT_OVERHEAD = 2 + 3 + 1 + 1 + 1;

  /**
   * Room left in each segment for a relay that lengthens an address (a PC added, digits rewritten).
   */
  private static final int SEGMENT_MARGIN = 8;

  private final SccpStack node;
  private final RoutingControl scrc;
  private final SccpStackConfig config;
  private final SccpCounters counters;
  private final Reassembly reassembly;
  private int nextSls;
  private int nextLocalReference;

  ConnectionlessControl(
      SccpStack node,
      RoutingControl scrc,
      SccpStackConfig config,
      SccpCounters counters,
      org.ss7sim.wire.time.TimerService timers) {
    this.node = node;
    this.scrc = scrc;
    this.config = config;
    this.counters = counters;
    this.reassembly =
        new Reassembly(
            timers,
            config.reassemblyTimeout(),
            config.maxReassemblies(),
            new Reassembly.Sink() {
              @Override
              public void complete(
                  SccpMessage first,
                  Octets data,
                  Origin origin,
                  SccpUser user,
                  ProtocolClass originalClass) {
                counters.increment(SccpCounter.REASSEMBLED);
                indicate(first, first.calling(), origin, user, originalClass, data);
              }

              @Override
              public void failed(
                  SccpMessage first, Origin origin, SccpCounter why, ReturnCause cause) {
                counters.increment(why);
                LOG.debug("reassembly from {} abandoned: {}", origin.opc(), why);
                scrc.returnOrDiscard(first, cause, origin);
              }
            });
  }

  int pendingReassemblies() {
    return reassembly.pending();
  }

  void stop() {
    reassembly.clear();
  }

  // ---- from local users

  /** N-UNITDATA request. */
  void unitdata(UnitdataRequest r) {
    int sls =
        r.protocolClass() == ProtocolClass.CLASS_1 ? r.sequenceControl() & 0x0f : nextSls++ & 0x0f;
    ProtocolClassField pcf = ProtocolClassField.of(r.protocolClass(), r.returnOnError());
    Octets data = r.data();
    SccpAddress calling = RoutingControl.completeCalling(r.calling(), node.localPointCode());
    int addresses;
    try {
      addresses =
          SccpAddressCodec.encode(r.called()).length() + SccpAddressCodec.encode(calling).length();
    } catch (IllegalArgumentException e) { // e.g. an ANSI point code in an ITU address
      LOG.debug("cannot encode the addresses of an N-UNITDATA request: {}", e.getMessage());
      if (r.returnOnError()) {
        notice(new Unitdata(pcf, r.called(), calling, data), ReturnCause.ERROR_IN_LOCAL_PROCESSING);
      } else {
        counters.increment(SccpCounter.DISCARDED);
      }
      return;
    }
    if (data.length() <= 255
        && UDT_OVERHEAD + addresses + data.length() <= config.maxMessageLength()) {
      scrc.fromLocal(new Unitdata(pcf, r.called(), calling, data), sls);
      return;
    }
    if (config.longMessages() && data.length() <= SccpMessageCodec.MAX_LONG_DATA) {
      scrc.fromLocal(
          new LongUnitdata(pcf, config.hopCounter(), r.called(), calling, data, List.of()), sls);
      return;
    }
    // the one-octet optional-part pointer must reach past called, calling and data
    int byPointer = 255 - 4 - addresses - SEGMENT_MARGIN;
    int byLength = config.maxMessageLength() - XUDT_SEGMENT_OVERHEAD - addresses - SEGMENT_MARGIN;
    int perSegment = Math.min(byPointer, byLength);
    int segments =
        perSegment <= 0 ? Integer.MAX_VALUE : (data.length() + perSegment - 1) / perSegment;
    if (segments > MAX_SEGMENTS) {
      LOG.debug("{} octets of user data need {} segments", data.length(), segments);
      SccpMessage whole =
          new LongUnitdata(pcf, config.hopCounter(), r.called(), calling, data, List.of());
      if (r.returnOnError()) {
        notice(whole, ReturnCause.SEGMENTATION_FAILURE);
      } else {
        counters.increment(SccpCounter.DISCARDED);
      }
      return;
    }
    segment(r, calling, data, perSegment, segments, sls);
  }

  /** Q.714 §4.1.1.2: every segment class 1, the same SLS, one local reference. */
  private void segment(
      UnitdataRequest r, SccpAddress calling, Octets data, int perSegment, int segments, int sls) {
    counters.increment(SccpCounter.SEGMENTED);
    int ref = nextLocalReference++ & 0xffffff;
    ProtocolClassField pcf = ProtocolClassField.of(ProtocolClass.CLASS_1, r.returnOnError());
    boolean class1 = r.protocolClass() == ProtocolClass.CLASS_1;
    for (int i = 0; i < segments; i++) {
      Octets part = data.slice(i * perSegment, Math.min(data.length(), (i + 1) * perSegment));
      List<OptionalParameter> opt =
          List.of(new Segmentation(i == 0, class1, segments - 1 - i, ref).toParameter());
      counters.increment(SccpCounter.SEGMENTS_SENT);
      scrc.fromLocal(
          new ExtendedUnitdata(pcf, config.hopCounter(), r.called(), calling, part, opt), sls);
    }
  }

  // ---- to local users

  /** A data message for the local subsystem {@code user}; segments go through reassembly. */
  void deliver(SccpMessage m, SccpAddress calling, Origin o, SccpUser user) {
    Optional<Segmentation> seg = m.segmentation();
    if (seg.isPresent()) {
      Segmentation s = seg.get();
      SccpMessage withCalling = m.readdressed(m.called(), calling, Math.max(m.hopCounter(), 0));
      ProtocolClass original = s.class1() ? ProtocolClass.CLASS_1 : ProtocolClass.CLASS_0;
      if (s.first() && s.remainingSegments() == 0) {
        indicate(withCalling, calling, o, user, original, m.data());
      } else {
        reassembly.accept(withCalling, s, o, user);
      }
      return;
    }
    indicate(m, calling, o, user, dataClass(m), m.data());
  }

  private void indicate(
      SccpMessage m, SccpAddress calling, Origin o, SccpUser user, ProtocolClass pc, Octets data) {
    counters.increment(SccpCounter.DELIVERED);
    user.onUnitdata(
        new UnitdataIndication(m.called(), calling, pc, o.sls(), returnOption(m), data));
  }

  /** A message this node's user sent could not be delivered: N-NOTICE to that user. */
  void notice(SccpMessage original, ReturnCause cause) {
    SccpUser user = original.calling().ssn() == null ? null : node.user(original.calling().ssn());
    if (user == null) {
      counters.increment(SccpCounter.DISCARDED);
      return;
    }
    counters.increment(SccpCounter.NOTICES);
    user.onNotice(
        new NoticeIndication(original.called(), original.calling(), cause, original.data()));
  }

  /**
   * A UDTS, XUDTS or LUDTS addressed to a local subsystem: N-NOTICE with the original addresses.
   */
  void serviceMessage(SccpMessage service) {
    SccpUser user = service.called().ssn() == null ? null : node.user(service.called().ssn());
    if (user == null) {
      counters.increment(SccpCounter.DISCARDED);
      return;
    }
    counters.increment(SccpCounter.NOTICES);
    user.onNotice(
        new NoticeIndication(
            service.calling(),
            service.called(),
            RoutingControl.returnCause(service),
            service.data()));
  }

  private static ProtocolClass dataClass(SccpMessage m) {
    ProtocolClassField f = classField(m);
    return f == null ? ProtocolClass.CLASS_0 : f.connectionlessClass();
  }

  private static boolean returnOption(SccpMessage m) {
    ProtocolClassField f = classField(m);
    return f != null && f.returnOnError();
  }

  private static ProtocolClassField classField(SccpMessage m) {
    if (m instanceof Unitdata u) {
      return u.protocolClass();
    }
    if (m instanceof ExtendedUnitdata x) {
      return x.protocolClass();
    }
    if (m instanceof LongUnitdata l) {
      return l.protocolClass();
    }
    return null;
  }
}
