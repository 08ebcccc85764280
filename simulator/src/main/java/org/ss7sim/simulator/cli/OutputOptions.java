package org.ss7sim.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ss7sim.simulator.report.ProgressLine;
import picocli.CommandLine.Option;

/** The result files a run can write (DESIGN.md §4, §5). */
final class OutputOptions {
  @Option(
      names = "--pcap",
      paramLabel = "FILE",
      description = "Write every message of the run to FILE (pcap, M3UA as IPv4/SCTP).")
  Path pcap;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the results object (ok, scenarios) to FILE as JSON.")
  Path json;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write an HTML report with ladder diagrams and histograms to FILE.")
  Path report;

  @Option(
      names = "--wide",
      description = "Print ladder diagrams at full width (default: cut to 120 columns).")
  boolean wide;

  /** How the progress line is written. */
  enum ProgressMode {
    auto,
    terminal,
    lines
  }

  @Option(
      names = "--progress",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "The progress line: 'terminal' rewrites one line in place, 'lines' writes a line every"
              + " 5 s (for logs), 'auto' (default) picks 'terminal' when this is a console.")
  ProgressMode progress = ProgressMode.auto;

  /** Where the progress line goes: {@code err}, marked as a terminal when it is one. */
  PrintWriter progressTo(PrintWriter err) {
    boolean terminal =
        progress == ProgressMode.terminal
            || (progress == ProgressMode.auto && System.console() != null);
    return terminal ? ProgressLine.terminal(err, terminalColumns()) : err;
  }

  private static int terminalColumns() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("[0-9]{2,4}")) {
      return Integer.parseInt(columns);
    }
    return ProgressLine.DEFAULT_COLUMNS;
  }

  void check() {
    Inputs.writableFile(pcap, "--pcap");
    Inputs.writableFile(json, "--json");
    Inputs.writableFile(report, "--report");
  }
}
