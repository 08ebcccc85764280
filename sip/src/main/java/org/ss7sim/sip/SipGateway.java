package org.ss7sim.sip;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.ClientTransaction;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ReasonHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIP side of a gateway: its stack, listening points and call API. With {@link Inbound} (what
 * the library tells it), {@link GuardedParser} (400 for what the parser rejects), {@link
 * SipHeaders} (reading received headers) and {@link WireLog}/{@link StackLog} (the library's logs),
 * the one place that uses the JAIN-SIP reference implementation, and so the one that starts threads
 * outside the simulator (the library's listener, transaction-timer and connection threads;
 * docs/decisions.md). Indications go to the {@link SipCallUser} on the executor given to {@link
 * #start}, so the user's node thread owns them.
 *
 * <p>What the library does: parsing (with the {@link SipConfig#maxMessageSize} limit), the four
 * transaction machines of RFC 3261 §17 with their retransmissions and timers A–K, ACK for non-2xx,
 * 2xx retransmission until ACK, dialogs (§12) with their route sets from Record-Route, Via handling
 * (§18.2.1 received/rport). What this module adds: peer screening (403), body checks (415, 488),
 * 420 for any Require (no extension is supported), a well-formed 400 for requests the parser
 * rejects ({@link BadRequest}), 100 Trying at once, the dialogs (automatic dialog support is off)
 * and 481 for BYE/CANCEL without a call, CANCEL → 487, Reason headers (RFC 3326), the call API, and
 * a tap of every message ({@link SipWireTap}).
 */
public final class SipGateway implements SipCalls, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SipGateway.class);
  private static final AtomicInteger STACKS = new AtomicInteger();
  static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS";

  final SipConfig config;
  final SipCallUser user;
  private final Executor deliver;
  final SipCounters counters = new SipCounters();
  private final SipStackImpl stack;
  private final AddressFactory addresses = new AddressFactoryImpl();
  final HeaderFactory headers = new HeaderFactoryImpl();
  final MessageFactory messages = new MessageFactoryImpl();
  private final Map<String, SipProvider> providerByTransport = new LinkedHashMap<>();
  private final List<SipProvider> providers = new ArrayList<>();
  final Map<String, Leg> legs = new ConcurrentHashMap<>();

  /**
   * Our INVITEs the user hung up before answer: over for the user, still waiting here for the 487
   * (or a 200 crossing the CANCEL, then cleared with BYE) or the transaction timeout.
   */
  final Map<String, Leg> cancelling = new ConcurrentHashMap<>();

  final AtomicLong sessionIds = new AtomicLong(System.nanoTime() & 0xffffffL);

  private final BoundSockets sockets;
  private final boolean tapping;
  private final AtomicBoolean closed = new AtomicBoolean();

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
    // the listening sockets of port-0 addresses are bound here and handed to the library
    p.setProperty("gov.nist.javax.sip.NETWORK_LAYER", BoundSockets.class.getName());
    try {
      stack = new SipStackImpl(p);
    } catch (javax.sip.PeerUnavailableException e) {
      throw new SipException("SIP stack not available: " + e.getMessage(), e);
    }
    sockets = (BoundSockets) stack.getNetworkLayer();
    // Count what the parser rejects and answer requests with a well-formed 400 (§21.4.1): the
    // library's own automatic 400 carries the parse error, line break included, in its reason
    // phrase, which peers (SIPp among them) cannot parse; so core-header errors stop here.
    StringMsgParserFactory parsers = new StringMsgParserFactory();
    stack.setMessageParserFactory(s -> new GuardedParser(parsers.createMessageParser(s), counters));
    // every message passes WireLog, which counts it (SipCounters: requests by method, responses
    // by class, each way) and hands it to the tap when there is one
    tapping = stack.getServerLogger() instanceof WireLog;
    if (tapping) {
      ((WireLog) stack.getServerLogger()).attach(counters, tap);
      StackLog.tapping(true);
    }
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
      try {
        g.close();
      } catch (RuntimeException closing) {
        // the library's stop fails on a listener it never bound: keep the reason it did not bind
        e.addSuppressed(closing);
      }
      throw e;
    }
    return g;
  }

  private void listen() throws SipException {
    Inbound listener = new Inbound(this);
    Map<InetSocketAddress, List<String>> byAddress = new LinkedHashMap<>();
    config.udp().forEach(a -> byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add("udp"));
    config.tcp().forEach(a -> byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add("tcp"));
    for (Map.Entry<InetSocketAddress, List<String>> e : bindEphemeral(byAddress).entrySet()) {
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

  /**
   * {@code byAddress} with each port-0 address replaced by the address the gateway bound for it
   * (UDP and TCP on one port the kernel chose; the sockets wait in {@link BoundSockets} for the
   * library).
   */
  private Map<InetSocketAddress, List<String>> bindEphemeral(
      Map<InetSocketAddress, List<String>> byAddress) throws SipException {
    Map<InetSocketAddress, List<String>> bound = new LinkedHashMap<>();
    for (Map.Entry<InetSocketAddress, List<String>> e : byAddress.entrySet()) {
      InetSocketAddress a = e.getKey();
      if (a.getPort() != 0) {
        bound.merge(a, e.getValue(), (x, y) -> x);
        continue;
      }
      try {
        bound.put(
            sockets.bind(
                a.getAddress(), e.getValue().contains("udp"), e.getValue().contains("tcp")),
            e.getValue());
      } catch (java.io.IOException x) {
        throw new SipException("cannot listen on an ephemeral port of " + a.getAddress(), x);
      }
    }
    return bound;
  }

  /** The counters of this gateway. */
  public SipCounters counters() {
    return counters;
  }

  /**
   * The address the gateway listens on for {@code transport} (the first configured one; for a
   * configured port 0, the port bound).
   */
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
    sockets.closeUntaken();
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
      CallIdHeader callId =
          invite.callId().isPresent()
              ? headers.createCallIdHeader(invite.callId().get())
              : provider.getNewCallId();
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
      String offer = Sdp.offer(lp.getIPAddress(), sessionIds.incrementAndGet());
      if (invite.isup().isPresent()) {
        // SIP-I (Q.1912.5 profile A): the SDP offer beside the encapsulated ISUP (RFC 3204)
        ContentTypeHeader type = headers.createContentTypeHeader("multipart", "mixed");
        type.setParameter("boundary", Multipart.BOUNDARY);
        request.setContent(Multipart.sdpAndIsup(offer, invite.isup().get()), type);
      } else {
        request.setContent(offer, headers.createContentTypeHeader("application", "sdp"));
      }
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

  void respond(Leg leg, int status, int q850Cause, boolean withSdp) {
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

  void sendCancel(Leg leg) {
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

  void sendBye(Leg leg, int q850Cause) {
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

  void indicate(Runnable r) {
    deliver.execute(r);
  }
}
