package org.ss7sim.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.SipException;

/**
 * A module-level gateway for the SIPp tests: listens on the loopback (UDP and TCP, one ephemeral
 * port the gateway binds itself and reports), and as its user either answers every call (180 then
 * 200) or only rings; records every indication.
 */
final class TestGateway implements SipCallUser, AutoCloseable {
  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  enum Policy {
    ANSWER,
    RING_ONLY,
    BUSY
  }

  /** One indication, as text: {@code incoming <user>}, {@code ended CANCEL 487} … */
  final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  final BlockingQueue<IncomingCall> incoming = new LinkedBlockingQueue<>();
  final SipGateway gateway;
  final int port;
  private final Policy policy;
  volatile boolean hangUpOnAnswer;
  volatile boolean hangUpOnRinging;

  TestGateway(Policy policy, Set<InetAddress> peers) throws IOException, SipException {
    this(policy, peers, null);
  }

  TestGateway(Policy policy, Set<InetAddress> peers, SipWireTap tap)
      throws IOException, SipException {
    this.policy = policy;
    // port 0: the gateway binds a port the kernel chooses (UDP and TCP alike) and reports it
    InetSocketAddress listen = new InetSocketAddress(LOOPBACK, 0);
    this.gateway =
        SipGateway.start(
            new SipConfig(
                List.of(listen), List.of(listen), peers, SipConfig.DEFAULT_MAX_MESSAGE_SIZE, "t"),
            this,
            Runnable::run,
            tap);
    this.port = gateway.localAddress("udp").getPort();
  }

  TestGateway(Policy policy) throws IOException, SipException {
    this(policy, Set.of(LOOPBACK));
  }

  String target() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void incomingCall(IncomingCall call) {
    incoming.add(call);
    events.add("incoming " + call.requestUri().user());
    if (policy == Policy.BUSY) {
      gateway.reject(call.ref(), 486, 17);
      return;
    }
    gateway.progress(call.ref(), 180);
    if (policy == Policy.ANSWER) {
      gateway.answer(call.ref());
    }
  }

  @Override
  public void progress(SipCallRef call, int status) {
    events.add("progress " + status);
    if (hangUpOnRinging) {
      gateway.hangUp(call, 16);
    }
  }

  @Override
  public void answered(SipCallRef call) {
    events.add("answered");
    if (hangUpOnAnswer) {
      gateway.hangUp(call, 16);
    }
  }

  @Override
  public void ended(SipCallRef call, CallEnd end) {
    events.add(
        "ended "
            + end.kind()
            + " "
            + end.status()
            + (end.q850Cause().isPresent() ? " cause " + end.q850Cause().getAsInt() : ""));
  }

  /** The next indication, waiting at most 10 s. */
  String next() throws InterruptedException {
    String e = events.poll(10, TimeUnit.SECONDS);
    if (e == null) {
      throw new AssertionError("no indication within 10 s");
    }
    return e;
  }

  @Override
  public void close() {
    gateway.close();
  }
}
