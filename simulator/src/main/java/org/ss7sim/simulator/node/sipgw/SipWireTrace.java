package org.ss7sim.simulator.node.sipgw;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.sip.SipWireTap;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * The tracer's view of a gateway's SIP side: every SIP message, as the library sent or parsed it,
 * recorded as a UDP or TCP frame between the addresses it really travelled between, so the capture
 * shows the SIP leg beside the M3UA frames of the ISUP leg (tshark's sip dissector decodes it on
 * any port with {@code -d udp.port==N,sip}; on 5060 without). Each call's messages belong to one
 * flow: the ISUP call's flow for calls from SS7 and the scenario's SIP caller ({@link #expect},
 * before the INVITE is sent), a new {@code sip-N} flow for INVITEs received without one named
 * before. Thread-safe: the library calls {@link #onMessage} on its threads.
 */
public final class SipWireTrace implements SipWireTap {
  private final Tracer tracer;
  private final String node;
  private final Map<String, String> flowByCallId = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();
  private final Map<String, CallStamps> stamps = new ConcurrentHashMap<>();

  /**
   * @param tracer where the messages go
   * @param node the gateway's name (the ladder's column for its side)
   */
  public SipWireTrace(Tracer tracer, String node) {
    this.tracer = tracer;
    this.node = node;
  }

  /** The flow of the call with this Call-ID ("" when none is known). */
  public String flowOf(String callId) {
    return flowByCallId.getOrDefault(callId, "");
  }

  /** A simulated caller is about to send an INVITE with this Call-ID for {@code flow}. */
  public void expect(String callId, String flow) {
    if (!flow.isEmpty()) {
      flowByCallId.put(callId, flow);
    }
  }

  /** The call is over: forget its flow (after its last messages have been traced). */
  public void forget(String callId) {
    flowByCallId.remove(callId);
    stamps.remove(callId);
  }

  @Override
  public void onMessage(Message m) {
    Endpoint source = endpoint(m.source());
    Endpoint destination = endpoint(m.destination());
    if (source == null || destination == null) {
      return; // the pcap writes IPv4 frames only
    }
    String text = new String(m.bytes().toByteArray(), StandardCharsets.UTF_8);
    String flow = flowByCallId.get(m.callId());
    if (flow == null) {
      if (!m.outbound() && text.startsWith("INVITE ")) {
        flow = "sip-" + calls.incrementAndGet();
      } else {
        flow = "";
      }
      if (!flow.isEmpty()) {
        flowByCallId.put(m.callId(), flow);
      }
    }
    CallStamps call = stamps.computeIfAbsent(m.callId(), k -> new CallStamps());
    long micros = call.stamp(m.outbound(), text, m.epochMillis() * 1000);
    String far = "sip " + hostPort(m.outbound() ? m.destination() : m.source());
    tracer.record(
        new TraceEvent(
            micros,
            m.outbound() ? node : far,
            m.outbound() ? far : node,
            flow,
            label(text),
            m.transport().equals("tcp") ? TraceEvent.Carrier.SIP_TCP : TraceEvent.Carrier.SIP_UDP,
            source,
            destination,
            0,
            m.bytes()));
  }

  /**
   * What a ladder shows: the method of a request ({@code INVITE}), the status, reason phrase and
   * method of a response ({@code 180 Ringing (INVITE)}).
   */
  static String label(String text) {
    int eol = text.indexOf("\r\n");
    String first = eol < 0 ? text : text.substring(0, eol);
    if (!first.startsWith("SIP/2.0 ")) {
      int space = first.indexOf(' ');
      return space < 0 ? first : first.substring(0, space);
    }
    String status = first.substring("SIP/2.0 ".length());
    String method = "";
    for (String line : text.split("\r\n")) {
      if (line.regionMatches(true, 0, "CSeq:", 0, 5)) {
        String[] parts = line.substring(5).trim().split("\\s+");
        method = parts.length > 1 ? parts[1] : "";
        break;
      }
      if (line.isEmpty()) {
        break;
      }
    }
    return method.isEmpty() ? status : status + " (" + method + ")";
  }

  /**
   * The times of one call's messages, kept in SIP's causal order. The library stamps a message in
   * milliseconds (sent: before sending; received: on arrival) and reports a sent one only after
   * sending it, so a quick answer (the ACK of our 200, a response to our request) can be reported
   * first, with the same millisecond. Each message is therefore put after what caused it (a
   * response after its request, an ACK after the final response it acknowledges, a provisional
   * response before a CANCEL of the same millisecond, an ACK before a BYE of the same millisecond
   * from the side that answered) and before what it caused that is already recorded, by a
   * microsecond where needed. Retransmissions keep the times of the first copy as reference.
   */
  static final class CallStamps {
    private final Map<String, Long> seen = new java.util.HashMap<>();

    synchronized long stamp(boolean outbound, String text, long micros) {
      String self = outbound ? ">" : "<";
      String other = outbound ? "<" : ">";
      String[] cseq = cseq(text);
      if (cseq == null) {
        return micros;
      }
      String n = cseq[0];
      String method = cseq[1];
      boolean response = text.startsWith("SIP/2.0 ");
      long t = micros;
      if (!response && method.equals("ACK")) {
        t = after(t, other + "FIN " + n + " INVITE");
        Long bye = seen.get(other + "BYE");
        if (bye != null && bye >= t) {
          // our ACK reported after the BYE the peer sent once it had it, in the same millisecond
          t = Math.max(Math.min(t, bye - 1), after(Long.MIN_VALUE, other + "FIN " + n + " INVITE"));
        }
        remember(self + "ACK " + n, t);
      } else if (!response && method.equals("BYE")) {
        // after the 200 that set up the dialog, leaving a microsecond for the ACK between them
        Long answered = seen.get(self + "FIN INVITE");
        if (answered != null) {
          t = Math.max(t, answered + 2);
        }
        t = before(t, other + "RSP " + n + " BYE");
        remember(self + "REQ " + n + " BYE", t);
        remember(self + "BYE", t);
      } else if (!response) {
        t = before(t, other + "RSP " + n + " " + method);
        remember(self + "REQ " + n + " " + method, t);
      } else {
        int status = status(text);
        long earliest = after(Long.MIN_VALUE, other + "REQ " + n + " " + method);
        t = Math.max(t, earliest);
        if (status >= 200 && method.equals("INVITE")) {
          t = Math.max(before(t, other + "ACK " + n), earliest);
        }
        Long cancel = seen.get(other + "REQ " + n + " CANCEL");
        if (status < 200 && method.equals("INVITE") && cancel != null && cancel >= t) {
          // a provisional response reported after the CANCEL it caused, in the same millisecond
          t = Math.max(Math.min(t, cancel - 1), earliest);
        }
        remember(self + "RSP " + n + " " + method, t);
        if (status >= 200) {
          remember(self + "FIN " + n + " " + method, t);
        }
        if (status >= 200 && status < 300 && method.equals("INVITE")) {
          remember(self + "FIN INVITE", t);
        }
      }
      return t;
    }

    private long after(long t, String cause) {
      Long c = seen.get(cause);
      return c == null ? t : Math.max(t, c + 1);
    }

    private long before(long t, String effect) {
      Long e = seen.get(effect);
      return e == null ? t : Math.min(t, e - 1);
    }

    private void remember(String key, long t) {
      seen.putIfAbsent(key, t);
    }

    private static int status(String text) {
      try {
        return Integer.parseInt(text.substring(8, 11));
      } catch (RuntimeException e) {
        return 0;
      }
    }

    /** The CSeq number and method, or null when there is none. */
    private static String[] cseq(String text) {
      for (String line : text.split("\r\n")) {
        if (line.isEmpty()) {
          return null;
        }
        if (line.regionMatches(true, 0, "CSeq:", 0, 5)) {
          String[] parts = line.substring(5).trim().split("\\s+");
          return parts.length == 2 ? parts : null;
        }
      }
      return null;
    }
  }

  private static String hostPort(InetSocketAddress a) {
    return a.getAddress().getHostAddress() + ":" + a.getPort();
  }

  private static Endpoint endpoint(InetSocketAddress a) {
    return a.getAddress() instanceof Inet4Address v4 ? new Endpoint(v4, a.getPort()) : null;
  }
}
