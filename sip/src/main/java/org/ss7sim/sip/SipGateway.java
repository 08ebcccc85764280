package org.ss7sim.sip;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.MessageChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ReasonHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIP side of a gateway: the one class that uses the JAIN-SIP reference implementation, and so
 * the one that starts threads outside the simulator (the library's listener, transaction-timer and
 * connection threads; docs/decisions.md). Indications go to the {@link SipCallUser} on the executor
 * given to {@link #start}, so the user's node thread owns them.
 *
 * <p>What the library does: parsing (with the {@link SipConfig#maxMessageSize} limit), the four
 * transaction machines of RFC 3261 §17 with their retransmissions and timers A–K, ACK for non-2xx,
 * 2xx retransmission until ACK, dialogs (§12) with their route sets from Record-Route, Via handling
 * (§18.2.1 received/rport). What this class adds: peer screening (403), body checks (415, 488), 420
 * for any Require (no extension is supported), a well-formed 400 for requests the parser rejects
 * ({@link BadRequest}), 100 Trying at once, the dialogs (automatic dialog support is off) and 481
 * for BYE/CANCEL without a call, CANCEL → 487, Reason headers (RFC 3326), and the call API.
 */
public final class SipGateway implements SipCalls, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SipGateway.class);
  private static final AtomicInteger STACKS = new AtomicInteger();
  private static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS";

  private final SipConfig config;
  private final SipCallUser user;
  private final Executor deliver;
  private final SipCounters counters = new SipCounters();
  private final SipStackImpl stack;
  private final AddressFactory addresses = new AddressFactoryImpl();
  private final HeaderFactory headers = new HeaderFactoryImpl();
  private final MessageFactory messages = new MessageFactoryImpl();
  private final Map<String, SipProvider> providerByTransport = new LinkedHashMap<>();
  private final List<SipProvider> providers = new ArrayList<>();
  private final Map<String, Leg> legs = new ConcurrentHashMap<>();

  /**
   * Our INVITEs the user hung up before answer: over for the user, still waiting here for the 487
   * (or a 200 crossing the CANCEL, then cleared with BYE) or the transaction timeout.
   */
  private final Map<String, Leg> cancelling = new ConcurrentHashMap<>();

  private final AtomicLong sessionIds = new AtomicLong(System.nanoTime() & 0xffffffL);

  /**
   * One call, either direction. Guarded by its own monitor (library and user threads meet here).
   */
  private static final class Leg {
    final SipCallRef ref;
    final boolean incoming;
    final SipProvider provider;
    String transport = "udp";
    // incoming
    ServerTransaction inviteTransaction;
    Request invite;
    String toTag;
    int payloadType = -1;
    // outgoing
    ClientTransaction clientTransaction;
    boolean provisionalReceived;
    boolean cancelPending;
    boolean cancelled;
    int cancelCause;
    // both
    Dialog dialog;
    boolean answered;
    boolean finalSent;

    Leg(SipCallRef ref, boolean incoming, SipProvider provider) {
      this.ref = ref;
      this.incoming = incoming;
      this.provider = provider;
    }
  }

  private final boolean tapping;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private SipGateway(SipConfig config, SipCallUser user, Executor deliver, SipWireTap tap)
      throws SipException {
    this.config = config;
    this.user = user;
    this.deliver = deliver;
    Properties p = new Properties();
    p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", WireLog.class.getName());
    p.setProperty("javax.sip.STACK_NAME", "ss7sim-sip-" + STACKS.incrementAndGet());
    p.setProperty("gov.nist.javax.sip.STACK_LOGGER", StackLog.class.getName());
    p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
    p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(config.maxMessageSize()));
    // Dialogs are created by this class (provider.getNewDialog), so that a BYE without a dialog
    // reaches the listener, which answers 481 and counts it.
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "false");
    // One message-processing thread: messages of a call reach the listener in arrival order (a 180
    // overtaken by its 200 would be dropped by the transaction, losing the ACM of the ISUP side).
    p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
    try {
      stack = new SipStackImpl(p);
    } catch (javax.sip.PeerUnavailableException e) {
      throw new SipException("SIP stack not available: " + e.getMessage(), e);
    }
    // Count what the parser rejects and answer requests with a well-formed 400 (§21.4.1): the
    // library's own automatic 400 carries the parse error, line break included, in its reason
    // phrase, which peers (SIPp among them) cannot parse; so core-header errors stop here.
    StringMsgParserFactory parsers = new StringMsgParserFactory();
    stack.setMessageParserFactory(s -> new GuardedParser(parsers.createMessageParser(s)));
    tapping = tap != null && stack.getServerLogger() instanceof WireLog;
    if (tapping) {
      ((WireLog) stack.getServerLogger()).tap(tap);
      StackLog.tapping(true);
    }
  }

  /** The library's parser, counting rejections and answering them with {@link BadRequest}. */
  private final class GuardedParser implements MessageParser {
    private final MessageParser parser;

    GuardedParser(MessageParser parser) {
      this.parser = parser;
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
        return parser.parseSIPMessage(bytes, readBody, strict, guard);
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
  }

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

  /**
   * Starts the gateway: listens on every address of {@code config}. Indications run on {@code
   * deliver} (for tests a direct executor; in a node its thread).
   *
   * @throws SipException when an address cannot be bound
   */
  public static SipGateway start(SipConfig config, SipCallUser user, Executor deliver)
      throws SipException {
    return start(config, user, deliver, null);
  }

  /**
   * As {@link #start(SipConfig, SipCallUser, Executor)}, with every message sent and received also
   * handed to {@code tap} (null for none), e.g. for a pcap.
   */
  public static SipGateway start(
      SipConfig config, SipCallUser user, Executor deliver, SipWireTap tap) throws SipException {
    SipGateway g = new SipGateway(config, user, deliver, tap);
    try {
      g.listen();
    } catch (SipException | RuntimeException e) {
      g.close();
      throw e;
    }
    return g;
  }

  private void listen() throws SipException {
    Listener listener = new Listener();
    Map<InetSocketAddress, List<String>> byAddress = new LinkedHashMap<>();
    config.udp().forEach(a -> byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add("udp"));
    config.tcp().forEach(a -> byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add("tcp"));
    for (Map.Entry<InetSocketAddress, List<String>> e : byAddress.entrySet()) {
      SipProvider provider = null;
      for (String transport : e.getValue()) {
        ListeningPoint lp;
        try {
          lp =
              stack.createListeningPoint(
                  e.getKey().getAddress().getHostAddress(), e.getKey().getPort(), transport);
        } catch (javax.sip.InvalidArgumentException | javax.sip.TransportNotSupportedException x) {
          throw new SipException("cannot listen on " + transport + " " + e.getKey(), x);
        }
        try {
          if (provider == null) {
            provider = stack.createSipProvider(lp);
            provider.addSipListener(listener);
            providers.add(provider);
          } else {
            provider.addListeningPoint(lp);
          }
        } catch (java.util.TooManyListenersException | javax.sip.ObjectInUseException x) {
          throw new SipException("cannot listen on " + transport + " " + e.getKey(), x);
        }
        providerByTransport.putIfAbsent(transport, provider);
      }
    }
  }

  /** The counters of this gateway. */
  public SipCounters counters() {
    return counters;
  }

  /** The address the gateway listens on for {@code transport} (the first configured one). */
  public InetSocketAddress localAddress(String transport) {
    ListeningPoint lp = providerByTransport.get(transport).getListeningPoint(transport);
    return new InetSocketAddress(lp.getIPAddress(), lp.getPort());
  }

  @Override
  public int activeCalls() {
    return legs.size();
  }

  /** Our cancelled INVITEs still waiting for their final response (zero once all are done). */
  public int pendingCancels() {
    return cancelling.size();
  }

  @Override
  public void close() {
    for (SipProvider provider : providers) {
      try {
        stack.deleteSipProvider(provider);
      } catch (javax.sip.ObjectInUseException e) {
        LOG.debug("provider in use at close", e);
      }
    }
    stack.stop();
    if (tapping && !closed.getAndSet(true)) {
      StackLog.tapping(false);
    }
  }

  // ---------------------------------------------------------------- requests of the call API

  @Override
  public void progress(SipCallRef call, int status) {
    if (status != Response.RINGING && status != Response.SESSION_PROGRESS) {
      throw new IllegalArgumentException("progress status must be 180 or 183: " + status);
    }
    Leg leg = incomingLeg(call);
    if (leg == null) {
      return;
    }
    synchronized (leg) {
      if (leg.finalSent) {
        return;
      }
      respond(leg, status, 0, false);
    }
  }

  @Override
  public void answer(SipCallRef call) {
    Leg leg = incomingLeg(call);
    if (leg == null) {
      return;
    }
    synchronized (leg) {
      if (leg.finalSent) {
        return;
      }
      leg.finalSent = true;
      leg.answered = true;
      respond(leg, Response.OK, 0, true);
    }
  }

  @Override
  public void reject(SipCallRef call, int status, int q850Cause) {
    if (status < 300 || status > 699) {
      throw new IllegalArgumentException("reject status must be 3xx-6xx: " + status);
    }
    Leg leg = incomingLeg(call);
    if (leg == null) {
      return;
    }
    synchronized (leg) {
      if (leg.finalSent) {
        return;
      }
      leg.finalSent = true;
      legs.remove(call.callId());
      respond(leg, status, q850Cause, false);
    }
  }

  @Override
  public SipCallRef invite(OutgoingInvite invite) {
    SipProvider provider = providerByTransport.get(invite.transport());
    if (provider == null) {
      throw new IllegalArgumentException("gateway does not listen on " + invite.transport());
    }
    ListeningPoint lp = provider.getListeningPoint(invite.transport());
    try {
      CallIdHeader callId = provider.getNewCallId();
      URI requestUri = uri(invite.requestUri());
      Address from = addresses.createAddress(uri(invite.from()));
      Address to = addresses.createAddress(uri(invite.requestUri()));
      List<ViaHeader> via = new ArrayList<>();
      via.add(headers.createViaHeader(lp.getIPAddress(), lp.getPort(), invite.transport(), null));
      Request request =
          messages.createRequest(
              requestUri,
              Request.INVITE,
              callId,
              headers.createCSeqHeader(1L, Request.INVITE),
              headers.createFromHeader(from, Long.toHexString(sessionIds.incrementAndGet())),
              headers.createToHeader(to, null),
              via,
              headers.createMaxForwardsHeader(70));
      request.addHeader(headers.createContactHeader(contact(lp)));
      request.addHeader(headers.createUserAgentHeader(List.of(config.userAgent())));
      request.addHeader(headers.createAllowHeader(ALLOW));
      if (invite.assertedIdentity().isPresent()) {
        request.addHeader(
            headers.createHeader(
                "P-Asserted-Identity", "<" + invite.assertedIdentity().get() + ">"));
      }
      if (!invite.privacy().isEmpty()) {
        request.addHeader(headers.createHeader("Privacy", String.join(";", invite.privacy())));
      }
      InetSocketAddress hop = invite.nextHop();
      if (!(invite.requestUri().host().equals(hop.getAddress().getHostAddress())
          && invite.requestUri().port() == hop.getPort())) {
        SipURI route = addresses.createSipURI(null, hop.getAddress().getHostAddress());
        route.setPort(hop.getPort());
        route.setTransportParam(invite.transport());
        route.setLrParam();
        request.addHeader(headers.createRouteHeader(addresses.createAddress(route)));
      }
      request.setContent(
          Sdp.offer(lp.getIPAddress(), sessionIds.incrementAndGet()),
          headers.createContentTypeHeader("application", "sdp"));
      SipCallRef ref = new SipCallRef(callId.getCallId());
      Leg leg = new Leg(ref, false, provider);
      ClientTransaction ct = provider.getNewClientTransaction(request);
      leg.clientTransaction = ct;
      leg.dialog = provider.getNewDialog(ct);
      legs.put(ref.callId(), leg);
      counters.invitesSent.incrementAndGet();
      ct.sendRequest();
      return ref;
    } catch (ParseException | javax.sip.InvalidArgumentException | SipException e) {
      throw new IllegalArgumentException("cannot build INVITE for " + invite + ": " + e, e);
    }
  }

  @Override
  public void hangUp(SipCallRef call, int q850Cause) {
    Leg leg = legs.get(call.callId());
    if (leg == null) {
      return;
    }
    synchronized (leg) {
      if (leg.incoming && !leg.answered) {
        reject(call, Response.REQUEST_TERMINATED, q850Cause);
        return;
      }
      if (!leg.incoming && !leg.answered) {
        leg.cancelCause = q850Cause;
        leg.cancelled = true;
        legs.remove(call.callId());
        cancelling.put(call.callId(), leg);
        if (leg.provisionalReceived) {
          sendCancel(leg);
        } else {
          leg.cancelPending = true; // RFC 3261 §9.1: no CANCEL before a provisional response
        }
        return;
      }
      legs.remove(call.callId());
      sendBye(leg, q850Cause);
    }
  }

  private Leg incomingLeg(SipCallRef call) {
    Leg leg = legs.get(call.callId());
    return leg != null && leg.incoming ? leg : null;
  }

  private void respond(Leg leg, int status, int q850Cause, boolean withSdp) {
    try {
      Response response = messages.createResponse(status, leg.invite);
      ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(leg.toTag);
      ListeningPoint lp = leg.provider.getListeningPoint(leg.transport);
      if (lp == null) {
        lp = leg.provider.getListeningPoints()[0];
      }
      if (status < 300) {
        response.addHeader(headers.createContactHeader(contact(lp)));
      }
      response.addHeader(headers.createServerHeader(List.of(config.userAgent())));
      if (q850Cause != 0) {
        response.addHeader(reason(q850Cause));
      }
      if (withSdp) {
        long session = sessionIds.incrementAndGet();
        String sdp =
            leg.payloadType < 0
                ? Sdp.offer(lp.getIPAddress(), session)
                : Sdp.answer(lp.getIPAddress(), session, leg.payloadType);
        response.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
      }
      leg.inviteTransaction.sendResponse(response);
    } catch (ParseException | SipException | javax.sip.InvalidArgumentException e) {
      LOG.warn("cannot send {} for {}: {}", status, leg.ref, e.toString());
    }
  }

  private void sendCancel(Leg leg) {
    try {
      Request cancel = leg.clientTransaction.createCancel();
      if (leg.cancelCause != 0) {
        cancel.addHeader(reason(leg.cancelCause));
      }
      leg.provider.getNewClientTransaction(cancel).sendRequest();
      leg.cancelPending = false;
    } catch (SipException | ParseException | javax.sip.InvalidArgumentException e) {
      LOG.warn("cannot send CANCEL for {}: {}", leg.ref, e.toString());
    }
  }

  private void sendBye(Leg leg, int q850Cause) {
    try {
      Request bye = leg.dialog.createRequest(Request.BYE);
      if (q850Cause != 0) {
        bye.addHeader(reason(q850Cause));
      }
      ClientTransaction ct = leg.provider.getNewClientTransaction(bye);
      leg.dialog.sendRequest(ct);
    } catch (SipException | ParseException | javax.sip.InvalidArgumentException e) {
      LOG.warn("cannot send BYE for {}: {}", leg.ref, e.toString());
    }
  }

  private ReasonHeader reason(int q850Cause)
      throws ParseException, javax.sip.InvalidArgumentException {
    return headers.createReasonHeader("Q.850", q850Cause, null);
  }

  private Address contact(ListeningPoint lp) throws ParseException {
    SipURI uri = addresses.createSipURI("gw", lp.getIPAddress());
    uri.setPort(lp.getPort());
    uri.setTransportParam(lp.getTransport().toLowerCase(Locale.ROOT));
    return addresses.createAddress(uri);
  }

  private URI uri(SipUri u) throws ParseException {
    return addresses.createURI(u.toString());
  }

  private void indicate(Runnable r) {
    deliver.execute(r);
  }

  // ---------------------------------------------------------------- what the library tells us

  private final class Listener implements SipListener {
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
            counters.methodNotAllowed.incrementAndGet();
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
        st.sendResponse(messages.createResponse(Response.NOT_ACCEPTABLE_HERE, request));
        return;
      }
      InetAddress source = ((SIPMessage) request).getPeerPacketSourceAddress();
      if (source == null || !config.peers().contains(source)) {
        counters.forbiddenPeer.incrementAndGet();
        st.sendResponse(messages.createResponse(Response.FORBIDDEN, request));
        return;
      }
      counters.invitesReceived.incrementAndGet();
      st.sendResponse(messages.createResponse(Response.TRYING, request));
      ListIterator<?> require = request.getHeaders(RequireHeader.NAME);
      if (require != null && require.hasNext()) {
        // §8.2.2.3: we support no extension (no 100rel, no timer)
        counters.badExtension.incrementAndGet();
        Response r = messages.createResponse(Response.BAD_EXTENSION, request);
        while (require.hasNext()) {
          r.addHeader(
              headers.createUnsupportedHeader(((RequireHeader) require.next()).getOptionTag()));
        }
        st.sendResponse(r);
        return;
      }
      int payloadType = -1;
      byte[] body = request.getRawContent();
      if (body != null && body.length > 0) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        if (type == null
            || !type.getContentType().equalsIgnoreCase("application")
            || !type.getContentSubType().equalsIgnoreCase("sdp")) {
          counters.unsupportedMediaType.incrementAndGet();
          Response r = messages.createResponse(Response.UNSUPPORTED_MEDIA_TYPE, request);
          r.addHeader(headers.createAcceptHeader("application", "sdp"));
          st.sendResponse(r);
          return;
        }
        Sdp.Check check = Sdp.check(body);
        if (check instanceof Sdp.NotAcceptable n) {
          counters.notAcceptableSdp.incrementAndGet();
          Response r = messages.createResponse(Response.NOT_ACCEPTABLE_HERE, request);
          r.addHeader(headers.createWarningHeader(config.userAgent(), 304, n.reason()));
          st.sendResponse(r);
          return;
        }
        payloadType = ((Sdp.Acceptable) check).payloadType();
      }
      Optional<SipUri> requestUri = sipUri(request.getRequestURI());
      FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
      Optional<SipUri> fromUri = sipUri(from.getAddress().getURI());
      Optional<SipUri> toUri =
          sipUri(((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI());
      if (requestUri.isEmpty() || fromUri.isEmpty() || toUri.isEmpty()) {
        st.sendResponse(messages.createResponse(Response.UNSUPPORTED_URI_SCHEME, request));
        return;
      }
      Leg leg = new Leg(new SipCallRef(callId), true, provider);
      leg.invite = request;
      leg.inviteTransaction = st;
      leg.dialog = provider.getNewDialog(st);
      leg.toTag = Long.toHexString(sessionIds.incrementAndGet()) + "ss7";
      leg.payloadType = payloadType;
      String transport = ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport();
      leg.transport = transport.toLowerCase(Locale.ROOT);
      legs.put(callId, leg);
      IncomingCall call =
          new IncomingCall(
              leg.ref,
              requestUri.get(),
              toUri.get(),
              fromUri.get(),
              Optional.ofNullable(from.getAddress().getDisplayName()).orElse(""),
              assertedIdentity(request),
              privacy(request),
              new InetSocketAddress(source, ((SIPMessage) request).getPeerPacketSourcePort()),
              transport.toLowerCase(Locale.ROOT));
      indicate(() -> user.incomingCall(call));
    }

    private void bye(RequestEvent event, SipProvider provider)
        throws ParseException, SipException, javax.sip.InvalidArgumentException {
      Request request = event.getRequest();
      String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
      Leg leg = legs.remove(callId);
      ServerTransaction st = serverTransaction(event, provider);
      if (st == null) {
        return;
      }
      if (leg == null || event.getDialog() == null) {
        counters.unknownDialog.incrementAndGet();
        st.sendResponse(
            messages.createResponse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
        return;
      }
      st.sendResponse(messages.createResponse(Response.OK, request));
      CallEnd end = new CallEnd(CallEnd.Kind.BYE, Response.OK, q850Cause(request));
      indicate(() -> user.ended(leg.ref, end));
    }

    private void cancel(RequestEvent event, SipProvider provider)
        throws ParseException, SipException, javax.sip.InvalidArgumentException {
      Request request = event.getRequest();
      String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
      ServerTransaction st = serverTransaction(event, provider);
      if (st == null) {
        return;
      }
      Leg leg = legs.get(callId);
      if (leg == null || !leg.incoming) {
        counters.unknownDialog.incrementAndGet();
        st.sendResponse(
            messages.createResponse(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
        return;
      }
      synchronized (leg) {
        // RFC 3261 §9.2: 200 to the CANCEL; 487 to the INVITE unless a final response went out
        st.sendResponse(messages.createResponse(Response.OK, request));
        if (leg.finalSent) {
          return;
        }
        leg.finalSent = true;
        legs.remove(callId);
        respond(leg, Response.REQUEST_TERMINATED, 0, false);
      }
      CallEnd end =
          new CallEnd(CallEnd.Kind.CANCEL, Response.REQUEST_TERMINATED, q850Cause(request));
      indicate(() -> user.ended(leg.ref, end));
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
      Response r = messages.createResponse(status, event.getRequest());
      r.addHeader(headers.createAllowHeader(ALLOW));
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
      Leg active = legs.get(callId);
      Leg leg = active != null ? active : cancelling.get(callId);
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
              sendCancel(leg);
            }
            return;
          }
          boolean first = !leg.provisionalReceived;
          leg.provisionalReceived = true;
          if (leg.cancelPending) {
            sendCancel(leg);
          }
          if (!leg.cancelled || first) {
            if (!leg.cancelled) {
              indicate(() -> user.progress(leg.ref, status));
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
            cancelling.remove(callId);
            sendBye(leg, leg.cancelCause);
            return;
          }
          indicate(() -> user.answered(leg.ref));
          return;
        }
        if (leg.cancelled) {
          cancelling.remove(callId);
          return;
        }
        legs.remove(callId);
        CallEnd end = new CallEnd(CallEnd.Kind.REJECTED, status, q850Cause(response));
        indicate(() -> user.ended(leg.ref, end));
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
      Leg active = legs.remove(callId);
      Leg leg = active != null ? active : cancelling.remove(callId);
      if (leg == null) {
        return;
      }
      counters.timeouts.incrementAndGet();
      if (!leg.cancelled) {
        CallEnd end =
            new CallEnd(CallEnd.Kind.TIMEOUT, Response.REQUEST_TIMEOUT, OptionalInt.empty());
        indicate(() -> user.ended(leg.ref, end));
      }
    }
  }

  // ---------------------------------------------------------------- header reading

  private static Optional<SipUri> sipUri(URI uri) {
    if (uri instanceof SipURI s) {
      String user = s.getUser() == null ? "" : s.getUser();
      String host = s.getHost() == null ? "" : s.getHost();
      if (host.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new SipUri(s.isSecure() ? "sips" : "sip", user, host, Math.max(0, s.getPort())));
    }
    if (uri instanceof TelURL t) {
      return Optional.of(new SipUri("tel", (t.isGlobal() ? "+" : "") + t.getPhoneNumber(), "", 0));
    }
    return Optional.empty();
  }

  private Optional<SipUri> assertedIdentity(Request request) {
    ListIterator<?> it = request.getHeaders("P-Asserted-Identity");
    while (it != null && it.hasNext()) {
      String value = headerValue((Header) it.next());
      for (String part : value.split(",")) {
        String text = part.trim();
        int lt = text.indexOf('<');
        int gt = text.indexOf('>');
        if (lt >= 0 && gt > lt) {
          text = text.substring(lt + 1, gt);
        }
        try {
          Optional<SipUri> u = sipUri(addresses.createURI(text));
          if (u.isPresent()) {
            return u;
          }
        } catch (ParseException e) {
          // an unusable identity is ignored, as if absent (RFC 3325 §9.1)
        }
      }
    }
    return Optional.empty();
  }

  private static Set<String> privacy(Request request) {
    Set<String> values = new LinkedHashSet<>();
    ListIterator<?> it = request.getHeaders("Privacy");
    while (it != null && it.hasNext()) {
      for (String v : headerValue((Header) it.next()).split("[;,]")) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
          values.add(t);
        }
      }
    }
    return values;
  }

  private static String headerValue(Header h) {
    String s = h.toString();
    int colon = s.indexOf(':');
    return (colon < 0 ? s : s.substring(colon + 1)).trim();
  }

  private static OptionalInt q850Cause(javax.sip.message.Message message) {
    ListIterator<?> it = message.getHeaders(ReasonHeader.NAME);
    while (it != null && it.hasNext()) {
      Object h = it.next();
      if (h instanceof ReasonHeader r
          && "Q.850".equalsIgnoreCase(r.getProtocol())
          && r.getCause() > 0
          && r.getCause() < 128) {
        return OptionalInt.of(r.getCause());
      }
    }
    return OptionalInt.empty();
  }
}
