package org.ss7sim.m3ua.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the M3UA decoder (RFC 4666 §3): any bytes give a message or {@link
 * MalformedMessageException}; any other exception is a finding. Seeds and past findings are in
 * {@code M3uaCodecFuzzTestInputs/}; see docs/testing.md for running it as a fuzzer.
 */
class M3uaCodecFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    try {
      M3uaCodec.decode(Octets.wrap(input));
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
