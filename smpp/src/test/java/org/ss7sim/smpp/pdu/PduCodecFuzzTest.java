package org.ss7sim.smpp.pdu;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the SMPP 3.4 PDU decoder: any bytes give a PDU or {@link
 * MalformedMessageException}; any other exception is a finding. A decoded PDU must also print (the
 * decode command and the logs do). Seeds (smpp.tsv, golden files) and past findings are in {@code
 * PduCodecFuzzTestInputs/}.
 */
class PduCodecFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    try {
      PduCodec.decode(Octets.wrap(input)).toString();
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
