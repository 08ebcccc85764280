package org.ss7sim.cap.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the CAP argument decoders (TS 29.078 §6-7): the first input octet is
 * the operation code (every {@link CapOperation} with that code is tried), the rest is the Invoke
 * parameter (absent when nothing follows). Any bytes give an argument or {@link
 * MalformedMessageException}; any other exception is a finding. Seeds (golden files) and past
 * findings are in {@code CapCodecFuzzTestInputs/}.
 */
class CapCodecFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int code = input[0] & 0xff;
    Octets parameter =
        input.length == 1 ? null : Octets.wrap(Arrays.copyOfRange(input, 1, input.length));
    for (CapOperation op : CapOperation.values()) {
      if (op.code() != code) {
        continue;
      }
      try {
        CapCodec.decode(op, parameter);
      } catch (MalformedMessageException expected) {
        // the decoder's own refusal
      }
    }
  }
}
