package org.ss7sim.transport.loop;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ss7sim.transport.Transport;
import org.ss7sim.transport.sctp.SctpTransport;
import org.ss7sim.transport.tcp.TcpTransport;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The event loop thread that owns protocol instances (e.g. all M3UA nodes of a process, or one
 * node): their TCP/SCTP associations, their timers and the tasks handed to them. Lets layers above
 * {@code transport} use Netty's threads without seeing Netty types. The creator (the simulator, or
 * a test) closes it.
 *
 * <p>Either the loop's own thread ({@link #start}), ended by {@link #close}; or one thread of a
 * {@link LoopPool} shared with other owners ({@link LoopPool#next}): then {@link #close} leaves the
 * thread running and only drops this owner's tasks and timers that had not run yet.
 */
public final class NodeLoop implements Executor, AutoCloseable {
  private final EventLoopGroup ownGroup; // null on a shared pool thread
  private final EventLoop loop;
  private final String name;
  private final TimerService timers;
  private volatile boolean closed;

  private NodeLoop(EventLoopGroup ownGroup, EventLoop loop, String name) {
    this.ownGroup = ownGroup;
    this.loop = loop;
    this.name = name;
    this.timers = ownGroup != null ? new EventLoopTimerService(loop) : new SharedTimers();
  }

  /** Starts a new single-thread loop named {@code name}. */
  public static NodeLoop start(String name) {
    EventLoopGroup group = EventLoops.newGroup(1, name);
    return new NodeLoop(group, (EventLoop) group.next(), name);
  }

  /**
   * Starts a new single-thread loop named {@code name} for tasks and timers only, with no
   * associations ({@link #tcp} and {@link #sctp} refuse). It waits for its next timer in a parked
   * thread, to the tens of microseconds, where a loop with sockets waits in the selector in whole
   * milliseconds (rounded to the nearest) and polls it without blocking, again and again, while its
   * next timer is due in less than half of one: an open-loop generator at 2,000 attempts/s (one
   * timer every 500 µs) kept that loop's core busy polling (~10 % of the process's CPU in a JFR
   * profile of {@code bench sms --rate 2000}).
   */
  public static NodeLoop startWithoutIo(String name) {
    EventLoopGroup group = new DefaultEventLoopGroup(1, new DefaultThreadFactory(name, true));
    return new NodeLoop(group, (EventLoop) group.next(), name);
  }

  /** A loop for one owner on {@code loop}, a thread shared with other owners. */
  static NodeLoop shared(EventLoop loop, String name) {
    return new NodeLoop(null, loop, name);
  }

  /** The owner's name. */
  public String name() {
    return name;
  }

  @Override
  public void execute(Runnable task) {
    if (ownGroup != null) {
      loop.execute(task);
    } else if (!closed) {
      loop.execute(
          () -> {
            if (!closed) {
              task.run();
            }
          });
    }
  }

  /**
   * Runs {@code task} on the loop and waits up to {@code timeoutMillis} for its result; at once
   * when the caller is already on the loop's thread.
   */
  public <T> T call(Callable<T> task, long timeoutMillis)
      throws ExecutionException, InterruptedException, TimeoutException {
    if (loop.inEventLoop()) {
      try {
        return task.call();
      } catch (Exception e) {
        throw new ExecutionException(e);
      }
    }
    return loop.submit(task).get(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** Timers firing on this loop. */
  public TimerService timers() {
    return timers;
  }

  /** TCP associations owned by this loop. */
  public Transport tcp() {
    requireIo();
    return new TcpTransport(loop);
  }

  /** Kernel SCTP associations owned by this loop (fails where the kernel has no SCTP). */
  public Transport sctp() {
    requireIo();
    return new SctpTransport(loop);
  }

  private void requireIo() {
    if (loop instanceof DefaultEventLoop) {
      throw new IllegalStateException(
          name + " is a loop for tasks and timers only, without sockets");
    }
  }

  /** Whether the caller runs on this loop's thread. */
  public boolean inLoop() {
    return loop.inEventLoop();
  }

  @Override
  public void close() {
    closed = true;
    if (ownGroup != null) {
      ownGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  /** Real-time timers on the shared thread that stop firing once this owner is closed. */
  private final class SharedTimers implements TimerService {
    private final EventLoopTimerService base = new EventLoopTimerService(loop);

    @Override
    public long nanoTime() {
      return base.nanoTime();
    }

    @Override
    public long currentTimeMillis() {
      return base.currentTimeMillis();
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
      if (closed) {
        return () -> false;
      }
      return base.schedule(
          delay,
          () -> {
            if (!closed) {
              task.run();
            }
          });
    }
  }
}
