package org.ss7sim.simulator.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The stop of a real-time run on SIGINT or SIGTERM (docs/cli.md, "Stopping"): the signal is taken
 * by a handler (not a JVM shutdown hook, so nothing else is shutting down meanwhile) that runs the
 * run's stop once — traffic stopped, nodes stopped, SMSC stores flushed and closed (opened with
 * H2's own shutdown hook off, so nothing closes them under the nodes) — flushes the output and
 * exits 0: a stop asked for is not a failure. The run's normal end calls {@link #stopNow} instead,
 * which puts the default handlers back; whichever comes first does the stop, the other waits for
 * it.
 */
final class SignalStop {
  private static final List<String> SIGNALS = List.of("TERM", "INT");

  private final Runnable stop;
  private final PrintWriter err;
  private final List<SignalHandler> previous = new ArrayList<>();
  private boolean stopped;

  private SignalStop(Runnable stop, PrintWriter err) {
    this.stop = stop;
    this.err = err;
  }

  /** Takes SIGTERM and SIGINT; {@code stop} ends the run and releases what it holds. */
  static SignalStop install(Runnable stop, PrintWriter err) {
    SignalStop s = new SignalStop(stop, err);
    for (String name : SIGNALS) {
      s.previous.add(Signal.handle(new Signal(name), sig -> s.onSignal(sig.getName())));
    }
    return s;
  }

  private void onSignal(String name) {
    err.println();
    err.println("SIG" + name + ": stopping");
    err.flush();
    stopOnce();
    err.println("stopped");
    err.flush();
    System.out.flush();
    System.exit(0);
  }

  private synchronized void stopOnce() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      stop.run();
    } catch (RuntimeException e) {
      err.println("stop: " + e);
    }
  }

  /** The run's own end: stops (unless a signal did already) and gives the signals back. */
  void stopNow() {
    stopOnce();
    for (int i = 0; i < SIGNALS.size(); i++) {
      Signal.handle(new Signal(SIGNALS.get(i)), previous.get(i));
    }
  }
}
