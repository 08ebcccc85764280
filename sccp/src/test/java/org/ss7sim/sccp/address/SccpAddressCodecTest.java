package org.ss7sim.sccp.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

class SccpAddressCodecTest {

  private static SccpAddress decode(String hex) throws MalformedMessageException {
    return SccpAddressCodec.decode(Octets.fromHex(hex));
  }

  /**
   * The osmo-addr-* rows of testdata/vectors/sccp.tsv (libosmo-sigtran xua_test.c), field by field.
   */
  @Nested
  class GoldenVectorsFromLibosmoSigtran {
    static Stream<Arguments> vectors() {
      GlobalTitleIndicator nai = GlobalTitleIndicator.NAI_ONLY;
      GlobalTitleIndicator ttnpes = GlobalTitleIndicator.TT_NP_ES;
      GlobalTitleIndicator full = GlobalTitleIndicator.TT_NP_ES_NAI;
      return Stream.of(
          Arguments.of(
              "osmo-addr-parse-920600",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT,
                  null,
                  new Ssn(6),
                  new GlobalTitle(full, 0, 1, 4, "919969679389", 2),
                  true)),
          Arguments.of(
              "osmo-addr-parse-120800",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT,
                  null,
                  new Ssn(8),
                  new GlobalTitle(full, 0, 1, 4, "919869299992", 2),
                  false)),
          Arguments.of(
              "osmo-addr-parse-42fe",
              new SccpAddress(RoutingIndicator.ROUTE_ON_SSN, null, new Ssn(254), null)),
          Arguments.of(
              "osmo-addr-enc-NOGT-PC1024",
              new SccpAddress(RoutingIndicator.ROUTE_ON_SSN, PointCode.itu(1024), null, null)),
          Arguments.of(
              "osmo-addr-enc-NOGT-PC16383",
              new SccpAddress(RoutingIndicator.ROUTE_ON_SSN, PointCode.itu(16383), null, null)),
          Arguments.of(
              "osmo-addr-enc-NOGT-PC16383-SSN90",
              SccpAddress.ofSsn(PointCode.itu(16383), new Ssn(90))),
          Arguments.of(
              "osmo-addr-enc-GT-PC16383-NAIONLY",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_SSN,
                  PointCode.itu(16383),
                  null,
                  new GlobalTitle(nai, 0, 0, 0x7f, "", 2))),
          Arguments.of(
              "osmo-addr-enc-GT-NOPC-NAIONLY",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT, null, null, new GlobalTitle(nai, 0, 0, 3, ""))),
          Arguments.of(
              "osmo-addr-enc-GT-NOPC-TT_NPL_ENC-ODD",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT,
                  null,
                  null,
                  new GlobalTitle(ttnpes, 3, 1, 0, "123", 1))),
          Arguments.of(
              "osmo-addr-enc-GT-NOPC-TT_NPL_ENC-EVEN",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT,
                  null,
                  null,
                  new GlobalTitle(ttnpes, 3, 1, 0, "1234", 2))),
          Arguments.of(
              "osmo-addr-enc-GT-NOPC-TT_NPL_ENC_NAI-EVEN",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT,
                  null,
                  null,
                  new GlobalTitle(full, 3, 1, 4, "1234", 2))),
          Arguments.of(
              "osmo-addr-enc-GT-NOPC-TT_NPL_ENC_NAI-EVEN-NONNUM",
              new SccpAddress(
                  RoutingIndicator.ROUTE_ON_GT,
                  null,
                  null,
                  new GlobalTitle(full, 3, 1, 4, "1ABF", 2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodes_to_the_asserted_fields_and_re_encodes_identically(
        String name, SccpAddress expected) throws MalformedMessageException {
      Octets bytes = GoldenVectors.named("sccp.tsv", name).bytes();
      SccpAddress decoded = SccpAddressCodec.decode(bytes);
      assertThat(decoded).isEqualTo(expected);
      assertThat(SccpAddressCodec.encode(decoded)).isEqualTo(bytes);
    }
  }

  @Nested
  class GlobalTitleFormats {
    @Test
    void gti_0010_translation_type_only_keeps_every_nibble() throws MalformedMessageException {
      SccpAddress a = decode("0809" + "21436587");
      assertThat(a.globalTitle())
          .isEqualTo(new GlobalTitle(GlobalTitleIndicator.TT_ONLY, 9, 0, 0, "12345678", 0));
      assertThat(SccpAddressCodec.encode(a).toHex()).isEqualTo("080921436587");
    }

    @Test
    void gti_0001_odd_indicator_is_bit_8_of_the_nature_of_address_octet()
        throws MalformedMessageException {
      SccpAddress a = decode("04" + "84" + "2143f5".replace("f", "0"));
      assertThat(a.globalTitle().digits()).isEqualTo("12345");
      assertThat(a.globalTitle().natureOfAddress()).isEqualTo(4);
      assertThat(SccpAddressCodec.encode(a).toHex()).isEqualTo("0484214305");
    }

    @Test
    void national_encoding_scheme_keeps_raw_nibbles() throws MalformedMessageException {
      SccpAddress a = decode("10" + "00" + "13" + "04" + "2143");
      assertThat(a.globalTitle().encodingScheme()).isEqualTo(GlobalTitle.ES_NATIONAL);
      assertThat(a.globalTitle().digits()).isEqualTo("1234");
      assertThat(SccpAddressCodec.encode(a).toHex()).isEqualTo("1000130421" + "43");
    }

    @Test
    void e164_factory_encodes_gti_4_with_odd_bcd() {
      SccpAddress a = SccpAddress.ofGlobalTitle(GlobalTitle.e164("0010112345"), Ssn.HLR);
      assertThat(SccpAddressCodec.encode(a).toHex()).isEqualTo("1206001204" + "0001113254");
      SccpAddress odd = SccpAddress.ofGlobalTitle(GlobalTitle.e164("001011234"), Ssn.HLR);
      assertThat(SccpAddressCodec.encode(odd).toHex()).isEqualTo("1206001104" + "0001113204");
    }
  }

  @Nested
  class MalformedAddresses {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "", // empty
          "41ff", // PC indicated, one octet
          "42", // SSN indicated, missing
          "1206", // GTI 4, no TT/NP/NAI
          "120600", // GTI 4, TT only
          "12060011", // GTI 4, no NAI
          "1206001104", // odd digits, no address information
          "12060011042143f5", // odd digits with filler nibble F
          "5406", // GTI 5 (national/spare)
        })
    void are_rejected_with_a_reason(String hex) {
      assertThatThrownBy(() -> decode(hex)).isInstanceOf(MalformedMessageException.class);
    }
  }
}
