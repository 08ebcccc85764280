package org.ss7sim.map.dialogue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the MAP dialogue PDU decoder (TS 29.002 §17.3): the input is read both
 * as a bare MAP-DialoguePDU and as TCAP user information (EXTERNALs) that may carry one. Any bytes
 * give a PDU (or none) or {@link MalformedMessageException}; any other exception is a finding.
 * Seeds (gsm_map.tsv's MAP*Info rows) and past findings are in {@code
 * MapDialoguePduFuzzTestInputs/}.
 */
class MapDialoguePduFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    Octets bytes = Octets.wrap(input);
    try {
      MapDialoguePdu.decode(bytes);
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
    try {
      MapDialoguePdu.fromUserInformation(bytes);
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
