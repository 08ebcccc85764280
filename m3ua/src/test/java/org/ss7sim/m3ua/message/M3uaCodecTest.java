package org.ss7sim.m3ua.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.testkit.GoldenVector;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.PcapReader;

public class M3uaCodecTest {
  private static Octets header(int cls, int type, int length) {
    return Bytes.build().u8(1).u8(0).u8(cls).u8(type).u32(length).octets();
  }

  private static M3uaMessage roundTrip(Octets bytes) throws MalformedMessageException {
    M3uaMessage m = M3uaCodec.decode(bytes);
    assertThat(M3uaCodec.encode(m)).isEqualTo(bytes);
    return m;
  }

  @Nested
  class ThirdPartyVectors {
    @Test
    void jss7_cisco_itp_sst_data_decodes_with_na_rc_and_routing_label() throws Exception {
      GoldenVector v = GoldenVectors.named("m3ua.tsv", "jss7-MessageFactoryTest-testSst");
      Data d = (Data) roundTrip(v.bytes());
      assertThat(d.networkAppearance()).isEqualTo(0L);
      assertThat(d.routingContexts()).containsExactly(25L);
      ProtocolData pd = d.protocolData();
      assertThat(pd.opc()).isEqualTo(6045);
      assertThat(pd.dpc()).isEqualTo(6172);
      assertThat(List.of(pd.si(), pd.sls(), pd.ni(), pd.mp())).containsExactly(3, 2, 3, 0);
    }

    @Test
    void jss7_map_data_vectors_decode_with_routing_label() throws Exception {
      Data d2 =
          (Data)
              roundTrip(GoldenVectors.named("m3ua.tsv", "jss7-MessageFactoryTest-test2").bytes());
      assertThat(d2.networkAppearance()).isNull();
      assertThat(d2.routingContexts()).containsExactly(1L);
      assertThat(List.of(d2.protocolData().opc(), d2.protocolData().dpc())).containsExactly(2L, 1L);
      assertThat(List.of(d2.protocolData().si(), d2.protocolData().sls(), d2.protocolData().ni()))
          .containsExactly(3, 1, 2);
      Data d3 =
          (Data)
              roundTrip(GoldenVectors.named("m3ua.tsv", "jss7-MessageFactoryTest-test3").bytes());
      assertThat(d3.protocolData().sls()).isEqualTo(15);
      assertThat(
              roundTrip(
                  GoldenVectors.named("m3ua.tsv", "jss7-MessageFactoryTest-testUnitDataService")
                      .bytes()))
          .isInstanceOf(Data.class);
    }

    @Test
    void jss7_heartbeat_and_ack_keep_their_data() throws Exception {
      Octets data =
          GoldenVectors.named("m3ua.tsv", "jss7-MessageTest-testHeartBeat-heratbeatData").bytes();
      Heartbeat b =
          (Heartbeat)
              roundTrip(GoldenVectors.named("m3ua.tsv", "jss7-MessageTest-testHeartBeat").bytes());
      assertThat(b.heartbeatData()).isEqualTo(data);
      HeartbeatAck a =
          (HeartbeatAck)
              roundTrip(
                  GoldenVectors.named("m3ua.tsv", "jss7-MessageTest-testHeartBeatAck").bytes());
      assertThat(a.heartbeatData()).isEqualTo(data);
    }

    @Test
    void every_m3ua_message_in_the_third_party_captures_round_trips() throws Exception {
      int n = 0;
      for (String capture :
          List.of(
              "pcapr-gprs-ms-log.pcap",
              "pcapr-lu.pcap",
              "pcapr-sri-sm.pcap",
              "pcapr-test-ati-ul.pcap",
              "pcapr-tmp-ul-sri.pcap")) {
        for (CapturedMessage c : PcapReader.read(TestData.capture(capture))) {
          if (c.ppid() == 3) {
            assertThat(M3uaCodec.encode(M3uaCodec.decode(c.payload())))
                .as(capture + " frame " + c.frame())
                .isEqualTo(c.payload());
            n++;
          }
        }
      }
      assertThat(n).isGreaterThan(20);
    }
  }

  static Stream<Arguments> rfcLayouts() {
    Octets info = Bytes.build().u16(0x0004).u16(7).ascii("abc").u8(0).octets();
    return Stream.of(
        Arguments.of(
            "ERR invalid routing context with diagnostic",
            Bytes.build()
                .octets(header(0, 0, 32))
                .u16(0x000c)
                .u16(8)
                .u32(0x19)
                .u16(0x0006)
                .u16(8)
                .u32(7)
                .u16(0x0007)
                .u16(8)
                .hex("01000101")
                .octets(),
            new ErrorMessage(
                ErrorCode.INVALID_ROUTING_CONTEXT,
                List.of(7L),
                null,
                List.of(),
                Octets.fromHex("01000101"),
                List.of())),
        Arguments.of(
            "NTFY AS-ACTIVE with ASP id",
            Bytes.build()
                .octets(header(0, 1, 32))
                .u16(0x000d)
                .u16(8)
                .u16(1)
                .u16(3)
                .u16(0x0011)
                .u16(8)
                .u32(9)
                .u16(0x0006)
                .u16(8)
                .u32(7)
                .octets(),
            new Notify(Status.AS_ACTIVE, 9L, List.of(7L), null, List.of())),
        Arguments.of(
            "DATA with 5 octets of user data and correlation id",
            Bytes.build()
                .octets(header(1, 1, 48))
                .u16(0x0006)
                .u16(8)
                .u32(1)
                .u16(0x0210)
                .u16(21)
                .u32(1)
                .u32(2)
                .u8(11)
                .u8(2)
                .u8(0)
                .u8(5)
                .hex("0102030405")
                .zeros(3)
                .u16(0x0013)
                .u16(8)
                .u32(0xdeadbeefL)
                .octets(),
            new Data(
                null,
                List.of(1L),
                new ProtocolData(1, 2, 11, 2, 0, 5, Octets.fromHex("0102030405")),
                0xdeadbeefL,
                List.of())),
        Arguments.of(
            "DUNA two affected point codes with mask and info",
            Bytes.build()
                .octets(header(2, 1, 36))
                .u16(0x0200)
                .u16(8)
                .u32(4)
                .u16(0x0012)
                .u16(12)
                .u32(0x00000065)
                .u32(0x030000c8)
                .octets(info)
                .octets(),
            new DestinationUnavailable(
                4L,
                List.of(),
                List.of(AffectedPointCode.of(101), new AffectedPointCode(3, 200)),
                "abc",
                List.of())),
        Arguments.of(
            "DAVA",
            Bytes.build().octets(header(2, 2, 16)).u16(0x0012).u16(8).u32(101).octets(),
            new DestinationAvailable(
                null, List.of(), List.of(AffectedPointCode.of(101)), null, List.of())),
        Arguments.of(
            "DAUD with routing context",
            Bytes.build()
                .octets(header(2, 3, 24))
                .u16(0x0006)
                .u16(8)
                .u32(5)
                .u16(0x0012)
                .u16(8)
                .u32(101)
                .octets(),
            new DestinationStateAudit(
                null, List.of(5L), List.of(AffectedPointCode.of(101)), null, List.of())),
        Arguments.of(
            "SCON with concerned destination and level 2",
            Bytes.build()
                .octets(header(2, 4, 32))
                .u16(0x0012)
                .u16(8)
                .u32(101)
                .u16(0x0206)
                .u16(8)
                .u32(300)
                .u16(0x0205)
                .u16(8)
                .u32(2)
                .octets(),
            new SignallingCongestion(
                null, List.of(), List.of(AffectedPointCode.of(101)), 300, 2, null, List.of())),
        Arguments.of(
            "DUPU SCCP unequipped",
            Bytes.build()
                .octets(header(2, 5, 24))
                .u16(0x0012)
                .u16(8)
                .u32(101)
                .u16(0x0204)
                .u16(8)
                .u16(1)
                .u16(3)
                .octets(),
            new DestinationUserPartUnavailable(
                null,
                List.of(),
                List.of(AffectedPointCode.of(101)),
                new UserCause(1, 3),
                null,
                List.of())),
        Arguments.of(
            "DRST",
            Bytes.build().octets(header(2, 6, 16)).u16(0x0012).u16(8).u32(101).octets(),
            new DestinationRestricted(
                null, List.of(), List.of(AffectedPointCode.of(101)), null, List.of())),
        Arguments.of(
            "ASPUP with ASP identifier and info",
            Bytes.build().octets(header(3, 1, 24)).u16(0x0011).u16(8).u32(42).octets(info).octets(),
            new AspUp(42L, "abc", List.of())),
        Arguments.of("ASPUP ACK empty", header(3, 4, 8), new AspUpAck(null, null, List.of())),
        Arguments.of("ASPDN", header(3, 2, 8), new AspDown(null, List.of())),
        Arguments.of(
            "ASPDN ACK with info",
            Bytes.build().octets(header(3, 5, 16)).octets(info).octets(),
            new AspDownAck("abc", List.of())),
        Arguments.of(
            "BEAT with 3 octets of data",
            Bytes.build().octets(header(3, 3, 16)).u16(0x0009).u16(7).hex("aabbcc").u8(0).octets(),
            new Heartbeat(Octets.fromHex("aabbcc"), List.of())),
        Arguments.of(
            "BEAT ACK",
            Bytes.build().octets(header(3, 6, 16)).u16(0x0009).u16(8).u32(1).octets(),
            new HeartbeatAck(Octets.fromHex("00000001"), List.of())),
        Arguments.of(
            "ASPAC loadshare two routing contexts",
            Bytes.build()
                .octets(header(4, 1, 28))
                .u16(0x000b)
                .u16(8)
                .u32(2)
                .u16(0x0006)
                .u16(12)
                .u32(1)
                .u32(2)
                .octets(),
            new AspActive(TrafficModeType.LOADSHARE, List.of(1L, 2L), null, List.of())),
        Arguments.of(
            "ASPAC ACK override",
            Bytes.build()
                .octets(header(4, 3, 24))
                .u16(0x000b)
                .u16(8)
                .u32(1)
                .u16(0x0006)
                .u16(8)
                .u32(1)
                .octets(),
            new AspActiveAck(TrafficModeType.OVERRIDE, List.of(1L), null, List.of())),
        Arguments.of(
            "ASPIA",
            Bytes.build().octets(header(4, 2, 16)).u16(0x0006).u16(8).u32(1).octets(),
            new AspInactive(List.of(1L), null, List.of())),
        Arguments.of("ASPIA ACK", header(4, 4, 8), new AspInactiveAck(List.of(), null, List.of())),
        Arguments.of(
            "REG REQ one key with SI and OPC list",
            Bytes.build()
                .octets(header(9, 1, 52))
                .u16(0x0207)
                .u16(44)
                .u16(0x020a)
                .u16(8)
                .u32(1)
                .u16(0x000b)
                .u16(8)
                .u32(2)
                .u16(0x020b)
                .u16(8)
                .u32(200)
                .u16(0x020c)
                .u16(6)
                .u8(3)
                .u8(5)
                .zeros(2)
                .u16(0x020e)
                .u16(8)
                .u32(100)
                .octets(),
            new RegistrationRequest(
                List.of(
                    new RoutingKey(
                        1,
                        null,
                        TrafficModeType.LOADSHARE,
                        null,
                        List.of(AffectedPointCode.of(200)),
                        List.of(3, 5),
                        List.of(AffectedPointCode.of(100)),
                        List.of())),
                List.of())),
        Arguments.of(
            "REG RSP success rc 10",
            Bytes.build()
                .octets(header(9, 2, 36))
                .u16(0x0208)
                .u16(28)
                .u16(0x020a)
                .u16(8)
                .u32(1)
                .u16(0x0212)
                .u16(8)
                .u32(0)
                .u16(0x0006)
                .u16(8)
                .u32(10)
                .octets(),
            new RegistrationResponse(List.of(new RegistrationResult(1, 0, 10)), List.of())),
        Arguments.of(
            "DEREG REQ",
            Bytes.build().octets(header(9, 3, 16)).u16(0x0006).u16(8).u32(10).octets(),
            new DeregistrationRequest(List.of(10L), List.of())),
        Arguments.of(
            "DEREG RSP not registered",
            Bytes.build()
                .octets(header(9, 4, 28))
                .u16(0x0209)
                .u16(20)
                .u16(0x0006)
                .u16(8)
                .u32(10)
                .u16(0x0213)
                .u16(8)
                .u32(4)
                .octets(),
            new DeregistrationResponse(List.of(new DeregistrationResult(10, 4)), List.of())));
  }

  /** The encoded messages of {@link #rfcLayouts()}, as seeds for mutation fuzzing. */
  public static Stream<Octets> rfcLayoutsForFuzz() {
    return rfcLayouts().map(a -> (Octets) a.get()[1]);
  }

  @Nested
  class EveryMessageType {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ss7sim.m3ua.message.M3uaCodecTest#rfcLayouts")
    void decodes_to_the_record_and_encodes_back_to_the_same_bytes(
        String name, Octets bytes, M3uaMessage expected) throws Exception {
      assertThat(M3uaCodec.decode(bytes)).isEqualTo(expected);
      assertThat(M3uaCodec.encode(expected)).isEqualTo(bytes);
    }

    @Test
    void the_table_covers_every_message_type() {
      List<M3uaMessageType> seen = new ArrayList<>();
      rfcLayouts().forEach(a -> seen.add(((M3uaMessage) a.get()[2]).type()));
      assertThat(seen).containsExactlyInAnyOrder(M3uaMessageType.values());
    }

    @Test
    void unknown_parameters_are_kept_in_order_and_re_encoded() throws Exception {
      Octets bytes =
          Bytes.build()
              .octets(header(3, 1, 28))
              .u16(0x0011)
              .u16(8)
              .u32(1)
              .u16(0x7f01)
              .u16(5)
              .u8(9)
              .zeros(3)
              .u16(0x0006)
              .u16(4)
              .octets();
      assertThat(((AspUp) M3uaCodec.decode(bytes)).unknown()).hasSize(2);
      Octets ok =
          Bytes.build()
              .octets(header(3, 1, 28))
              .u16(0x0011)
              .u16(8)
              .u32(1)
              .u16(0x7f01)
              .u16(5)
              .u8(9)
              .zeros(3)
              .u16(0x7f02)
              .u16(4)
              .octets();
      AspUp up = (AspUp) roundTrip(ok);
      assertThat(up.unknown())
          .containsExactly(
              new Parameter(0x7f01, Octets.fromHex("09")), new Parameter(0x7f02, Octets.EMPTY));
    }
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("truncated header", Octets.fromHex("010003"), ErrorCode.PROTOCOL_ERROR, 3),
        Arguments.of(
            "wrong version", Octets.fromHex("0200030100000008"), ErrorCode.INVALID_VERSION, 0),
        Arguments.of(
            "unknown class",
            Octets.fromHex("0100050100000008"),
            ErrorCode.UNSUPPORTED_MESSAGE_CLASS,
            2),
        Arguments.of(
            "unknown type in ASPSM",
            Octets.fromHex("0100030700000008"),
            ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
            3),
        Arguments.of(
            "length below header", Octets.fromHex("0100030100000004"), ErrorCode.PROTOCOL_ERROR, 4),
        Arguments.of(
            "length beyond bytes present",
            Octets.fromHex("010003010000000c"),
            ErrorCode.PROTOCOL_ERROR,
            4),
        Arguments.of(
            "oversized length", Octets.fromHex("01000301ffff0000"), ErrorCode.PROTOCOL_ERROR, 4),
        Arguments.of(
            "parameter length below 4",
            Octets.fromHex("01000301000000100011000200000000"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            10),
        Arguments.of(
            "parameter length past the end",
            Octets.fromHex("01000301000000100011001000000001"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            10),
        Arguments.of(
            "parameter without padding",
            Octets.fromHex("010003030000000f000900070a0b0c"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            15),
        Arguments.of(
            "ASP identifier of 2 octets",
            Octets.fromHex("0100030100000010001100060001" + "0000"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            10),
        Arguments.of(
            "routing context not a multiple of 4",
            Octets.fromHex("01000401000000100006000700000100"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            10),
        Arguments.of(
            "DATA without protocol data",
            Octets.fromHex("0100010100000010000600080000000" + "1"),
            ErrorCode.MISSING_PARAMETER,
            16),
        Arguments.of(
            "protocol data shorter than the routing label",
            Octets.fromHex("010001010000001002100008" + "00000001"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            10),
        Arguments.of(
            "DUNA without affected point code",
            Octets.fromHex("0100020100000008"),
            ErrorCode.MISSING_PARAMETER,
            8),
        Arguments.of(
            "ERR without error code",
            Octets.fromHex("0100000000000008"),
            ErrorCode.MISSING_PARAMETER,
            8),
        Arguments.of(
            "truncated parameter header",
            Octets.fromHex("010003010000000a0011"),
            ErrorCode.PARAMETER_FIELD_ERROR,
            8),
        Arguments.of(
            "257 parameters (the limit is 256): Protocol Error at the 257th",
            Octets.fromHex("010003010000040c" + "00040004".repeat(257)),
            ErrorCode.PROTOCOL_ERROR,
            8 + 256 * 4));
  }

  @Nested
  class MalformedInput {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ss7sim.m3ua.message.M3uaCodecTest#malformed")
    void is_rejected_with_the_error_code_to_answer_and_the_offset(
        String name, Octets bytes, ErrorCode code, int offset) {
      assertThatThrownBy(() -> M3uaCodec.decode(bytes))
          .isInstanceOfSatisfying(
              MalformedMessageException.class,
              e -> {
                assertThat(ErrorCode.of(e)).isEqualTo(code);
                assertThat(e.offset()).isEqualTo(offset);
              });
    }
  }
}
