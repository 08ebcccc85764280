package org.ss7sim.bench.inap;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * Two SCCP endpoints joined directly, delivering synchronously, and a timer service whose timers
 * never fire: enough to measure INAP and TCAP work per query without SCCP, MTP or threads.
 */
final class DirectSccp implements SccpService {
  static final TimerService FROZEN_TIME =
      new TimerService() {
        @Override
        public long nanoTime() {
          return 0;
        }

        @Override
        public long currentTimeMillis() {
          return 1_767_614_400_000L; // 2026-01-05T12:00:00Z, office hours
        }

        @Override
        public Timer schedule(Duration delay, Runnable task) {
          return () -> true;
        }
      };

  private final Map<Ssn, SccpUser> users = new HashMap<>();
  DirectSccp peer;
  long messages;

  static DirectSccp[] pair() {
    DirectSccp a = new DirectSccp();
    DirectSccp b = new DirectSccp();
    a.peer = b;
    b.peer = a;
    return new DirectSccp[] {a, b};
  }

  @Override
  public void register(Ssn ssn, SccpUser user) {
    users.put(ssn, user);
  }

  @Override
  public void unregister(Ssn ssn) {
    users.remove(ssn);
  }

  @Override
  public void unitdata(UnitdataRequest r) {
    messages++;
    SccpUser u = peer.users.get(r.called().ssn());
    if (u != null) {
      u.onUnitdata(
          new UnitdataIndication(
              r.called(), r.calling(), ProtocolClass.CLASS_1, 0, true, r.data()));
    }
  }
}
