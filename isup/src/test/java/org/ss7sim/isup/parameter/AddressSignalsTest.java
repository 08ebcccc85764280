package org.ss7sim.isup.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * A subsequent number has a one-octet header, so its 255 content octets can carry 508 signals, more
 * than any number may hold (506): found by IsupMessageFuzzTest, which saw the decoder throw
 * IllegalArgumentException from the record's check instead of its own refusal.
 */
class AddressSignalsTest {
  private static Octets subsequentNumber(int signalOctets, int indicator) {
    byte[] b = new byte[1 + signalOctets];
    Arrays.fill(b, (byte) 0x21);
    b[0] = (byte) indicator;
    return Octets.wrap(b);
  }

  @Test
  void too_many_signals_are_malformed_not_an_illegal_argument() {
    assertThatThrownBy(() -> SubsequentNumber.decode(subsequentNumber(254, 0x80)))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("507 address signals, at most 506");
    assertThatThrownBy(() -> SubsequentNumber.decode(subsequentNumber(254, 0x00)))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void the_most_signals_a_number_holds_still_decode() throws Exception {
    SubsequentNumber n = SubsequentNumber.decode(subsequentNumber(253, 0x00));
    assertThat(n.digits()).hasSize(506).startsWith("1212");
  }
}
