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
 * The library's message log (stack property {@code gov.nist.javax.sip.SERVER_LOGGER}) turned into a
 * {@link SipWireTap}: the library calls it for every message a channel sends or has parsed, with
 * the two addresses. Public only because the library instantiates it by name; not part of the
 * module's API. The library asks {@link StackLog} first whether messages are logged ({@link
 * StackLog#tapping}).
 */
public final class WireLog implements ServerLogger {
  private volatile SipWireTap tap;

  /** Called by the library. */
  public WireLog() {}

  void tap(SipWireTap tap) {
    this.tap = tap;
  }

  @Override
  public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
    SipWireTap t = tap;
    if (t == null || message == null) {
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
            Octets.wrap(message.encodeAsBytes(transport))));
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
