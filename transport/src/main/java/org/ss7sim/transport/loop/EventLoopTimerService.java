package org.ss7sim.transport.loop;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/** Real time, with timer tasks run on one event loop (the owner of the protocol instances). */
public final class EventLoopTimerService implements TimerService {
  private final EventExecutor loop;

  public EventLoopTimerService(EventExecutor loop) {
    this.loop = loop;
  }

  /** The executor timers run on; protocol code hands inbound work to it as well. */
  public EventExecutor loop() {
    return loop;
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public long currentTimeMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> f = loop.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> f.cancel(false);
  }
}
