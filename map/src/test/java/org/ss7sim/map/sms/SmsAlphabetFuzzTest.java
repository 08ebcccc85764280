package org.ss7sim.map.sms;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.ss7sim.map.message.UssdString;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the alphabets (TS 23.038: GSM 7-bit default alphabet and its extension
 * table, UCS2, 8-bit) as user data and as USSD strings.
 *
 * <pre>
 * octet 0      data coding scheme
 * octet 1      TP-UDL
 * octet 2      bit 0: TP-UDHI
 * octets 3..   TP-UD (at most 140 octets are used) and the USSD string
 * </pre>
 *
 * Any bytes give text or {@link MalformedMessageException}; any other exception is a finding. Seeds
 * and past findings are in {@code SmsAlphabetFuzzTestInputs/}.
 */
class SmsAlphabetFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    if (input.length < 3) {
      return;
    }
    int dcs = input[0] & 0xff;
    int udl = input[1] & 0xff;
    boolean udhi = (input[2] & 1) != 0;
    byte[] rest = Arrays.copyOfRange(input, 3, input.length);
    Octets ud = Octets.wrap(Arrays.copyOf(rest, Math.min(rest.length, UserData.MAX_OCTETS)));
    try {
      new UserData(udl, ud).text(new DataCodingScheme(dcs), udhi);
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
    try {
      UssdString.decode(dcs, Octets.wrap(rest));
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }
}
