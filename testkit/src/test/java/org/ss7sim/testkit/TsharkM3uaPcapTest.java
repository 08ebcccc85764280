package org.ss7sim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * The conformance harness's first use: hand-built M3UA messages (RFC 4666 §3.1, §3.3.1, §3.5.1) in
 * a pcap we write are dissected by tshark as m3ua with the right class and type, a good CRC32c, and
 * no malformed frame.
 */
class TsharkM3uaPcapTest {
  static final Endpoint ASP = Endpoint.of("127.0.0.2", 40001);
  static final Endpoint SGP = Endpoint.of("127.0.0.1", 2905);
  static final List<String> CHECK_CRC = List.of("-o", "sctp.checksum:CRC-32c");

  @TempDir Path dir;

  @BeforeEach
  void needsTshark() {
    Tshark.assumeInstalled();
  }

  /** ASPUP (class 3 ASPSM, type 1) with an ASP Identifier parameter (tag 0x0011). */
  static Octets aspUp() {
    return Bytes.build()
        .u8(1)
        .u8(0)
        .u8(3)
        .u8(1)
        .u32(16) // version 1, reserved, ASPSM, ASPUP, length
        .u16(0x0011)
        .u16(8)
        .u32(42) // ASP Identifier = 42
        .octets();
  }

  /** DATA (class 1, type 1) with Routing Context 7 and Protocol Data carrying an ISUP RLC. */
  static Octets data() {
    return Bytes.build()
        .u8(1)
        .u8(0)
        .u8(1)
        .u8(1)
        .u32(8 + 8 + 20)
        .u16(0x0006)
        .u16(8)
        .u32(7) // Routing Context
        .u16(0x0210)
        .u16(4 + 12 + 4) // Protocol Data
        .u32(100)
        .u32(200) // OPC, DPC
        .u8(5)
        .u8(2)
        .u8(0)
        .u8(9) // SI = ISUP, NI = national, MP, SLS
        .hex("d500 10 00") // CIC 213, message type 0x10 (RLC), no optional part (Q.763 §1.3)
        .octets();
  }

  @Test
  void tshark_sees_m3ua_aspup_and_data_with_their_class_and_type() throws Exception {
    Path pcap = dir.resolve("m3ua.pcap");
    try (PcapWriter w = PcapWriter.create(pcap)) {
      w.writeM3ua(1_764_000_000_000_000L, ASP, SGP, 0, aspUp());
      w.writeM3ua(1_764_000_000_000_500L, ASP, SGP, 1, data());
    }
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            CHECK_CRC,
            "frame.protocols",
            "m3ua.message_class",
            "m3ua.message_type",
            "m3ua.asp_identifier",
            "m3ua.protocol_data_opc",
            "m3ua.protocol_data_dpc",
            "m3ua.protocol_data_si",
            "sctp.checksum.status",
            "sctp.data_payload_proto_id",
            "sctp.data_sid");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(0)).endsWith(":sctp:m3ua");
    assertThat(rows.get(0).subList(1, 4)).containsExactly("3", "1", "42");
    assertThat(rows.get(0).get(7)).isEqualTo("1"); // checksum good
    assertThat(rows.get(0).get(8)).isEqualTo("3");
    assertThat(rows.get(1).get(0)).contains(":sctp:m3ua").contains("isup");
    assertThat(rows.get(1).subList(1, 3)).containsExactly("1", "1");
    assertThat(rows.get(1).subList(4, 7)).containsExactly("100", "200", "5");
    assertThat(rows.get(1).get(7)).isEqualTo("1");
    assertThat(rows.get(1).get(9)).isEqualTo("0x0001");
    assertThat(Tshark.malformedFrames(pcap, CHECK_CRC)).isEmpty();
  }

  @Test
  void a_corrupted_checksum_is_noticed_so_the_check_above_can_fail() throws Exception {
    Path pcap = dir.resolve("bad.pcap");
    try (PcapWriter w = PcapWriter.create(pcap)) {
      w.writeM3ua(0, ASP, SGP, 0, aspUp());
    }
    byte[] b = java.nio.file.Files.readAllBytes(pcap);
    b[24 + 16 + 14 + 20 + 8] ^= 0x01;
    java.nio.file.Files.write(pcap, b);
    assertThat(Tshark.field(pcap, CHECK_CRC, "sctp.checksum.status")).containsExactly("0");
  }

  @Test
  void smpp_in_tcp_frames_is_dissected_without_malformed_frames() throws Exception {
    Path pcap = dir.resolve("smpp.pcap");
    Endpoint esme = Endpoint.of("127.0.0.3", 50000);
    Endpoint smsc = Endpoint.of("127.0.0.1", 2775);
    try (PcapWriter w = PcapWriter.create(pcap)) {
      w.writeTcp(
          0, esme, smsc, Bytes.build().u32(16).u32(0x15).u32(0).u32(1).octets()); // enquire_link
      w.writeTcp(10, smsc, esme, Bytes.build().u32(16).u32(0x80000015L).u32(0).u32(1).octets());
    }
    List<String> opts = List.of("-d", "tcp.port==2775,smpp");
    assertThat(Tshark.field(pcap, opts, "smpp.command_id"))
        .containsExactly("0x00000015", "0x80000015");
    assertThat(Tshark.malformedFrames(pcap, opts)).isEmpty();
  }
}
