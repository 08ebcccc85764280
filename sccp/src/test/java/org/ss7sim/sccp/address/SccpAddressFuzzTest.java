package org.ss7sim.sccp.address;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the SCCP address decoder (Q.713 §3.4; the address contents, without
 * the length octet): any bytes give an address or {@link MalformedMessageException}; any other
 * exception is a finding. Seeds and past findings are in {@code SccpAddressFuzzTestInputs/}.
 */
class SccpAddressFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    try {
      SccpAddressCodec.decode(Octets.wrap(input)).toString();
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
