package org.ss7sim.isup;

import java.time.Duration;
import java.util.ArrayDeque;
import org.ss7sim.isup.call.CallControlUser;
import org.ss7sim.isup.call.CallReference;
import org.ss7sim.isup.call.CallRelease;
import org.ss7sim.isup.call.IncomingCall;
import org.ss7sim.isup.circuit.MaintenanceListener;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The shell's queue of indications to the call-control user and the maintenance system. Call
 * processing and circuit supervision indicate into it; it delivers in order, and never while the
 * user's own request (a call-control or management request on this ISUP) is in progress:
 *
 * <ul>
 *   <li>what a request caused (a release for no circuit, an ACM that came back through a
 *       run-to-completion MTP before {@code placeCall} returned) is delivered after the request has
 *       returned, from a zero-delay task on the instance's {@link TimerService};
 *   <li>what an MTP indication or a timer caused is delivered when that work is done, before it
 *       returns;
 *   <li>what the user asks for inside an indication is delivered in the same round, after the
 *       indication being delivered has returned.
 * </ul>
 *
 * Every entry into the ISUP instance goes through {@link #enter(boolean)} and {@link #leave()}.
 */
final class Indications implements CallControlUser, MaintenanceListener {
  private final CallControlUser user;
  private final MaintenanceListener maintenance;
  private final TimerService clock;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private final Runnable deferredDelivery = this::deferredDelivery;
  private int depth;
  private boolean outermostIsRequest;
  private boolean delivering;
  private Timer scheduled;

  Indications(CallControlUser user, MaintenanceListener maintenance, TimerService clock) {
    this.user = user;
    this.maintenance = maintenance;
    this.clock = clock;
  }

  /** Work enters the instance: a user request ({@code request}) or MTP / a timer. */
  void enter(boolean request) {
    if (depth++ == 0) {
      outermostIsRequest = request;
    }
  }

  /** The work entered last is done; the outermost one delivers or schedules delivery. */
  void leave() {
    if (--depth > 0 || delivering) {
      return;
    }
    if (outermostIsRequest) {
      scheduleDelivery();
    } else {
      deliver();
    }
  }

  /** Indications waiting. */
  int pending() {
    return queue.size();
  }

  private void add(Runnable indication) {
    queue.add(indication);
    if (depth == 0 && !delivering) {
      // Indicated from outside any entry (a collaborator called directly): treat as a request.
      scheduleDelivery();
    }
  }

  private void scheduleDelivery() {
    if (scheduled == null && !queue.isEmpty()) {
      scheduled = clock.schedule(Duration.ZERO, deferredDelivery);
    }
  }

  private void deferredDelivery() {
    scheduled = null;
    if (depth == 0 && !delivering) {
      deliver();
    }
  }

  private void deliver() {
    delivering = true;
    try {
      Runnable r;
      while ((r = queue.poll()) != null) {
        r.run();
      }
    } finally {
      delivering = false;
    }
  }

  // ---- CallControlUser and MaintenanceListener: queue ------------------------------------------

  @Override
  public void onIncomingCall(IncomingCall call) {
    add(() -> user.onIncomingCall(call));
  }

  @Override
  public void onMoreDigits(CallReference call, String digits, boolean complete) {
    add(() -> user.onMoreDigits(call, digits, complete));
  }

  @Override
  public void onAlerting(CallReference call) {
    add(() -> user.onAlerting(call));
  }

  @Override
  public void onAlerting(CallReference call, int calledPartyStatus) {
    add(() -> user.onAlerting(call, calledPartyStatus));
  }

  @Override
  public void onProgress(CallReference call, int event) {
    add(() -> user.onProgress(call, event));
  }

  @Override
  public void onAnswer(CallReference call) {
    add(() -> user.onAnswer(call));
  }

  @Override
  public void onRelease(CallReference call, CallRelease release) {
    add(() -> user.onRelease(call, release));
  }

  @Override
  public void onMaintenanceAlert(TrunkGroup group, int cic, String reason) {
    add(() -> maintenance.onMaintenanceAlert(group, cic, reason));
  }

  /** The instance's clock, with every timer task entering and leaving like MTP work does. */
  TimerService timers() {
    return new TimerService() {
      @Override
      public long nanoTime() {
        return clock.nanoTime();
      }

      @Override
      public long currentTimeMillis() {
        return clock.currentTimeMillis();
      }

      @Override
      public Timer schedule(Duration delay, Runnable task) {
        return clock.schedule(
            delay,
            () -> {
              enter(false);
              try {
                task.run();
              } finally {
                leave();
              }
            });
      }
    };
  }
}
