package org.ss7sim.map.sms;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Coverage-guided fuzzing of the SMS TPDU decoder (TS 23.040 §9.2): bit 0 of the first octet picks
 * the direction (1: to the mobile, 0: from it), the rest is the TPDU. A decoded TPDU's user data
 * header and text are decoded too, as the SMSC and the decode command do. Any bytes give a value or
 * {@link MalformedMessageException}; any other exception is a finding. Seeds (sms_tpdu.tsv) and
 * past findings are in {@code SmsTpduFuzzTestInputs/}.
 */
class SmsTpduFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    if (input.length == 0) {
      return;
    }
    SmsDirection direction =
        (input[0] & 1) != 0 ? SmsDirection.TO_MOBILE : SmsDirection.FROM_MOBILE;
    Octets tpdu = Octets.wrap(Arrays.copyOfRange(input, 1, input.length));
    try {
      SmsTpdu t = SmsTpduCodec.decode(tpdu, direction);
      if (t instanceof SmsTpdu.SmsDeliver d) {
        text(d.userData(), d.dataCodingScheme(), d.userDataHeaderIndicator());
      } else if (t instanceof SmsTpdu.SmsSubmit s) {
        text(s.userData(), s.dataCodingScheme(), s.userDataHeaderIndicator());
      }
    } catch (MalformedMessageException expected) {
      // the decoder's own refusal
    }
  }

  private static void text(UserData ud, DataCodingScheme dcs, boolean udhi)
      throws MalformedMessageException {
    ud.header(udhi);
    ud.text(dcs, udhi);
  }
}
