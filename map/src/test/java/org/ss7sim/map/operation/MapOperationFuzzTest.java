package org.ss7sim.map.operation;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.Optional;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;

/**
 * Coverage-guided fuzzing of the MAP operation codecs (TS 29.002 §7.6, §17.6-17.7), the way the MAP
 * layer calls them on an Invoke, ReturnResult or ReturnError parameter.
 *
 * <pre>
 * octet 0      local operation code (or, for an error, local error code)
 * octet 1      bits 1-0: 0 argument, 1 result, 2 error parameter; bit 2: dialogue version 2 (else 3)
 * octets 2..   the parameter: one BER element
 * </pre>
 *
 * Every operation with that code is tried (46 is forwardSM in v1/v2 and mo-forwardSM in v3). Any
 * bytes give a value or {@link MalformedMessageException}; any other exception is a finding. Seeds
 * (gsm_map.tsv, each row under the operation its description names) and past findings are in {@code
 * MapOperationFuzzTestInputs/}.
 */
class MapOperationFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decode(byte[] input) {
    if (input.length < 2) {
      return;
    }
    int code = input[0] & 0xff;
    int what = input[1] & 0x03;
    int version = (input[1] & 0x04) != 0 ? 2 : 3;
    Octets parameter = Octets.wrap(Arrays.copyOfRange(input, 2, input.length));
    if (what == 2) {
      Optional<MapErrorCode> error = MapErrorCode.of(code);
      if (error.isPresent()) {
        try {
          MapError.decode(error.get(), parameter);
        } catch (MalformedMessageException expected) {
          // the decoder's own refusal
        }
      }
      return;
    }
    for (MapOperation op : MapOperation.values()) {
      if (op.code() != code) {
        continue;
      }
      BerCodec<MapParameter> codec =
          what == 0
              ? op.argumentCodec(version)
              : op.<MapParameter>resultCodec(version).orElse(null);
      if (codec != null) {
        try {
          codec.decode(parameter);
        } catch (MalformedMessageException expected) {
          // the decoder's own refusal
        }
      }
    }
  }
}
