package org.ss7sim.bench.tcap;

import java.time.Duration;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.Dialogue;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;
import org.ss7sim.wire.time.Timer;
import org.ss7sim.wire.time.TimerService;

/**
 * Heap per open dialogue, by heap delta: opens N dialogues (default 1,000,000), each begun with one
 * pending class 1 MT-ForwardSM invoke (its invocation timer armed), forces GC before and after, and
 * prints (used after − used before) / N. SCCP is a sink and the timer service never fires, so
 * everything stays open. Addresses are shared between dialogues (a real node would keep one address
 * object per received message).
 *
 * <pre>
 * java -Xmx1g -XX:+UseSerialGC -cp bench/target/benchmarks.jar org.ss7sim.bench.tcap.DialogueHeapMain 1000000
 * </pre>
 */
public final class DialogueHeapMain {
  private DialogueHeapMain() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SccpService sink =
        new SccpService() {
          @Override
          public void register(Ssn ssn, SccpUser user) {}

          @Override
          public void unregister(Ssn ssn) {}

          @Override
          public void unitdata(UnitdataRequest request) {}
        };
    TimerService frozen =
        new TimerService() {
          @Override
          public long nanoTime() {
            return 0;
          }

          @Override
          public long currentTimeMillis() {
            return 0;
          }

          @Override
          public Timer schedule(Duration delay, Runnable task) {
            return () -> true;
          }
        };
    SccpAddress local = SccpAddress.ofSsn(PointCode.itu(101), Ssn.MSC);
    SccpAddress remote = SccpAddress.ofSsn(PointCode.itu(202), Ssn.MSC);
    ObjectIdentifier acn = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
    Octets argument = MtForwardSmSample.argument();
    TcapStack stack =
        new TcapStack(sink, Ssn.MSC, frozen, TcapConfig.defaults().withMaxDialogues(n));

    long before = usedAfterGc();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Dialogue d = stack.newDialogue(local, remote, acn);
      d.invoke(OperationCode.local(44), argument, OperationClass.CLASS_1, Duration.ofSeconds(30));
      d.begin();
    }
    long openNanos = System.nanoTime() - start;
    long after = usedAfterGc();
    long lookups = 0;
    long t0 = System.nanoTime();
    for (int i = 1; i <= n; i++) {
      if (stack.dialogue(i) != null) {
        lookups++;
      }
    }
    long lookupNanos = System.nanoTime() - t0;
    System.out.printf(
        "dialogues=%d pendingInvokes=%d heapDelta=%d MiB bytesPerDialogue=%.1f openRate=%.0f/s"
            + " lookup=%.1f ns (%d found)%n",
        stack.dialogueCount(),
        stack.pendingInvokeCount(),
        (after - before) >> 20,
        (after - before) / (double) n,
        n / (openNanos / 1e9),
        lookupNanos / (double) n,
        lookups);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
