package org.ss7sim.inap.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the INAP argument decoders (Q.1218 §6): the first input octet picks
 * the operation (its ordinal in {@link InapOperation}, modulo their number), the rest is the Invoke
 * parameter (absent when there is nothing after the first octet). Any bytes give an argument or
 * {@link MalformedMessageException}; any other exception is a finding. Seeds (golden files) and
 * past findings are in {@code InapCodecFuzzTestInputs/}.
 */
class InapCodecFuzzTest {
  private static final InapOperation[] OPS = InapOperation.values();

  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    if (input.length == 0) {
      return;
    }
    InapOperation op = OPS[(input[0] & 0xff) % OPS.length];
    Octets parameter =
        input.length == 1 ? null : Octets.wrap(Arrays.copyOfRange(input, 1, input.length));
    try {
      InapCodec.decode(op, parameter);
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
