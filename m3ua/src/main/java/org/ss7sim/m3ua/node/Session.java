package org.ss7sim.m3ua.node;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.ErrorCode;
import org.ss7sim.m3ua.message.ErrorMessage;
import org.ss7sim.m3ua.message.Heartbeat;
import org.ss7sim.m3ua.message.HeartbeatAck;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.M3uaMessageType;
import org.ss7sim.m3ua.message.MessageClass;
import org.ss7sim.transport.Association;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.time.Timer;

/**
 * What every M3UA association of a node does, whatever its role: the one decode boundary (ERR for
 * undecodable input, RFC 4666 §3.8.1), stream checks, heartbeats (§4.3.4.6: BEAT answered with BEAT
 * ACK echoing the data; own BEATs with a timeout that aborts the association), and sending.
 */
abstract class Session {
  private static final Logger LOG = LoggerFactory.getLogger(Session.class);
  static final long PPID_M3UA = 3;
  private static final int DIAGNOSTIC_OCTETS = 40;

  final M3uaNode node;
  final String name;
  Association association;
  private Timer beatTimer;
  private Timer beatTimeout;
  private long beatSequence;
  private final TokenBucket errors;

  /** Destinations the peer reported unavailable (DUNA, §3.4.1) on this association. */
  final PointCodeSet prohibited = new PointCodeSet();

  /** Destinations the peer reported restricted (DRST, §3.4.6) on this association. */
  final PointCodeSet restricted = new PointCodeSet();

  /**
   * Destinations this node has told the peer (an adjacent STP) it cannot reach through this node
   * (DUNA as transfer-prohibited, Q.704 §13.2) and not yet available again (DAVA, §13.3).
   */
  final java.util.Set<org.ss7sim.mtp.PointCode> toldProhibited = new java.util.HashSet<>();

  /** DATA sent and received on this association (for inspection: which way traffic went). */
  long dataSent;

  long dataReceived;

  Session(M3uaNode node, String name) {
    this.node = node;
    this.name = name;
    this.errors = node.errorBucket();
  }

  /** The configured link this session runs on (a listening link's name for accepted ones). */
  String link() {
    return name;
  }

  /** Counts refusal {@code c} on this session's link and peer ({@link RefusalListener}). */
  final void refused(Counter c) {
    node.refused(c, link(), association);
  }

  /** The Network Appearance of this association (§3.3.1), or null for none. */
  Long networkAppearance() {
    return node.networkAppearance();
  }

  /** The association came up. */
  final void transportUp(Association a) {
    association = a;
    startHeartbeat();
    up();
  }

  /** The association went down (it may come back). */
  final void transportDown(String cause) {
    stopHeartbeat();
    LOG.debug("{}: association down: {}", name, cause);
    down();
  }

  /** The decode boundary: every received message enters here. */
  final void received(int streamId, Octets payload) {
    node.count(Counter.RECEIVED);
    node.tracer().trace(name, false, streamId, payload);
    M3uaMessage m;
    try {
      m = M3uaCodec.decode(payload);
    } catch (MalformedMessageException e) {
      node.count(Counter.DISCARDED_MALFORMED);
      LOG.debug("{}: malformed M3UA message: {}", name, e.getMessage());
      sendError(
          ErrorCode.of(e),
          List.of(),
          payload.slice(0, Math.min(DIAGNOSTIC_OCTETS, payload.length())));
      return;
    }
    if (association != null
        && association.carriesStreams()
        && streamId != 0
        && m.type().messageClass() == MessageClass.ASPSM
        && m.type() != M3uaMessageType.BEAT
        && m.type() != M3uaMessageType.BEAT_ACK) {
      // §4.3.4: ASP Up/Down and their acks go on stream 0; BEAT may use any stream.
      unexpected(ErrorCode.INVALID_STREAM_IDENTIFIER, "ASPSM on stream " + streamId);
      return;
    }
    switch (m.type()) {
      case BEAT -> send(new HeartbeatAck(((Heartbeat) m).heartbeatData(), List.of()));
      case BEAT_ACK -> beatAcknowledged();
      case ERR -> {
        node.count(Counter.ERR_RECEIVED);
        LOG.debug("{}: peer sent ERR {}", name, ((ErrorMessage) m).errorCode());
      }
      default -> handle(m, streamId);
    }
  }

  abstract void up();

  /** The routes (link or ASes) this association is: a message that came in on it uses none. */
  abstract java.util.Set<String> vias();

  /** Whether route {@code via} is this association ({@link #vias}), in O(1). */
  abstract boolean isVia(String via);

  /** Whether the peer is an adjacent STP ({@link M3uaNodeBuilder#adjacentTransferPoint}). */
  abstract boolean adjacentStp();

  /** The routing contexts SSNM on this association carry, or null when it is not active. */
  abstract List<Long> ssnmRoutingContexts();

  abstract void down();

  abstract void handle(M3uaMessage message, int streamId);

  /** Counts and answers a well-formed but unacceptable message with ERR {@code code}. */
  final void unexpected(ErrorCode code, String why) {
    unexpected(code, why, List.of());
  }

  final void unexpected(ErrorCode code, String why, List<Long> routingContexts) {
    node.count(Counter.DISCARDED_UNEXPECTED);
    LOG.debug("{}: {} -> ERR {}", name, why, code);
    sendError(code, routingContexts, null);
  }

  /**
   * Sends ERR, unless this association has used up its budget of ERR answers ({@link
   * M3uaNodeBuilder#errorRateLimit}): then the answer is dropped and counted ({@link
   * Counter#ERR_SUPPRESSED}).
   */
  final void sendError(ErrorCode code, List<Long> routingContexts, Octets diagnostic) {
    if (!errors.take()) {
      node.count(Counter.ERR_SUPPRESSED);
      return;
    }
    node.count(Counter.ERR_SENT);
    send(new ErrorMessage(code, routingContexts, null, List.of(), diagnostic, List.of()));
  }

  /** Sends a management message on stream 0. */
  final boolean send(M3uaMessage message) {
    return send(message, 0);
  }

  final boolean send(M3uaMessage message, int streamId) {
    Association a = association;
    if (a == null) {
      return false;
    }
    WireWriter w = node.scratch();
    M3uaCodec.encode(message, w);
    Octets bytes = w.toOctets();
    if (!a.send(streamId, PPID_M3UA, bytes)) {
      return false;
    }
    node.count(Counter.SENT);
    node.tracer().trace(name, true, streamId, bytes);
    return true;
  }

  /** Sends DATA on the stream chosen by SLS (stream 0 is kept for management). */
  final boolean sendData(Data data) {
    Association a = association;
    if (a == null) {
      return false;
    }
    Long na = networkAppearance();
    if (!java.util.Objects.equals(na, data.networkAppearance())) {
      data =
          new Data(
              na,
              data.routingContexts(),
              data.protocolData(),
              data.correlationId(),
              data.unknown());
    }
    int streams = a.outboundStreams();
    int stream = streams > 1 ? 1 + data.protocolData().sls() % (streams - 1) : 0;
    if (send(data, stream)) {
      dataSent++;
      node.count(Counter.DATA_SENT);
      return true;
    }
    return false;
  }

  /** Sends one BEAT now and expects its ACK within the heartbeat timeout. */
  final void sendHeartbeat() {
    WireWriter w = new WireWriter(8);
    w.writeU32(beatSequence >>> 32).writeU32(beatSequence & 0xffffffffL);
    beatSequence++;
    if (send(new Heartbeat(w.toOctets(), List.of())) && beatTimeout == null) {
      beatTimeout = node.timers().schedule(node.heartbeatTimeout(), this::heartbeatTimedOut);
    }
  }

  private void startHeartbeat() {
    Duration interval = node.heartbeatInterval();
    if (interval != null) {
      beatTimer = node.timers().schedule(interval, this::heartbeatTick);
    }
  }

  private void heartbeatTick() {
    sendHeartbeat();
    beatTimer = node.timers().schedule(node.heartbeatInterval(), this::heartbeatTick);
  }

  private void beatAcknowledged() {
    if (beatTimeout != null) {
      beatTimeout.cancel();
      beatTimeout = null;
    }
  }

  private void heartbeatTimedOut() {
    beatTimeout = null;
    node.count(Counter.HEARTBEAT_TIMEOUTS);
    LOG.debug("{}: no BEAT ACK within {}, aborting the association", name, node.heartbeatTimeout());
    Association a = association;
    if (a != null) {
      a.abort();
    }
  }

  private void stopHeartbeat() {
    if (beatTimer != null) {
      beatTimer.cancel();
      beatTimer = null;
    }
    beatAcknowledged();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " " + name;
  }
}
