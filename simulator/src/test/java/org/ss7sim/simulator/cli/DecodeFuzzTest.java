package org.ss7sim.simulator.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ss7sim.simulator.decode.CaptureDecoder;
import org.ss7sim.simulator.decode.DecodedMessage;
import org.ss7sim.wire.MalformedMessageException;

/**
 * Coverage-guided fuzzing of {@code ss7sim decode} as a whole: the input is the file given to the
 * command (a pcap/pcapng capture or a hex file), decoded by {@link CaptureDecoder} through every
 * layer (M3UA/M2PA, MTP3, SCCP with XUDT reassembly, TCAP, MAP, ISUP, SMPP). Any bytes give the
 * decoded messages or {@link MalformedMessageException} for the file; any other exception is a
 * finding. Seeds (testdata captures and vectors as hex lines) and past findings are in {@code
 * DecodeFuzzTestInputs/}.
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
  void decode(byte[] input) {
    try {
      Path f = Files.write(file(), input);
      for (DecodedMessage m : CaptureDecoder.decode(f)) {
        m.toString();
      }
    } catch (MalformedMessageException expected) {
      // the command's own refusal of the whole file
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
