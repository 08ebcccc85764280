package org.ss7sim.transport.sctp;

import org.ss7sim.transport.TransportUnavailableException;

/** Checks once whether this host can open kernel SCTP sockets. */
public final class SctpSupport {
  private static volatile String unavailable;
  private static volatile boolean probed;

  private SctpSupport() {}

  /** Throws {@link TransportUnavailableException} unless kernel SCTP works here. */
  public static void require() {
    String problem = problem();
    if (problem != null) {
      throw new TransportUnavailableException(problem, null);
    }
  }

  /** The one-line problem, or {@code null} when SCTP is available. */
  public static String problem() {
    if (!probed) {
      unavailable = probe(SctpSupport::openAndClose);
      probed = true;
    }
    return unavailable;
  }

  /** Runs {@code opener} and turns any failure into the one-line explanation (for tests). */
  static String probe(Runnable opener) {
    try {
      opener.run();
      return null;
    } catch (Throwable t) {
      return explain(t);
    }
  }

  static String explain(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail =
        root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage());
    return "kernel SCTP is not available on this host ("
        + detail
        + "); use transport TCP (M3UA length-framed over TCP) or IN_JVM (nodes in one process), or"
        + " load the sctp kernel module (modprobe sctp)";
  }

  private static void openAndClose() {
    try {
      com.sun.nio.sctp.SctpChannel.open().close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
