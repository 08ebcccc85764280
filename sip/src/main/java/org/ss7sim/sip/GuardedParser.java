package org.ss7sim.sip;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.stack.MessageChannel;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's parser, counting what it rejects and answering requests with a well-formed 400 (RFC
 * 3261 §21.4.1, {@link BadRequest}) instead of the library's own, whose reason phrase carries the
 * parse error, line break included, which peers (SIPp among them) cannot parse; so errors in the
 * core headers stop here.
 */
final class GuardedParser implements MessageParser {
  private static final Logger LOG = LoggerFactory.getLogger(SipGateway.class);
  private final MessageParser parser;
  private final SipCounters counters;

  GuardedParser(MessageParser parser, SipCounters counters) {
    this.parser = parser;
    this.counters = counters;
  }

  @Override
  public SIPMessage parseSIPMessage(
      byte[] bytes, boolean readBody, boolean strict, ParseExceptionListener channel)
      throws ParseException {
    String[] badHeader = {""};
    ParseExceptionListener guard =
        channel == null
            ? null
            : (ex, message, headerClass, header, text) -> {
              if (isCoreHeader(headerClass)) {
                badHeader[0] = header == null ? "" : header;
                throw ex;
              }
              channel.handleException(ex, message, headerClass, header, text);
            };
    try {
      SIPMessage m = parser.parseSIPMessage(bytes, readBody, strict, guard);
      if (m != null && bytes != null) {
        // the octets as received, for the wire tap (WireLog): the whole datagram, or over TCP
        // the header section (the stream parser adds the body it reads after it)
        m.setApplicationData(new Received(bytes.clone(), readBody));
      }
      return m;
    } catch (ParseException | RuntimeException e) {
      counters.malformed.incrementAndGet();
      LOG.debug("malformed SIP message: {}", e.toString());
      if (channel instanceof MessageChannel mc) {
        answerBadRequest(mc, bytes, badHeader[0], String.valueOf(e.getMessage()));
      }
      // Handled: the channel drops a message the parser returns as null (as for keep-alives),
      // instead of sending its own 400.
      return null;
    }
  }

  private void answerBadRequest(MessageChannel channel, byte[] bytes, String bad, String why) {
    String raw = new String(bytes, StandardCharsets.UTF_8);
    Optional<String> text = BadRequest.response(raw, bad, why, "ss7sim");
    if (text.isEmpty()) {
      return;
    }
    try {
      SIPMessage response =
          parser.parseSIPMessage(text.get().getBytes(StandardCharsets.UTF_8), true, false, null);
      // §18.2.2: to the source address, at the port of the top Via's sent-by (the channel
      // does not know the peer's port yet while parsing)
      javax.sip.header.ViaHeader via = response.getTopmostViaHeader();
      int port = via.getRPort() > 0 ? via.getRPort() : via.getPort() > 0 ? via.getPort() : 5060;
      channel.sendMessage(response, InetAddress.getByName(channel.getPeerAddress()), port);
    } catch (ParseException | java.io.IOException | RuntimeException e) {
      LOG.debug("cannot answer malformed request: {}", e.toString());
    }
  }

  /**
   * The octets a message was parsed from, kept on it (the library's application data, which this
   * module does not otherwise use) until the wire tap has seen it.
   *
   * @param withBody true when the octets include the body (UDP); false when the stream parser
   *     parsed the header section alone and set the body it read afterwards (TCP)
   */
  record Received(byte[] octets, boolean withBody) {}

  private static boolean isCoreHeader(Class<?> headerClass) {
    return headerClass == gov.nist.javax.sip.header.From.class
        || headerClass == gov.nist.javax.sip.header.To.class
        || headerClass == gov.nist.javax.sip.header.CSeq.class
        || headerClass == gov.nist.javax.sip.header.Via.class
        || headerClass == gov.nist.javax.sip.header.CallID.class
        || headerClass == gov.nist.javax.sip.header.ContentLength.class
        || headerClass == gov.nist.javax.sip.header.RequestLine.class
        || headerClass == gov.nist.javax.sip.header.StatusLine.class;
  }
}
