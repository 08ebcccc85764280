package org.ss7sim.simulator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The conditions a figure was measured under, printed with it: the JVM, the cores, heap and garbage
 * collector it had (the collector's pauses are much of a loaded run's latency tail), the transport
 * and store of the network, and the machine's load average at the time.
 */
public record Conditions(
    String jdk,
    int cores,
    long maxHeapBytes,
    String gc,
    String transport,
    String store,
    double loadAverage,
    Instant at) {

  /** The conditions now; {@code nowMillis} from the run's clock. */
  public static Conditions now(String transport, String store, long nowMillis) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return new Conditions(
        System.getProperty("java.vm.name")
            + " "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vendor")
            + ")",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        collector(),
        transport,
        store,
        os.getSystemLoadAverage(),
        Instant.ofEpochMilli(nowMillis).truncatedTo(ChronoUnit.SECONDS));
  }

  /** The garbage collector this JVM runs, by its usual name (G1, Parallel, ZGC, Shenandoah). */
  static String collector() {
    String beans =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .reduce("", (a, b) -> a + " " + b);
    if (beans.contains("G1")) {
      return "G1";
    }
    if (beans.contains("Shenandoah")) {
      return "Shenandoah";
    }
    if (beans.contains("ZGC")) {
      return "ZGC";
    }
    if (beans.contains("PS ")) {
      return "Parallel";
    }
    if (beans.contains("MarkSweepCompact")) {
      return "Serial";
    }
    return beans.strip();
  }

  /** CPU time this process has used so far, nanoseconds (-1 when the JVM cannot tell). */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * One line: {@code JDK …, 2 cores, heap 1024 MB, GC G1, transport tcp, store embedded, load
   * average 3.10, time}.
   */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%s, %d cores, heap %d MB, GC %s, transport %s, store %s, load average %.2f, %s",
        jdk,
        cores,
        maxHeapBytes >> 20,
        gc,
        transport,
        store,
        loadAverage,
        at);
  }
}
