package org.ss7sim.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.decode.CaptureDecoder;
import org.ss7sim.simulator.decode.DecodedMessage;
import org.ss7sim.wire.MalformedMessageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ss7sim decode FILE [--json]}: one decoded message per line. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description =
        "Decode a capture (pcap, pcapng) or a hex file (one message per line, # comments) into one message per line.")
final class DecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "pcap, pcapng or hex file.")
  Path file;

  @Option(names = "--json", description = "One JSON object per line, keys by layer.")
  boolean json;

  @Override
  public Integer call() {
    Inputs.readableFile(file, "input");
    PrintWriter out = spec.commandLine().getOut();
    try {
      for (DecodedMessage m : CaptureDecoder.decode(file)) {
        out.println(json ? m.json().toString() : m.text());
      }
    } catch (IOException e) {
      throw new BadInputException("input " + file + ": " + e.getMessage());
    } catch (MalformedMessageException e) {
      throw new BadInputException("input " + file + ": " + e.getMessage());
    }
    out.flush();
    return ExitCode.OK;
  }
}
