package org.ss7sim.transport.loop;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ss7sim.transport.Transport;
import org.ss7sim.transport.sctp.SctpTransport;
import org.ss7sim.transport.tcp.TcpTransport;
import org.ss7sim.wire.time.TimerService;

/**
 * One event loop thread that owns protocol instances (e.g. all M3UA nodes of a process, or one
 * node): their TCP/SCTP associations, their timers and the tasks handed to them. Lets layers above
 * {@code transport} use Netty's threads without seeing Netty types. The creator (the simulator, or
 * a test) closes it.
 */
public final class NodeLoop implements Executor, AutoCloseable {
  private final EventLoopGroup group;
  private final EventLoop loop;
  private final EventLoopTimerService timers;

  private NodeLoop(EventLoopGroup group) {
    this.group = group;
    this.loop = group.next();
    this.timers = new EventLoopTimerService(loop);
  }

  /** Starts a new single-thread loop named {@code name}. */
  public static NodeLoop start(String name) {
    return new NodeLoop(EventLoops.newGroup(1, name));
  }

  @Override
  public void execute(Runnable task) {
    loop.execute(task);
  }

  /** Runs {@code task} on the loop and waits up to {@code timeoutMillis} for its result. */
  public <T> T call(Callable<T> task, long timeoutMillis)
      throws ExecutionException, InterruptedException, TimeoutException {
    return loop.submit(task).get(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** Timers firing on this loop. */
  public TimerService timers() {
    return timers;
  }

  /** TCP associations owned by this loop. */
  public Transport tcp() {
    return new TcpTransport(loop);
  }

  /** Kernel SCTP associations owned by this loop (fails where the kernel has no SCTP). */
  public Transport sctp() {
    return new SctpTransport(loop);
  }

  /** Whether the caller runs on this loop. */
  public boolean inLoop() {
    return loop.inEventLoop();
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
