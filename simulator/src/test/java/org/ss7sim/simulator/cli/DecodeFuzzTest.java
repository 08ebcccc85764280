package org.ss7sim.simulator.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ss7sim.simulator.decode.CaptureDecoder;
import org.ss7sim.wire.MalformedMessageException;

/**
 * Coverage-guided fuzzing of {@code ss7sim decode} as a whole: the input is the file given to the
 * command (a pcap/pcapng capture or a hex file), decoded by {@link CaptureDecoder} through every
 * layer (M3UA/M2PA, MTP3, SCCP with XUDT reassembly, TCAP, MAP, INAP, ISUP, SMPP), each line handed
 * over as the command prints it. Any bytes give the decoded lines, or {@link
 * MalformedMessageException} or {@link IOException} for the file (which the command answers with
 * one line and exit 2); any other exception is a finding. Seeds (testdata captures and vectors as
 * hex lines) and past findings are in {@code DecodeFuzzTestInputs/}.
 */
class DecodeFuzzTest {
  private static Path file;

  private static Path file() throws IOException {
    if (file == null) {
      file = Files.createTempFile("ss7sim-decode-fuzz", ".bin");
      file.toFile().deleteOnExit();
    }
    return file;
  }

  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) throws IOException {
    Path f = Files.write(file(), input);
    try {
      CaptureDecoder.decode(
          f,
          m -> {
            m.text();
            m.json().toString();
          });
    } catch (MalformedMessageException | IOException expected) {
      // the command's own refusal of the whole file (DecodeCommand: one line, exit 2)
    }
  }
}
