package org.ss7sim.simulator.cli;

import java.nio.file.Path;
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

  void check() {
    Inputs.writableFile(pcap, "--pcap");
    Inputs.writableFile(json, "--json");
    Inputs.writableFile(report, "--report");
  }
}
