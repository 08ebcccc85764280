package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;

/**
 * A PDU with a reserved command_id (0x00000025, SMPP 3.4 §5.1.2.1) decodes to an {@link UnknownPdu}
 * that keeps every octet, and has a printable name: `decode` died on this PDU with a
 * NullPointerException (issue 15), the input is also in PduCodecFuzzTestInputs.
 */
class UnknownPduTest {
  private static final Octets RESERVED =
      Octets.fromHex(
          "00000025" // command_length 37
              + "00000025" // command_id: reserved
              + "002e0000" // command_status: not an SMPP 3.4 code, kept as is
              + "0000000b" // sequence_number 11
              + "386133363330373634666465fa3661303934646200");

  @Test
  void reserved_command_id_decodes_whole_and_re_encodes_unchanged() throws Exception {
    Pdu p = PduCodec.decode(RESERVED);
    assertThat(p).isInstanceOf(UnknownPdu.class);
    UnknownPdu u = (UnknownPdu) p;
    assertThat(u.commandCode()).isEqualTo(0x25L);
    assertThat(u.commandId()).isNull();
    assertThat(u.status().code()).isEqualTo(0x002e0000);
    assertThat(u.sequence()).isEqualTo(11);
    assertThat(u.body()).isEqualTo(RESERVED.slice(16));
    assertThat(u.isResponse()).isFalse();
    assertThat(Octets.wrap(PduCodec.encode(p))).isEqualTo(RESERVED);
  }

  @Test
  void every_pdu_has_a_name_to_print_known_or_not() throws Exception {
    assertThat(PduCodec.decode(RESERVED).commandName()).isEqualTo("command_id_0x00000025");
    Octets enquireLink = Octets.fromHex("00000010000000150000000000000007");
    assertThat(PduCodec.decode(enquireLink).commandName()).isEqualTo("enquire_link");
  }
}
