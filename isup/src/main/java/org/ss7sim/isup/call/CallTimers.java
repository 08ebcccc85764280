package org.ss7sim.isup.call;

import org.ss7sim.isup.circuit.IsupTimer;
import org.ss7sim.isup.circuit.IsupTimers;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * The timers of one call (Q.764 Annex A): the call timer (T7, T8 or T9, whichever the state runs),
 * T1 and T5 while releasing, T33 while an information request is out. Each expiry is handed to
 * {@code expiry} as its {@link CallEvent}.
 */
final class CallTimers {
  /** Where an expiry goes (call processing, for the call these timers belong to). */
  @FunctionalInterface
  interface Expiry {
    void expired(CallEvent event);
  }

  private final TimerService clock;
  private final IsupTimers values;
  private final Expiry expiry;
  private Timer callTimer;
  private Timer t1;
  private Timer t5;
  private Timer t33;

  CallTimers(TimerService clock, IsupTimers values, Expiry expiry) {
    this.clock = clock;
    this.values = values;
    this.expiry = expiry;
  }

  /** Starts {@code timer} for its action, replacing the one it shares a slot with. */
  void start(CallAction action) {
    switch (action) {
      case START_T7 -> callTimer = restart(callTimer, IsupTimer.T7, CallEvent.T7_EXPIRY);
      case START_T8 -> callTimer = restart(callTimer, IsupTimer.T8, CallEvent.T8_EXPIRY);
      case START_T9 -> callTimer = restart(callTimer, IsupTimer.T9, CallEvent.T9_EXPIRY);
      case START_T33 -> t33 = restart(t33, IsupTimer.T33, CallEvent.T33_EXPIRY);
      case START_T1 -> t1 = restart(t1, IsupTimer.T1, CallEvent.T1_EXPIRY);
      case START_T1_T5 -> {
        t1 = restart(t1, IsupTimer.T1, CallEvent.T1_EXPIRY);
        t5 = restart(t5, IsupTimer.T5, CallEvent.T5_EXPIRY);
      }
      default -> throw new IllegalArgumentException(action.toString());
    }
  }

  void stopCallTimer() {
    callTimer = stop(callTimer);
  }

  void stopT33() {
    t33 = stop(t33);
  }

  void stopAll() {
    callTimer = stop(callTimer);
    t1 = stop(t1);
    t5 = stop(t5);
    t33 = stop(t33);
  }

  private Timer restart(Timer running, IsupTimer timer, CallEvent event) {
    stop(running);
    return clock.schedule(values.value(timer), () -> fired(event));
  }

  private static Timer stop(Timer t) {
    if (t != null) {
      t.cancel();
    }
    return null;
  }

  private void fired(CallEvent event) {
    switch (event) {
      case T1_EXPIRY -> t1 = null;
      case T5_EXPIRY -> t5 = null;
      case T33_EXPIRY -> t33 = null;
      default -> callTimer = null;
    }
    expiry.expired(event);
  }
}
