package org.ss7sim.isup.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the ISUP decoder (Q.763: CIC, message type, fixed, variable and
 * optional parts): any bytes give a message or {@link MalformedMessageException}; any other
 * exception is a finding. Seeds (isup.tsv, golden files) and past findings are in {@code
 * IsupMessageFuzzTestInputs/}.
 */
class IsupMessageFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    try {
      IsupMessageCodec.decode(Octets.wrap(input));
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
