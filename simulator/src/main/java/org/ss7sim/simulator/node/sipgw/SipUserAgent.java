package org.ss7sim.simulator.node.sipgw;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Causes;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.sip.CallEnd;
import org.ss7sim.sip.IncomingCall;
import org.ss7sim.sip.OutgoingInvite;
import org.ss7sim.sip.SipCallRef;
import org.ss7sim.sip.SipCallUser;
import org.ss7sim.sip.SipConfig;
import org.ss7sim.sip.SipGateway;
import org.ss7sim.sip.SipUri;
import org.ss7sim.wire.time.TimerService;

/**
 * A simulated SIP caller (a UA of RFC 3261 §8, no registrar): places INVITEs towards a gateway's
 * SIP address so a scenario can originate SIP calls without SIPp ({@code kind: sip_call}). It uses
 * the sip module's stack as the caller's, on its own ephemeral UDP port of the gateway's host (so
 * the gateway's {@code peers} must include that host). An attempt succeeds when the call is
 * answered (200 OK, ACKed); the caller clears it with BYE after the hold time. A final error
 * response fails it with the Reason header's Q.850 cause name, else {@code sip_<status>}; no final
 * response, with {@code sip_timeout}. Runs on one executor (the gateway node's thread); the
 * indications of its stack arrive there too.
 */
public final class SipUserAgent implements SipCallUser, AutoCloseable {
  private final SipGateway stack;
  private final TimerService timers;
  private final String host;
  private final AtomicLong callIds = new AtomicLong();
  private final Map<SipCallRef, Call> calls = new HashMap<>();

  private static final class Call {
    final AttemptListener listener;
    final Duration hold;
    boolean answered;

    Call(AttemptListener listener, Duration hold) {
      this.listener = listener;
      this.hold = hold;
    }
  }

  private SipUserAgent(SipGateway stack, TimerService timers, String host) {
    this.stack = stack;
    this.timers = timers;
    this.host = host;
  }

  /**
   * Starts a caller on {@code host} at {@code port} over UDP ({@code 0}: a port the kernel chooses,
   * bound at once) (indications on {@code executor}, hold timers on {@code timers}).
   */
  public static SipUserAgent start(
      InetAddress host, int port, Executor executor, TimerService timers)
      throws javax.sip.SipException {
    SipUserAgent[] ua = new SipUserAgent[1];
    SipCallUser relay =
        new SipCallUser() {
          @Override
          public void incomingCall(IncomingCall call) {
            ua[0].incomingCall(call);
          }

          @Override
          public void progress(SipCallRef call, int status) {
            ua[0].progress(call, status);
          }

          @Override
          public void answered(SipCallRef call) {
            ua[0].answered(call);
          }

          @Override
          public void ended(SipCallRef call, CallEnd end) {
            ua[0].ended(call, end);
          }
        };
    SipGateway stack =
        SipGateway.start(
            new SipConfig(
                List.of(new InetSocketAddress(host, port)),
                List.of(),
                Set.of(),
                SipConfig.DEFAULT_MAX_MESSAGE_SIZE,
                "ss7sim-ua"),
            relay,
            executor);
    ua[0] = new SipUserAgent(stack, timers, host.getHostAddress());
    return ua[0];
  }

  /**
   * Places one call (on the executor's thread): an INVITE for {@code called} from {@code calling}
   * (P-Asserted-Identity too, when not empty) to {@code gateway}, with Call-ID {@code callId}.
   */
  public void call(
      String callId,
      String called,
      String calling,
      Duration hold,
      InetSocketAddress gateway,
      AttemptListener listener) {
    String from = calling.isEmpty() ? "anonymous" : calling;
    OutgoingInvite invite =
        new OutgoingInvite(
                SipUri.sip(called, gateway.getAddress().getHostAddress(), gateway.getPort()),
                SipUri.sip(from, host),
                calling.isEmpty() ? Optional.empty() : Optional.of(SipUri.sip(calling, host)),
                Set.of(),
                gateway,
                "udp")
            .withCallId(callId);
    SipCallRef ref;
    try {
      ref = stack.invite(invite);
    } catch (IllegalArgumentException e) {
      listener.onOutcome(Outcome.failed("sip_invalid"));
      listener.onEnded();
      return;
    }
    calls.put(ref, new Call(listener, hold));
  }

  /** A Call-ID unique to this caller, naming {@code flow} for a reader of the trace. */
  public String newCallId(String flow) {
    return (flow.isEmpty() ? "call" : flow) + "-" + callIds.incrementAndGet() + "@" + host;
  }

  /** Calls not yet ended (zero after a clean run). */
  public int activeCalls() {
    return calls.size();
  }

  @Override
  public void close() {
    stack.close();
  }

  // ---- the stack's indications ----

  @Override
  public void incomingCall(IncomingCall call) {
    stack.reject(call.ref(), 403, 0); // a caller only
  }

  @Override
  public void progress(SipCallRef ref, int status) {}

  @Override
  public void answered(SipCallRef ref) {
    Call call = calls.get(ref);
    if (call == null || call.answered) {
      return;
    }
    call.answered = true;
    call.listener.onOutcome(Outcome.succeeded());
    timers.schedule(
        call.hold,
        () -> {
          if (calls.remove(ref) != null) {
            stack.hangUp(ref, 16); // BYE, Reason: Q.850;cause=16 (normal clearing)
            call.listener.onEnded();
          }
        });
  }

  @Override
  public void ended(SipCallRef ref, CallEnd end) {
    Call call = calls.remove(ref);
    if (call == null) {
      return;
    }
    if (!call.answered) {
      call.listener.onOutcome(Outcome.failed(cause(end)));
    }
    call.listener.onEnded();
  }

  /** The failure's name: the Reason's Q.850 cause, else the status (RFC 3326). */
  static String cause(CallEnd end) {
    if (end.kind() == CallEnd.Kind.TIMEOUT) {
      return "sip_timeout";
    }
    if (end.q850Cause().isPresent()) {
      return Causes.q850(end.q850Cause().getAsInt());
    }
    return "sip_" + end.status();
  }
}
