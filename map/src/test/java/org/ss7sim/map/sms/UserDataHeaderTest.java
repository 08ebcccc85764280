package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.sms.UserDataHeader.Concatenation;
import org.ss7sim.map.sms.UserDataHeader.PortAddressing;
import org.ss7sim.map.sms.UserDataHeader.Unknown;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** TS 23.040 §9.2.3.24 headers: jss7 UserDataHeaderTest vectors, decoded and re-encoded. */
class UserDataHeaderTest {
  private static UserDataHeader roundTrip(String name) throws MalformedMessageException {
    Octets bytes = GoldenVectors.named("sms_tpdu.tsv", name).bytes();
    UserDataHeader h = UserDataHeader.decode(bytes.reader());
    assertThat(h.toOctets()).as(name).isEqualTo(bytes);
    return h;
  }

  @Test
  void concatenation_with_eight_and_sixteen_bit_references() throws Exception {
    assertThat(roundTrip("jss7-UserDataHeaderTest-getData2").elements())
        .containsExactly(new Concatenation(140, false, 2, 1));
    assertThat(roundTrip("jss7-UserDataHeaderTest-getData1").elements())
        .containsExactly(new Concatenation(0x00d1, true, 3, 2));
    assertThat(roundTrip("jss7-UserDataHeaderTest-getData11").elements())
        .containsExactly(new Concatenation(0x0a01, true, 3, 2));
  }

  @Test
  void sixteen_bit_application_ports() throws Exception {
    assertThat(roundTrip("jss7-UserDataHeaderTest-getData7").elements())
        .containsExactly(new PortAddressing(0x23f4, 0, true));
  }

  @Test
  void unknown_elements_are_kept_in_wire_order() throws Exception {
    UserDataHeader h = roundTrip("jss7-UserDataHeaderTest-getData4");
    assertThat(h.elements()).hasSize(2);
    assertThat(h.elements().get(0)).isEqualTo(new Concatenation(0x28, false, 3, 2));
    assertThat(h.elements().get(1).iei()).isEqualTo(0x11);
    assertThat(roundTrip("jss7-UserDataHeaderTest-getData8").elements())
        .containsExactly(new Unknown(0x70, Octets.EMPTY));
    for (String n : List.of("getData3", "getData5", "getData6", "getDataA1", "getDataA2")) {
      roundTrip("jss7-UserDataHeaderTest-" + n);
    }
  }

  @Test
  void element_running_past_the_header_length_is_malformed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> UserDataHeader.decode(Octets.fromHex("0400030102").reader()))
        .isInstanceOf(MalformedMessageException.class);
  }
}
