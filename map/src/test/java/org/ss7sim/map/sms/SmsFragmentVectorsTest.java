package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.sms.UserDataHeader.Concatenation;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.Octets;

/** The fragment vectors of sms_tpdu.tsv that the TPDU tests do not already use. */
class SmsFragmentVectorsTest {
  private static Octets vector(String name) {
    return GoldenVectors.named("sms_tpdu.tsv", name).bytes();
  }

  @Test
  void concatenation_element_data_of_the_deliver_and_submit_vectors() {
    // the 3 octets after IEI 00 and IEDL 03: reference, total, sequence
    assertThat(UserDataHeader.of(new Concatenation(0xeb, false, 2, 1)).toOctets())
        .isEqualTo(Octets.fromHex("050003").concat(vector("jss7-SmsDeliverTpduTest-getData1A")));
    assertThat(UserDataHeader.of(new Concatenation(0xef, false, 2, 1)).toOctets())
        .isEqualTo(Octets.fromHex("050003").concat(vector("jss7-SmsSubmitTpduTest-getData1A")));
  }

  @Test
  void ucs2_cyrillic_user_data() throws Exception {
    Octets ud = vector("jss7-UserDataTest-getData3");
    assertThat(new UserData(ud.length(), ud).text(DataCodingScheme.UCS2, false))
        .startsWith("ПРИВЕТ ПОДРУЖЕНЬКА!");
    Octets abc = vector("jss7-DataCodingSchemeTest-testDecode");
    assertThat(new UserData(abc.length(), abc).text(DataCodingScheme.UCS2, false))
        .isEqualTo("АБВГД");
  }

  @Test
  void seven_bit_ascii_art_with_the_currency_sign() throws Exception {
    Octets ud = vector("jss7-UserDataTest-getData6");
    String text = new UserData(63, ud).text(DataCodingScheme.GSM7, false);
    assertThat(text).contains("/\\_/\\").contains("(-  ¤  -)");
    assertThat(UserData.of(text, DataCodingScheme.Alphabet.GSM7, null).octets()).isEqualTo(ud);
  }

  @Test
  void cedilla_from_a_live_trace_maps_to_the_gsm_capital_c_cedilla() throws Exception {
    Octets ucs2 = vector("jss7-GSMCharsetTest-testCedilla-textPart0");
    assertThat(new UserData(2, ucs2).text(DataCodingScheme.UCS2, false)).isEqualTo("ç");
    String utf8 =
        new String(
            vector("jss7-GSMCharsetTest-testCedilla-textPart").toByteArray(),
            StandardCharsets.UTF_8);
    assertThat(utf8).isEqualTo("testsend Ç");
    UserData packed = UserData.of(utf8, DataCodingScheme.Alphabet.GSM7, null);
    assertThat(packed.text(DataCodingScheme.GSM7, false)).isEqualTo("testsend Ç");
    assertThat(GsmAlphabet.toSeptets("ç")).isEqualTo(GsmAlphabet.toSeptets("Ç"));
  }
}
