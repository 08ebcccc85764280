package org.ss7sim.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Properties;
import javax.sip.SipStack;
import org.ss7sim.wire.Octets;

/**
 * The library's message log (stack property {@code gov.nist.javax.sip.SERVER_LOGGER}) turned into
 * the gateway's message counters and a {@link SipWireTap}: the library calls it for every message a
 * channel sends or has parsed, with the two addresses. Public only because the library instantiates
 * it by name; not part of the module's API. The library asks {@link StackLog} first whether
 * messages are logged ({@link StackLog#tapping}).
 */
public final class WireLog implements ServerLogger {
  private volatile SipWireTap tap;
  private volatile SipCounters counters;

  /** Called by the library. */
  public WireLog() {}

  /** Counts every message in {@code counters}; hands each to {@code tap} when not null. */
  void attach(SipCounters counters, SipWireTap tap) {
    this.counters = counters;
    this.tap = tap;
  }

  @Override
  public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
    if (message == null) {
      return;
    }
    SipCounters c = counters;
    if (c != null) {
      if (message instanceof gov.nist.javax.sip.message.SIPResponse r) {
        c.response(sender, r.getStatusCode());
      } else if (message instanceof gov.nist.javax.sip.message.SIPRequest r) {
        c.request(sender, r.getMethod());
      }
    }
    SipWireTap t = tap;
    if (t == null) {
      return;
    }
    InetSocketAddress source = address(from);
    InetSocketAddress destination = address(to);
    if (source == null || destination == null) {
      return;
    }
    Via via = message.getTopmostVia();
    String transport =
        via == null || via.getTransport() == null
            ? "udp"
            : via.getTransport().toLowerCase(Locale.ROOT);
    String callId = message.getCallId() == null ? "" : message.getCallId().getCallId();
    t.onMessage(
        new SipWireTap.Message(
            time > 0 ? time : System.currentTimeMillis(),
            sender,
            transport,
            source,
            destination,
            callId,
            sender ? Octets.wrap(message.encodeAsBytes(transport)) : received(message, transport)));
  }

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender, long time) {
    logMessage(message, from, to, sender, time);
  }

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender) {
    logMessage(message, from, to, sender, System.currentTimeMillis());
  }

  /**
   * A received message as its octets arrived ({@link GuardedParser.Received}): the datagram, or the
   * header section as read from the stream ({@link #headerSection}) followed by the body; the
   * library's re-encoding only if the octets are not known (never the case for messages the parser
   * produced).
   */
  static Octets received(SIPMessage message, String transport) {
    if (message.getApplicationData() instanceof GuardedParser.Received r) {
      if (r.withBody()) {
        return Octets.wrap(r.octets());
      }
      byte[] body = message.getRawContent();
      Octets head = Octets.wrap(headerSection(r.octets()));
      return body == null || body.length == 0 ? head : head.concat(Octets.wrap(body));
    }
    return Octets.wrap(message.encodeAsBytes(transport));
  }

  /**
   * The header section as received over TCP: the library's stream reader hands the parser each
   * header line without its CR and ends the section its own way, so the lines get their CRLF back
   * (RFC 3261 §7.3: header lines end in CRLF) and the section its empty line; the text of the lines
   * (compact names, spacing, order) is as received.
   */
  static byte[] headerSection(byte[] read) {
    int end = read.length;
    while (end > 0 && (read[end - 1] == '\r' || read[end - 1] == '\n')) {
      end--;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(end + 32);
    for (int i = 0; i < end; i++) {
      if (read[i] == '\n' && (i == 0 || read[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(read[i]);
    }
    out.write('\r');
    out.write('\n');
    out.write('\r');
    out.write('\n');
    return out.toByteArray();
  }

  /** {@code host:port} as the library writes it; null when not an address with a port. */
  static InetSocketAddress address(String hostPort) {
    if (hostPort == null) {
      return null;
    }
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0) {
      return null;
    }
    String host = hostPort.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      int port = Integer.parseInt(hostPort.substring(colon + 1));
      return new InetSocketAddress(host, port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void closeLogFile() {}

  @Override
  public void logException(Exception ex) {}

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public void setSipStack(SipStack sipStack) {}
}
