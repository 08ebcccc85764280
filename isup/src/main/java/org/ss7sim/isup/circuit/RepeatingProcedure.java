package org.ss7sim.isup.circuit;

import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * A supervision message sent until the remote end acknowledges it (Q.764 §2.8.2.1 BLO/UBL with
 * T12–T15, §2.8.2.2 CGB/CGU with T18–T21, §2.10.3 RSC/GRS with T16/T17 and T22/T23): the short
 * timer repeats it; the long timer alerts maintenance, stops the short one and from then on repeats
 * the message every long period. It owns its two timers and nothing else.
 */
final class RepeatingProcedure {
  /** Where a long-timer expiry is reported. */
  @FunctionalInterface
  interface Alert {
    void raise(String reason);
  }

  private final IsupMessage message;
  private final PointCode destination;
  private final Signalling signalling;
  private final TimerService clock;
  private final IsupTimers timers;
  private final IsupTimer shortT;
  private final IsupTimer longT;
  private final Alert alert;
  private Timer shortTimer;
  private Timer longTimer;

  /** Starts both timers; {@link #send()} sends the first copy. */
  RepeatingProcedure(
      IsupMessage message,
      PointCode destination,
      Signalling signalling,
      TimerService clock,
      IsupTimers timers,
      IsupTimer shortT,
      IsupTimer longT,
      Alert alert) {
    this.message = message;
    this.destination = destination;
    this.signalling = signalling;
    this.clock = clock;
    this.timers = timers;
    this.shortT = shortT;
    this.longT = longT;
    this.alert = alert;
    this.shortTimer = clock.schedule(timers.value(shortT), this::shortExpiry);
    this.longTimer = clock.schedule(timers.value(longT), this::longExpiry);
  }

  IsupMessage message() {
    return message;
  }

  void send() {
    signalling.send(destination, message);
  }

  void cancel() {
    if (shortTimer != null) {
      shortTimer.cancel();
      shortTimer = null;
    }
    if (longTimer != null) {
      longTimer.cancel();
      longTimer = null;
    }
  }

  private void shortExpiry() {
    shortTimer = clock.schedule(timers.value(shortT), this::shortExpiry);
    send();
  }

  private void longExpiry() {
    alert.raise(longT + " expired awaiting acknowledgement of " + message.type());
    if (shortTimer != null) {
      shortTimer.cancel();
      shortTimer = null;
    }
    longTimer = clock.schedule(timers.value(longT), this::longExpiry);
    send();
  }
}
