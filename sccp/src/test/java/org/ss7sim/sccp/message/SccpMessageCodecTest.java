package org.ss7sim.sccp.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

class SccpMessageCodecTest {
  private static final SccpAddress SSN8 =
      new SccpAddress(RoutingIndicator.ROUTE_ON_SSN, null, new Ssn(8), null);
  private static final SccpAddress PC1_SSN6 = SccpAddress.ofSsn(PointCode.itu(1), new Ssn(6));
  private static final Octets FIVE = Octets.fromHex("0b0c0d0e0f");

  private static SccpMessage golden(String name) throws MalformedMessageException {
    return SccpMessageCodec.decode(GoldenVectors.named("sccp.tsv", name).bytes());
  }

  private static void assertReencodes(String name) throws MalformedMessageException {
    Octets bytes = GoldenVectors.named("sccp.tsv", name).bytes();
    assertThat(SccpMessageCodec.encode(SccpMessageCodec.decode(bytes))).isEqualTo(bytes);
  }

  @Nested
  class Unitdata_Q713_4_10 {
    @Test
    void jss7_udt_with_pc_and_ssn_addresses() throws MalformedMessageException {
      Unitdata m = (Unitdata) golden("jss7-SccpDataMessageTest-getDataUdt");
      assertThat(m.protocolClass()).isEqualTo(new ProtocolClassField(1, 0));
      assertThat(m.called()).isEqualTo(SSN8);
      assertThat(m.calling()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(1), new Ssn(8)));
      assertThat(m.data().length()).isEqualTo(0x5d);
      assertThat(m.data().get(0)).isEqualTo(0x62); // TCAP Begin
      assertReencodes("jss7-SccpDataMessageTest-getDataUdt");
    }

    @Test
    void jss7_udt_carrying_scmg_sst() throws MalformedMessageException {
      Unitdata m = (Unitdata) golden("jss7-SccpDataMessageTest-getDataUdt1");
      assertThat(m.protocolClass().protocolClass()).isZero();
      assertThat(m.called().ssn()).isEqualTo(Ssn.SCMG);
      assertThat(m.calling()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(1), Ssn.SCMG));
      assertThat(m.data().toHex()).isEqualTo("0308020000");
      assertReencodes("jss7-SccpDataMessageTest-getDataUdt1");
    }

    @Test
    void jss7_udt_class_1_with_return_on_error() throws MalformedMessageException {
      Unitdata m = (Unitdata) golden("jss7-SccpDataMessageTest-getDataUdt2");
      assertThat(m.protocolClass().connectionlessClass()).isEqualTo(ProtocolClass.CLASS_1);
      assertThat(m.protocolClass().returnOnError()).isTrue();
      assertThat(m.called()).isEqualTo(SSN8);
      assertThat(m.calling()).isEqualTo(PC1_SSN6);
      assertThat(m.data()).isEqualTo(FIVE);
      assertReencodes("jss7-SccpDataMessageTest-getDataUdt2");
    }

    @Test
    void osmocom_udt_with_global_titles() throws MalformedMessageException {
      Unitdata m = (Unitdata) golden("osmo-tcap_global_title");
      assertThat(m.protocolClass()).isEqualTo(ProtocolClassField.of(ProtocolClass.CLASS_1, true));
      GlobalTitleIndicator gti = GlobalTitleIndicator.TT_NP_ES_NAI;
      assertThat(m.called())
          .isEqualTo(
              SccpAddress.ofGlobalTitle(new GlobalTitle(gti, 0, 1, 4, "3548900071"), Ssn.VLR));
      assertThat(m.calling())
          .isEqualTo(
              SccpAddress.ofGlobalTitle(new GlobalTitle(gti, 0, 1, 4, "447802000256"), Ssn.HLR));
      assertThat(m.data().length()).isEqualTo(0x9a);
      assertReencodes("osmo-tcap_global_title");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "osmo-bssmap_reset",
          "osmo-bssmap_reset_ack",
          "osmo-bssmap_paging",
          "osmo-bssmap_udt"
        })
    void osmocom_bssmap_udts_round_trip(String name) throws MalformedMessageException {
      Unitdata m = (Unitdata) golden(name);
      assertThat(m.called().ssn()).isEqualTo(new Ssn(254));
      assertThat(m.calling().ssn()).isEqualTo(new Ssn(254));
      assertReencodes(name);
    }

    @Test
    void osmocom_reset_ack_has_point_codes_1_and_92() throws MalformedMessageException {
      Unitdata m = (Unitdata) golden("osmo-bssmap_reset_ack");
      assertThat(m.called()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(1), new Ssn(254)));
      assertThat(m.calling()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(92), new Ssn(254)));
      assertThat(m.data().toHex()).isEqualTo("000131");
    }
  }

  @Nested
  class UnitdataService_Q713_4_11 {
    @Test
    void jss7_udts_no_translation_for_nature_with_gt_called() throws MalformedMessageException {
      UnitdataService m = (UnitdataService) golden("jss7-SccpNoticeMessageTest-getDataUdtS");
      assertThat(m.returnCause()).isEqualTo(ReturnCause.NO_TRANSLATION_FOR_NATURE);
      assertThat(m.called().routingIndicator()).isEqualTo(RoutingIndicator.ROUTE_ON_SSN);
      assertThat(m.called().pointCode()).isNull();
      assertThat(m.called().ssn()).isEqualTo(Ssn.CAP);
      assertThat(m.called().globalTitle().digits()).isEqualTo("999999999");
      assertThat(m.called().globalTitle().translationType()).isEqualTo(3);
      // jSS7 sends route-on-GT without a global title here; we keep it as received.
      assertThat(m.calling())
          .isEqualTo(
              new SccpAddress(RoutingIndicator.ROUTE_ON_GT, PointCode.itu(1726), Ssn.CAP, null));
      assertThat(m.data().length()).isEqualTo(0x83);
      assertReencodes("jss7-SccpNoticeMessageTest-getDataUdtS");
    }

    @Test
    void jss7_udts_no_translation_for_address() throws MalformedMessageException {
      UnitdataService m = (UnitdataService) golden("jss7-SccpNoticeMessageTest-getDataUdt");
      assertThat(m.returnCause()).isEqualTo(ReturnCause.NO_TRANSLATION_FOR_ADDRESS);
      assertThat(m.called()).isEqualTo(SSN8);
      assertThat(m.calling()).isEqualTo(PC1_SSN6);
      assertReencodes("jss7-SccpNoticeMessageTest-getDataUdt");
    }
  }

  @Nested
  class ExtendedUnitdata_Q713_4_18 {
    @Test
    void jss7_xudt_with_segmentation_and_importance() throws MalformedMessageException {
      ExtendedUnitdata m = (ExtendedUnitdata) golden("jss7-SccpDataMessageTest-getDataXudt1");
      assertThat(m.protocolClass()).isEqualTo(ProtocolClassField.of(ProtocolClass.CLASS_1, true));
      assertThat(m.hopCounter()).isEqualTo(15);
      assertThat(m.called()).isEqualTo(SSN8);
      assertThat(m.calling()).isEqualTo(PC1_SSN6);
      assertThat(m.data()).isEqualTo(FIVE);
      assertThat(m.segmentation()).contains(new Segmentation(true, true, 2, 100));
      assertThat(m.importance()).contains(new Importance(7));
      assertReencodes("jss7-SccpDataMessageTest-getDataXudt1");
    }

    @Test
    void jss7_xudt_with_importance_only_and_without_optional_part()
        throws MalformedMessageException {
      ExtendedUnitdata two = (ExtendedUnitdata) golden("jss7-SccpDataMessageTest-getDataXudt2");
      assertThat(two.segmentation()).isEmpty();
      assertThat(two.importance()).contains(new Importance(7));
      ExtendedUnitdata three = (ExtendedUnitdata) golden("jss7-SccpDataMessageTest-getDataXudt3");
      assertThat(three.optionalParameters()).isEmpty();
      assertThat(three.hopCounter()).isEqualTo(15);
      assertReencodes("jss7-SccpDataMessageTest-getDataXudt2");
      assertReencodes("jss7-SccpDataMessageTest-getDataXudt3");
    }

    @Test
    void jss7_reassembly_xudt_is_the_last_of_a_class_1_message() throws MalformedMessageException {
      SccpMessage m = golden("jss7-MessageReassemblyTest-getDataXudt1");
      assertThat(m.segmentation()).contains(new Segmentation(true, true, 0, 100));
      assertReencodes("jss7-MessageReassemblyTest-getDataXudt1");
    }

    @Test
    void jss7_xudt_with_parts_out_of_order_decodes_and_re_encodes_canonically()
        throws MalformedMessageException {
      // The source lays out calling, data, called (pointer 1 points last). Our encoder writes the
      // parts in
      // pointer order, so the bytes differ but the message is the same.
      ExtendedUnitdata m = (ExtendedUnitdata) golden("jss7-SccpDataMessageTest-getDataXudt");
      assertThat(m.called().globalTitle().digits()).isEqualTo("2348030000480");
      assertThat(m.calling().globalTitle().digits()).isEqualTo("2348030008180");
      assertThat(m.called().ssn()).isEqualTo(Ssn.MSC);
      assertThat(m.hopCounter()).isEqualTo(15);
      assertThat(m.data().length()).isEqualTo(0x19);
      Octets canonical = SccpMessageCodec.encode(m);
      assertThat(SccpMessageCodec.decode(canonical)).isEqualTo(m);
      assertThat(canonical.slice(3, 7).toHex()).isEqualTo("04101c00");
    }
  }

  @Nested
  class ExtendedUnitdataService_Q713_4_19 {
    @Test
    void jss7_xudts_no_translation_for_address() throws MalformedMessageException {
      ExtendedUnitdataService m =
          (ExtendedUnitdataService) golden("jss7-SccpNoticeMessageTest-getDataXudt1");
      assertThat(m.returnCause()).isEqualTo(ReturnCause.NO_TRANSLATION_FOR_ADDRESS);
      assertThat(m.hopCounter()).isEqualTo(15);
      assertThat(m.called()).isEqualTo(SSN8);
      assertThat(m.calling()).isEqualTo(PC1_SSN6);
      assertThat(m.importance()).contains(new Importance(7));
      assertReencodes("jss7-SccpNoticeMessageTest-getDataXudt1");
    }
  }

  @Nested
  class LongUnitdata_Q713_4_20 {
    @Test
    void jss7_ludt_with_segmentation_and_importance() throws MalformedMessageException {
      LongUnitdata m = (LongUnitdata) golden("jss7-SccpDataMessageTest-getDataLudt1");
      assertThat(m.protocolClass()).isEqualTo(ProtocolClassField.of(ProtocolClass.CLASS_1, false));
      assertThat(m.hopCounter()).isEqualTo(10);
      assertThat(m.called()).isEqualTo(SSN8);
      assertThat(m.calling()).isEqualTo(PC1_SSN6);
      assertThat(m.data()).isEqualTo(FIVE);
      assertThat(m.segmentation()).contains(new Segmentation(true, true, 0, 1));
      assertThat(m.importance()).contains(new Importance(7));
      assertReencodes("jss7-SccpDataMessageTest-getDataLudt1");
      assertReencodes("jss7-SccpDataMessageTest-getDataLudt2");
    }

    @Test
    void osmocom_ludt_with_300_octets_of_data() throws MalformedMessageException {
      LongUnitdata m = (LongUnitdata) golden("osmo-ludt_data300bytes");
      assertThat(m.called()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(1220), new Ssn(142)));
      assertThat(m.calling()).isEqualTo(SccpAddress.ofSsn(PointCode.itu(1001), new Ssn(142)));
      assertThat(m.data().length()).isEqualTo(300);
      assertThat(m.hopCounter()).isEqualTo(15);
      assertReencodes("osmo-ludt_data300bytes");
      assertReencodes("osmo-ludt_ranap_reset");
    }

    @Test
    void jss7_ludts_mtp_failure() throws MalformedMessageException {
      LongUnitdataService m =
          (LongUnitdataService) golden("jss7-SccpNoticeMessageTest-getDataLudt1");
      assertThat(m.returnCause()).isEqualTo(ReturnCause.MTP_FAILURE);
      assertThat(m.hopCounter()).isEqualTo(10);
      assertThat(m.data()).isEqualTo(FIVE);
      assertReencodes("jss7-SccpNoticeMessageTest-getDataLudt1");
    }
  }

  @Nested
  class OurEncodings {
    @Test
    void xudt_is_laid_out_in_pointer_order_with_end_of_optional_parameters() {
      ExtendedUnitdata m =
          new ExtendedUnitdata(
              ProtocolClassField.of(ProtocolClass.CLASS_1, true),
              15,
              SSN8,
              PC1_SSN6,
              FIVE,
              List.of(
                  new Segmentation(true, true, 2, 100).toParameter(),
                  new Importance(7).toParameter()));
      Octets expected =
          Bytes.build()
              .u8(0x11)
              .u8(0x81)
              .u8(0x0f) // XUDT, class 1 + return on error, hop counter 15
              .u8(4)
              .u8(6)
              .u8(10)
              .u8(15) // pointers
              .hex("02 4208")
              .hex("04 43 0100 06")
              .hex("05 0b0c0d0e0f")
              .hex("10 04 c2 640000")
              .hex("12 01 07")
              .u8(0)
              .octets();
      assertThat(SccpMessageCodec.encode(m)).isEqualTo(expected);
    }

    @Test
    void unknown_optional_parameters_survive_in_wire_order() throws MalformedMessageException {
      Octets bytes =
          Octets.fromHex(
              "1181"
                  + "0f"
                  + "04060a0f"
                  + "024208"
                  + "0443010006"
                  + "050b0c0d0e0f"
                  + "7702abcd"
                  + "120107"
                  + "00");
      SccpMessage m = SccpMessageCodec.decode(bytes);
      assertThat(m.optionalParameters())
          .extracting(OptionalParameter::name)
          .containsExactly(0x77, 0x12);
      assertThat(SccpMessageCodec.encode(m)).isEqualTo(bytes);
    }
  }

  @Nested
  class MalformedMessages {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "", // empty
          "ff", // unknown type
          "01000001030200024208", // CR: connection oriented
          "0900", // UDT without pointers
          "090003", // UDT, pointers cut short
          "09000305", // UDT, third pointer missing
          "0900000509024208024208024142", // pointer to called is 0
          "09000320090242080443010006050b0c0d0e0f", // called pointer past the end
          "09000305092042080443010006050b0c0d0e0f", // called length past the end
          "090003050902420804430100060f0b0c0d0e0f", // data length past the end
          "09000305090212080443010006050b0c0d0e0f", // called: GT indicated but missing
          "090003080c" + "051208001104" + "0443010006" + "02aabb", // called: BCD odd with no digits
          "0900030a0e"
              + "07120800110421f3"
              + "0443010006"
              + "02aabb", // called: odd digits, filler F
          "1181"
              + "0f"
              + "04060a0f"
              + "024208"
              + "0443010006"
              + "050b0c0d0e0f"
              + "1003c26400", // bad segmentation length
          "1181"
              + "0f"
              + "04060a0f"
              + "024208"
              + "0443010006"
              + "050b0c0d0e0f"
              + "120107", // no end of optional
          "1301"
              + "0a"
              + "07000800"
              + "0b00"
              + "1000"
              + "024208"
              + "0443010006"
              + "ff0f0b", // long data past end
        })
    void are_rejected_with_a_reason_and_offset(String hex) {
      assertThatThrownBy(() -> SccpMessageCodec.decode(Octets.fromHex(hex)))
          .isInstanceOf(MalformedMessageException.class);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "090003080c" + "051208001104" + "0443010006" + "02aabb",
          "0900030a0e" + "07120800110421f3" + "0443010006" + "02aabb"
        })
    void bad_digit_counts_are_reported_in_the_called_address(String hex) {
      assertThatThrownBy(() -> SccpMessageCodec.decode(Octets.fromHex(hex)))
          .isInstanceOfSatisfying(
              MalformedMessageException.class,
              e -> assertThat(e.reason()).startsWith("called party address: odd number of digits"));
    }

    @Test
    void reason_names_the_broken_part_and_offset() {
      assertThatThrownBy(
              () ->
                  SccpMessageCodec.decode(Octets.fromHex("090003050902420804430100060f0b0c0d0e0f")))
          .isInstanceOfSatisfying(
              MalformedMessageException.class,
              e -> {
                assertThat(e.reason()).contains("data of 15 octets");
                assertThat(e.offset()).isEqualTo(13);
              });
    }
  }
}
