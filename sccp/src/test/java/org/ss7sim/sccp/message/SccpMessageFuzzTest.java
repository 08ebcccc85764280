package org.ss7sim.sccp.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the SCCP message decoder (Q.713 §4): any bytes give a message or
 * {@link MalformedMessageException}; any other exception is a finding. Seeds (sccp.tsv) and past
 * findings are in {@code SccpMessageFuzzTestInputs/}; docs/testing.md says how to fuzz for longer.
 */
class SccpMessageFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    try {
      SccpMessageCodec.decode(Octets.wrap(input));
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
