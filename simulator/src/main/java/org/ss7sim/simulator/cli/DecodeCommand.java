package org.ss7sim.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.decode.CaptureDecoder;
import org.ss7sim.simulator.decode.DecodeSummary;
import org.ss7sim.wire.MalformedMessageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ss7sim decode FILE [--json]}: one line per message (or per frame that holds none, with the
 * reason) on stdout as the file is read; a one-line summary on stderr; exit 2 when the file is
 * damaged, after everything before the damage has been printed.
 */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {
      "Decode a capture (pcap, pcapng) or a hex file (one message per line, # comments) into one"
          + " message per line, streamed as it is read. SCTP fragments and TCP segments are"
          + " reassembled; a frame without a message says why.",
      "A summary line goes to stderr (for a damaged file one line: the damage, and what was read"
          + " before it). Exit 0 when the whole file was read, 2 when it is not a"
          + " capture or hex file or is damaged (after printing every frame before the damage)."
    })
final class DecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "pcap, pcapng or hex file.")
  Path file;

  @Option(names = "--json", description = "One JSON object per line, keys by layer.")
  boolean json;

  @Option(
      names = "--messages-only",
      description = "Print decoded messages only, not the lines for frames without one.")
  boolean messagesOnly;

  @Override
  public Integer call() {
    Inputs.readableFile(file, "input");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DecodeSummary summary;
    try {
      summary =
          CaptureDecoder.decode(
              file,
              m -> {
                if (!messagesOnly || m.isMessage()) {
                  out.println(json ? m.json().toString() : m.text());
                }
              });
    } catch (IOException | MalformedMessageException e) {
      out.flush();
      throw new BadInputException("input " + file + ": " + e.getMessage());
    } finally {
      out.flush();
    }
    if (summary.damaged()) {
      // one line: where the damage is, and what was read before it
      throw new BadInputException(
          "input "
              + file
              + " is damaged: "
              + summary.damage()
              + " (before it: "
              + summary.line().replace("; capture damaged: " + summary.damage(), "")
              + ")");
    }
    err.println("decode: " + summary.line());
    err.flush();
    return ExitCode.OK;
  }
}
