package org.ss7sim.sip;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.wire.Octets;

/**
 * What the library tells the gateway (one {@link SipListener} for all its providers): INVITEs
 * screened (403 peer, 420 Require, 415 body, 488 SDP, 416 URI scheme) and indicated to the user
 * after 100 Trying; BYE (481 without a dialog) and CANCEL (200, then 487 to the INVITE, RFC 3261
 * §9.2); OPTIONS 200 and 405 for other methods; responses to our INVITEs (ACK of every 2xx,
 * §13.2.2.4; BYE when a 200 crossed our CANCEL, §9.1); transaction timeouts (Timer B/F).
 */
final class Inbound implements SipListener {
  private static final Logger LOG = LoggerFactory.getLogger(SipGateway.class);
  private final SipGateway g;

  Inbound(SipGateway gateway) {
    this.g = gateway;
  }

  @Override
  public void processRequest(RequestEvent event) {
    Request request = event.getRequest();
    SipProvider provider = (SipProvider) event.getSource();
    try {
      switch (request.getMethod()) {
        case Request.INVITE -> invite(event, provider);
        case Request.ACK -> {}
        case Request.BYE -> bye(event, provider);
        case Request.CANCEL -> cancel(event, provider);
        case Request.OPTIONS -> statelessAnswer(event, provider, Response.OK);
        default -> {
          g.counters.methodNotAllowed.incrementAndGet();
          statelessAnswer(event, provider, Response.METHOD_NOT_ALLOWED);
        }
      }
    } catch (ParseException | SipException | javax.sip.InvalidArgumentException e) {
      LOG.warn("cannot handle {}: {}", request.getMethod(), e.toString());
    }
  }

  private void invite(RequestEvent event, SipProvider provider)
      throws ParseException, SipException, javax.sip.InvalidArgumentException {
    Request request = event.getRequest();
    String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    ServerTransaction st = event.getServerTransaction();
    if (st == null) {
      try {
        st = provider.getNewServerTransaction(request);
      } catch (TransactionAlreadyExistsException e) {
        return; // a retransmission the transaction layer absorbs
      }
    }
    if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
      // re-INVITE (session refresh or hold): this gateway carries no media to change
      st.sendResponse(g.messages.createResponse(Response.NOT_ACCEPTABLE_HERE, request));
      return;
    }
    InetAddress source = ((SIPMessage) request).getPeerPacketSourceAddress();
    if (source == null || !g.config.peers().contains(source)) {
      g.counters.forbiddenPeer.incrementAndGet();
      st.sendResponse(g.messages.createResponse(Response.FORBIDDEN, request));
      return;
    }
    g.counters.invitesReceived.incrementAndGet();
    st.sendResponse(g.messages.createResponse(Response.TRYING, request));
    ListIterator<?> require = request.getHeaders(RequireHeader.NAME);
    if (require != null && require.hasNext()) {
      // §8.2.2.3: we support no extension (no 100rel, no timer)
      g.counters.badExtension.incrementAndGet();
      Response r = g.messages.createResponse(Response.BAD_EXTENSION, request);
      while (require.hasNext()) {
        r.addHeader(
            g.headers.createUnsupportedHeader(((RequireHeader) require.next()).getOptionTag()));
      }
      st.sendResponse(r);
      return;
    }
    int payloadType = -1;
    Optional<Octets> isup = Optional.empty();
    byte[] body = request.getRawContent();
    if (body != null && body.length > 0) {
      ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
      byte[] sdp = null;
      if (is(type, "application", "sdp")) {
        sdp = body;
      } else if (is(type, "multipart", "mixed") && type.getParameter("boundary") != null) {
        // SIP-I (Q.1912.5 profile A): SDP and encapsulated ISUP (RFC 3204)
        Optional<List<Multipart.Part>> parts =
            Multipart.parse(body, unquote(type.getParameter("boundary")));
        if (parts.isPresent()) {
          sdp =
              Multipart.part(parts.get(), "application/sdp").map(Octets::toByteArray).orElse(null);
          isup = Multipart.part(parts.get(), "application/isup");
        }
      }
      if (sdp == null && isup.isEmpty()) {
        g.counters.unsupportedMediaType.incrementAndGet();
        Response r = g.messages.createResponse(Response.UNSUPPORTED_MEDIA_TYPE, request);
        r.addHeader(g.headers.createAcceptHeader("application", "sdp"));
        st.sendResponse(r);
        return;
      }
      if (sdp != null) {
        Sdp.Check check = Sdp.check(sdp);
        if (check instanceof Sdp.NotAcceptable n) {
          g.counters.notAcceptableSdp.incrementAndGet();
          Response r = g.messages.createResponse(Response.NOT_ACCEPTABLE_HERE, request);
          r.addHeader(g.headers.createWarningHeader(g.config.userAgent(), 304, n.reason()));
          st.sendResponse(r);
          return;
        }
        payloadType = ((Sdp.Acceptable) check).payloadType();
      }
    }
    Optional<SipUri> requestUri = SipHeaders.sipUri(request.getRequestURI());
    FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
    Optional<SipUri> fromUri = SipHeaders.sipUri(from.getAddress().getURI());
    Optional<SipUri> toUri =
        SipHeaders.sipUri(((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI());
    if (requestUri.isEmpty() || fromUri.isEmpty() || toUri.isEmpty()) {
      st.sendResponse(g.messages.createResponse(Response.UNSUPPORTED_URI_SCHEME, request));
      return;
    }
    Leg leg = new Leg(new SipCallRef(callId), true, provider);
    leg.invite = request;
    leg.inviteTransaction = st;
    leg.dialog = provider.getNewDialog(st);
    leg.toTag = Long.toHexString(g.sessionIds.incrementAndGet()) + "ss7";
    leg.payloadType = payloadType;
    String transport = ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport();
    leg.transport = transport.toLowerCase(Locale.ROOT);
    g.legs.put(callId, leg);
    IncomingCall call =
        new IncomingCall(
            leg.ref,
            requestUri.get(),
            toUri.get(),
            fromUri.get(),
            Optional.ofNullable(from.getAddress().getDisplayName()).orElse(""),
            SipHeaders.assertedIdentity(request),
            SipHeaders.privacy(request),
            new InetSocketAddress(source, ((SIPMessage) request).getPeerPacketSourcePort()),
            transport.toLowerCase(Locale.ROOT),
            isup);
    g.indicate(() -> g.user.incomingCall(call));
  }

  private static boolean is(ContentTypeHeader type, String main, String sub) {
    return type != null
        && type.getContentType().equalsIgnoreCase(main)
        && type.getContentSubType().equalsIgnoreCase(sub);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  private void bye(RequestEvent event, SipProvider provider)
      throws ParseException, SipException, javax.sip.InvalidArgumentException {
    Request request = event.getRequest();
    String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    Leg leg = g.legs.remove(callId);
    ServerTransaction st = serverTransaction(event, provider);
    if (st == null) {
      return;
    }
    if (leg == null || event.getDialog() == null) {
      g.counters.unknownDialog.incrementAndGet();
      st.sendResponse(
          g.messages.createResponse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
      return;
    }
    st.sendResponse(g.messages.createResponse(Response.OK, request));
    CallEnd end = new CallEnd(CallEnd.Kind.BYE, Response.OK, SipHeaders.q850Cause(request));
    g.indicate(() -> g.user.ended(leg.ref, end));
  }

  private void cancel(RequestEvent event, SipProvider provider)
      throws ParseException, SipException, javax.sip.InvalidArgumentException {
    Request request = event.getRequest();
    String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    ServerTransaction st = serverTransaction(event, provider);
    if (st == null) {
      return;
    }
    Leg leg = g.legs.get(callId);
    if (leg == null || !leg.incoming) {
      g.counters.unknownDialog.incrementAndGet();
      st.sendResponse(
          g.messages.createResponse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
      return;
    }
    synchronized (leg) {
      // RFC 3261 §9.2: 200 to the CANCEL; 487 to the INVITE unless a final response went out
      st.sendResponse(g.messages.createResponse(Response.OK, request));
      if (leg.finalSent) {
        return;
      }
      leg.finalSent = true;
      g.legs.remove(callId);
      g.respond(leg, Response.REQUEST_TERMINATED, 0, false);
    }
    CallEnd end =
        new CallEnd(
            CallEnd.Kind.CANCEL, Response.REQUEST_TERMINATED, SipHeaders.q850Cause(request));
    g.indicate(() -> g.user.ended(leg.ref, end));
  }

  private ServerTransaction serverTransaction(RequestEvent event, SipProvider provider)
      throws SipException {
    ServerTransaction st = event.getServerTransaction();
    if (st != null) {
      return st;
    }
    try {
      return provider.getNewServerTransaction(event.getRequest());
    } catch (TransactionAlreadyExistsException e) {
      return null;
    }
  }

  private void statelessAnswer(RequestEvent event, SipProvider provider, int status)
      throws ParseException, SipException, javax.sip.InvalidArgumentException {
    Response r = g.messages.createResponse(status, event.getRequest());
    r.addHeader(g.headers.createAllowHeader(SipGateway.ALLOW));
    ServerTransaction st = serverTransaction(event, provider);
    if (st != null) {
      st.sendResponse(r);
    }
  }

  @Override
  public void processResponse(ResponseEvent event) {
    Response response = event.getResponse();
    CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
    if (!cseq.getMethod().equals(Request.INVITE)) {
      return;
    }
    String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
    Leg active = g.legs.get(callId);
    Leg leg = active != null ? active : g.cancelling.get(callId);
    int status = response.getStatusCode();
    try {
      if (status >= 200 && status < 300 && event.getDialog() != null) {
        // ACK every 2xx, retransmissions included (RFC 3261 §13.2.2.4)
        Dialog dialog = event.getDialog();
        dialog.sendAck(dialog.createAck(cseq.getSeqNumber()));
      }
    } catch (SipException | javax.sip.InvalidArgumentException e) {
      LOG.warn("cannot ACK {}: {}", callId, e.toString());
    }
    if (leg == null || leg.incoming) {
      return;
    }
    synchronized (leg) {
      if (status < 200) {
        if (status == Response.TRYING) {
          leg.provisionalReceived = true;
          if (leg.cancelPending) {
            g.sendCancel(leg);
          }
          return;
        }
        boolean first = !leg.provisionalReceived;
        leg.provisionalReceived = true;
        if (leg.cancelPending) {
          g.sendCancel(leg);
        }
        if (!leg.cancelled || first) {
          if (!leg.cancelled) {
            g.indicate(() -> g.user.progress(leg.ref, status));
          }
        }
        return;
      }
      if (status < 300) {
        if (leg.answered) {
          return; // retransmitted 2xx, already ACKed
        }
        leg.answered = true;
        leg.dialog = event.getDialog();
        if (leg.cancelled) {
          // CANCEL crossed the 200 OK (§9.1): the call must still be cleared with BYE
          g.cancelling.remove(callId);
          g.sendBye(leg, leg.cancelCause);
          return;
        }
        g.indicate(() -> g.user.answered(leg.ref));
        return;
      }
      if (leg.cancelled) {
        g.cancelling.remove(callId);
        return;
      }
      g.legs.remove(callId);
      CallEnd end = new CallEnd(CallEnd.Kind.REJECTED, status, SipHeaders.q850Cause(response));
      g.indicate(() -> g.user.ended(leg.ref, end));
    }
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      return; // no ACK for our final response: the transaction is over (Timer H)
    }
    clientFailed(event.getClientTransaction());
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.debug("SIP transport error towards {}:{}", event.getHost(), event.getPort());
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {}

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {}

  private void clientFailed(ClientTransaction ct) {
    if (ct == null || !ct.getRequest().getMethod().equals(Request.INVITE)) {
      return;
    }
    String callId = ((CallIdHeader) ct.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
    Leg active = g.legs.remove(callId);
    Leg leg = active != null ? active : g.cancelling.remove(callId);
    if (leg == null) {
      return;
    }
    g.counters.timeouts.incrementAndGet();
    if (!leg.cancelled) {
      CallEnd end =
          new CallEnd(CallEnd.Kind.TIMEOUT, Response.REQUEST_TIMEOUT, OptionalInt.empty());
      g.indicate(() -> g.user.ended(leg.ref, end));
    }
  }
}
