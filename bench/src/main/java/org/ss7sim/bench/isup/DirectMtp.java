package org.ss7sim.bench.isup;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.ss7sim.mtp.MtpService;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.MtpUser;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;

/**
 * In-process MTP for benchmarks: run-to-completion delivery like the test loopback, without its
 * message log (which would grow without bound over millions of calls).
 */
final class DirectMtp {
  private final Map<PointCode, MtpUser> users = new HashMap<>();
  private final ArrayDeque<MtpTransfer> queue = new ArrayDeque<>();
  private boolean delivering;

  MtpService attach(PointCode pointCode) {
    return new MtpService() {
      @Override
      public PointCode localPointCode() {
        return pointCode;
      }

      @Override
      public void transfer(MtpTransfer request) {
        enqueue(request);
      }

      @Override
      public void register(ServiceIndicator serviceIndicator, MtpUser user) {
        users.put(pointCode, user);
      }
    };
  }

  private void enqueue(MtpTransfer m) {
    queue.add(m);
    if (delivering) {
      return;
    }
    delivering = true;
    try {
      MtpTransfer next;
      while ((next = queue.poll()) != null) {
        users.get(next.dpc()).onTransfer(next);
      }
    } finally {
      delivering = false;
    }
  }
}
