package org.ss7sim.tcap.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the TCAP decoder (Q.773: transaction portion, dialogue portion,
 * components): any bytes give a message or {@link MalformedMessageException}; any other exception
 * is a finding. The envelope peek that the dialogue layer uses to answer with an Abort must not
 * throw at all. Seeds (tcap.tsv) and past findings are in {@code TcMessageFuzzTestInputs/}.
 */
class TcMessageFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    Octets bytes = Octets.wrap(input);
    TcMessageCodec.decodeEnvelope(bytes);
    try {
      TcMessageCodec.decode(bytes);
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
