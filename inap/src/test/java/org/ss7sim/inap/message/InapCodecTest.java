package org.ss7sim.inap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.inap.ReceivedInvoke;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

class InapCodecTest {
  static final CalledPartyNumber CALLED =
      CalledPartyNumber.of(NatureOfAddress.NATIONAL, "08001234567");
  static final CallingPartyNumber CALLING =
      CallingPartyNumber.of(NatureOfAddress.NATIONAL, "3021234567");

  static Octets golden(String name) {
    return GoldenVectors.hexResource(InapCodecTest.class, "/golden/inap/" + name);
  }

  @Nested
  class OwnGoldenBytes {
    @Test
    void initial_dp_encodes_to_the_annotated_bytes_and_back() throws Exception {
      InitialDpArg a = InitialDpArg.of(10, CALLED, CALLING);
      assertThat(InapCodec.encode(a)).isEqualTo(golden("initial-dp.hex"));
      assertThat(InapCodec.decode(InapOperation.INITIAL_DP, golden("initial-dp.hex"))).isEqualTo(a);
    }

    @Test
    void connect_encodes_to_the_annotated_bytes_and_back() throws Exception {
      ConnectArg a = ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "302100100"));
      assertThat(InapCodec.encode(a)).isEqualTo(golden("connect.hex"));
      assertThat(InapCodec.decode(InapOperation.CONNECT, golden("connect.hex"))).isEqualTo(a);
    }

    @Test
    void release_call_encodes_to_the_annotated_bytes_and_back() throws Exception {
      ReleaseCallArg a = new ReleaseCallArg(Cause.of(Cause.UNALLOCATED_NUMBER));
      assertThat(InapCodec.encode(a)).isEqualTo(golden("release-call.hex"));
      assertThat(InapCodec.decode(InapOperation.RELEASE_CALL, golden("release-call.hex")))
          .isEqualTo(a);
    }

    @Test
    void continue_has_no_parameter() throws Exception {
      assertThat(InapCodec.encode(Continue.INSTANCE)).isNull();
      assertThat(InapCodec.decode(InapOperation.CONTINUE, null)).isEqualTo(Continue.INSTANCE);
    }

    @Test
    void every_modelled_argument_round_trips() throws Exception {
      List<InapArgument> args =
          List.of(
              new RequestReportBcsmEventArg(
                  List.of(
                      BcsmEvent.of(
                          EventTypeBcsm.O_ANSWER,
                          MonitorMode.NOTIFY_AND_CONTINUE,
                          LegId.sending(2)),
                      new BcsmEvent(
                          EventTypeBcsm.O_NO_ANSWER,
                          MonitorMode.INTERRUPTED,
                          null,
                          Octets.fromHex("be03810114"))),
                  List.of()),
              new EventReportBcsmArg(
                  EventTypeBcsm.T_BUSY,
                  null,
                  LegId.receiving(2),
                  new MiscCallInfo(true, 2),
                  List.of()),
              new ApplyChargingArg(Octets.fromHex("a0038001ff"), LegId.sending(1), List.of()),
              new ApplyChargingReportArg(Octets.fromHex("a003810101")),
              new ReleaseCallArg(new Cause(0, 3, 0x05, 34, Octets.fromHex("0102"))));
      for (InapArgument a : args) {
        assertThat(InapCodec.decode(a.operation(), InapCodec.encode(a))).as("%s", a).isEqualTo(a);
      }
    }
  }

  @Nested
  class Numbers {
    @Test
    void even_count_has_no_filler_and_odd_count_keeps_it() throws Exception {
      assertThat(CalledPartyNumber.of(NatureOfAddress.INTERNATIONAL, "1234").encode())
          .isEqualTo(Octets.fromHex("04102143"));
      CalledPartyNumber odd = CalledPartyNumber.decode(Octets.fromHex("8410214305"), 0);
      assertThat(odd.digits()).isEqualTo("12345");
      assertThat(odd.filler()).isEqualTo(0);
      CalledPartyNumber f = CalledPartyNumber.decode(Octets.fromHex("841021f3"), 0);
      assertThat(f.digits()).isEqualTo("123");
      assertThat(f.filler()).isEqualTo(15);
      assertThat(f.encode()).isEqualTo(Octets.fromHex("841021f3"));
    }

    @Test
    void code_11_12_and_st_are_digits_b_c_f() throws Exception {
      CalledPartyNumber n = CalledPartyNumber.decode(Octets.fromHex("0210cbf1"), 0);
      assertThat(n.digits()).isEqualTo("bc1f");
    }

    @Test
    void number_without_its_two_header_octets_is_malformed() {
      assertThatThrownBy(() -> CalledPartyNumber.decode(Octets.fromHex("83"), 5))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("at offset 5");
      assertThatThrownBy(() -> CallingPartyNumber.decode(Octets.fromHex("8310"), 0))
          .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void bad_digits_are_refused_when_building() {
      assertThatThrownBy(() -> CalledPartyNumber.of(NatureOfAddress.NATIONAL, "12x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new CalledPartyNumber(
                      NatureOfAddress.NATIONAL, false, NumberingPlan.ISDN, "12", 0, 3))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Causes {
    @Test
    void cause_with_recommendation_octet_and_diagnostics() throws Exception {
      Cause c = Cause.decode(Octets.fromHex("038591aa"), 0);
      assertThat(c).isEqualTo(new Cause(0, 3, 5, 17, Octets.fromHex("aa")));
      assertThat(c.encode()).isEqualTo(Octets.fromHex("038591aa"));
    }

    @Test
    void cause_value_without_extension_bit_is_malformed() {
      assertThatThrownBy(() -> Cause.decode(Octets.fromHex("8410"), 0))
          .isInstanceOf(MalformedMessageException.class);
      assertThatThrownBy(() -> Cause.decode(Octets.fromHex("84"), 0))
          .isInstanceOf(MalformedMessageException.class);
    }
  }

  @Nested
  class Lossless {
    @Test
    void unknown_elements_are_kept_where_they_were() throws Exception {
      // serviceKey, called, calling, then [4] callingPartyBusinessGroupID and CAMEL [50]
      Octets in =
          Octets.fromHex("3013" + "800101" + "8203031021" + "83020310" + "8401aa" + "9f3201bb");
      InitialDpArg a = (InitialDpArg) InapCodec.decode(InapOperation.INITIAL_DP, in);
      assertThat(a.unknown())
          .containsExactly(
              new UnknownElement(0x83, Octets.fromHex("8401aa")),
              new UnknownElement(0x83, Octets.fromHex("9f3201bb")));
      assertThat(InapCodec.encode(a)).isEqualTo(in);
    }

    @Test
    void an_unknown_element_after_an_absent_field_goes_to_the_end() {
      InitialDpArg a =
          new InitialDpArg(
              1, null, null, -1, null, List.of(new UnknownElement(0x82, Octets.fromHex("8a0100"))));
      assertThat(InapCodec.encode(a)).isEqualTo(Octets.fromHex("3006800101" + "8a0100"));
    }
  }

  @Nested
  class Malformed {
    void malformed(InapOperation op, String hex, String reason) {
      assertThatThrownBy(() -> InapCodec.decode(op, hex == null ? null : Octets.fromHex(hex)))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining(reason);
    }

    @Test
    void missing_mandatory_elements() {
      malformed(InapOperation.INITIAL_DP, "3003820100", "called party number");
      malformed(InapOperation.INITIAL_DP, "3000", "without serviceKey");
      malformed(InapOperation.CONNECT, "3000", "without destinationRoutingAddress");
      malformed(InapOperation.CONNECT, "3002a000", "empty destinationRoutingAddress");
      malformed(InapOperation.REQUEST_REPORT_BCSM_EVENT, "3000", "without bcsmEvents");
      malformed(InapOperation.EVENT_REPORT_BCSM, "3000", "without eventTypeBCSM");
      malformed(InapOperation.APPLY_CHARGING, "3000", "without aChBillingChargingCharacteristics");
      malformed(InapOperation.RELEASE_CALL, null, "argument missing");
    }

    @Test
    void out_of_order_or_repeated_elements() {
      malformed(InapOperation.INITIAL_DP, "3008" + "8203031021" + "800101", "out of order");
      malformed(InapOperation.INITIAL_DP, "3006800101800102", "out of order or repeated");
    }

    @Test
    void values_outside_their_types() {
      malformed(InapOperation.INITIAL_DP, "300780058000000000", "out of range");
      malformed(InapOperation.INITIAL_DP, "30068001019c010b", "eventTypeBCSM");
      malformed(
          InapOperation.REQUEST_REPORT_BCSM_EVENT, "300aa0083006800107810103", "monitorMode 3");
      malformed(InapOperation.CONNECT, "3012a01004020310040203100402031004020310", "more than 3");
      malformed(InapOperation.RELEASE_CALL, "0201", "");
      malformed(InapOperation.CONTINUE, "0500", "takes no argument");
      malformed(InapOperation.INITIAL_DP, "3003800101" + "00", "after the end");
    }

    @Test
    void mutated_golden_arguments_never_throw_anything_but_malformed() throws Exception {
      List<Invoke> invokes = new ArrayList<>();
      for (String v :
          List.of(
              "jss7-TcBeginTest-testRealTrace-TCAP",
              "pycrate-pkts_tcap_cap-1",
              "pycrate-pkts_tcap_cap-3",
              "pycrate-pkts_tcap_cap-5",
              "pycrate-pkts_tcap_cap-6",
              "pycrate-pkts_tcap_cap-7")) {
        invokes.addAll(InapCodecGoldenTest.invokes(v));
      }
      Random random = new Random(99);
      int rejected = 0;
      for (int round = 0; round < 3000; round++) {
        Invoke inv = invokes.get(random.nextInt(invokes.size()));
        if (inv.parameter() == null) {
          continue;
        }
        byte[] b = inv.parameter().toByteArray();
        switch (random.nextInt(3)) {
          case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
          case 1 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
          default -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
        }
        ReceivedInvoke r =
            ReceivedInvoke.of(new Invoke(InvokeId.of(1), null, inv.opCode(), Octets.wrap(b)));
        if (r.problem() != null) {
          rejected++;
        } else {
          InapCodec.encode(r.argument());
        }
      }
      assertThat(rejected).isGreaterThan(100);
    }
  }
}
