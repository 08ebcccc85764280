package org.ss7sim.simulator.report;

import java.io.PrintWriter;

/**
 * The live progress line of a run. On a terminal it is rewritten in place with a carriage return
 * and cut to the terminal's width; anywhere else (a file, a pipe, a test) it is written as whole
 * lines, one per {@link #LOG_INTERVAL_NANOS}, so a log holds readable lines rather than one long
 * line of carriage returns.
 *
 * <p>Whether the output is a terminal is decided where it is opened (the CLI: {@code
 * System.console() != null}, or {@code --progress}): {@link #terminal} marks the writer, and {@link
 * #on} reads the mark.
 */
public final class ProgressLine {
  /** Lines written to a file or pipe: one every 5 s of the run. */
  public static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

  /** Terminal columns when the environment does not say ({@code COLUMNS}). */
  public static final int DEFAULT_COLUMNS = 120;

  /** A writer known to be a terminal {@code columns} wide. */
  private static final class TerminalWriter extends PrintWriter {
    final int columns;

    TerminalWriter(PrintWriter out, int columns) {
      super(out, true);
      this.columns = columns;
    }
  }

  private final PrintWriter out;
  private final int columns;
  private long lastLogged = Long.MIN_VALUE;
  private int shown;

  private ProgressLine(PrintWriter out, int columns) {
    this.out = out;
    this.columns = columns;
  }

  /** {@code out} marked as a terminal {@code columns} wide. */
  public static PrintWriter terminal(PrintWriter out, int columns) {
    return new TerminalWriter(out, Math.max(columns, 20));
  }

  /** Whether {@code out} was marked as a terminal. */
  public static boolean isTerminal(PrintWriter out) {
    return out instanceof TerminalWriter;
  }

  /** The width of a terminal marked with {@link #terminal}, else {@link #DEFAULT_COLUMNS}. */
  public static int columns(PrintWriter out) {
    return out instanceof TerminalWriter t ? t.columns : DEFAULT_COLUMNS;
  }

  /** The progress line for {@code out}: in place on a marked terminal, else whole lines. */
  public static ProgressLine on(PrintWriter out) {
    return new ProgressLine(out, out instanceof TerminalWriter t ? t.columns : 0);
  }

  /** Shows {@code line} as the state at {@code nowNanos} (the run's clock). */
  public void update(long nowNanos, String line) {
    if (columns > 0) {
      String fitted = fit(line, columns - 1);
      out.print("\r" + fitted + " ".repeat(Math.max(0, shown - fitted.length())));
      shown = fitted.length();
      out.flush();
    } else if (lastLogged == Long.MIN_VALUE || nowNanos - lastLogged >= LOG_INTERVAL_NANOS) {
      lastLogged = nowNanos;
      out.println(line);
      out.flush();
    }
  }

  /** Shows the final {@code line} and ends it. */
  public void finish(String line) {
    if (columns > 0) {
      String fitted = fit(line, columns - 1);
      out.println("\r" + fitted + " ".repeat(Math.max(0, shown - fitted.length())));
      shown = 0;
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** {@code line} cut to {@code width} characters, the cut marked with '…'. */
  static String fit(String line, int width) {
    return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "…";
  }
}
