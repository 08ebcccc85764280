package org.ss7sim.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.CapturedMessage;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapReader;
import org.ss7sim.wire.pcap.PcapWriter;
import org.ss7sim.wire.pcap.TransportKind;

/**
 * The pcap writer and reader of {@code wire.pcap}, against each other and against real captures.
 */
class PcapRoundTripTest {
  static final Endpoint STP = Endpoint.of("127.0.0.1", 2905);
  static final Endpoint ASP = Endpoint.of("127.0.0.2", 40001);

  @Nested
  class WriterAndReader {
    @Test
    void sctp_data_and_tcp_payloads_come_back_with_their_metadata() throws Exception {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      Octets m3ua = Octets.fromHex("01000301 00000008");
      Octets odd = Octets.fromHex("0100010100000011 aabbccdd ee"); // 13 octets: needs chunk padding
      Octets smpp = Bytes.build().u32(16).u32(0x15).u32(0).u32(7).octets();
      try (PcapWriter w = new PcapWriter(file)) {
        w.writeM3ua(1_700_000_000_123_456L, ASP, STP, 0, m3ua);
        w.writeSctpData(1_700_000_000_200_000L, STP, ASP, 3, 3, odd);
        w.writeTcp(1_700_000_001_000_001L, ASP, Endpoint.of("127.0.0.1", 2775), smpp);
      }
      List<CapturedMessage> read = PcapReader.read(Octets.wrap(file.toByteArray()));
      assertThat(read)
          .containsExactly(
              new CapturedMessage(
                  1, 1_700_000_000_123_456L, TransportKind.SCTP, ASP, STP, 0, 3, m3ua),
              new CapturedMessage(
                  2, 1_700_000_000_200_000L, TransportKind.SCTP, STP, ASP, 3, 3, odd),
              new CapturedMessage(
                  3,
                  1_700_000_001_000_001L,
                  TransportKind.TCP,
                  ASP,
                  Endpoint.of("127.0.0.1", 2775),
                  0,
                  0,
                  smpp));
    }

    @Test
    void the_sctp_checksum_is_crc32c_over_the_sctp_packet() throws Exception {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      try (PcapWriter w = new PcapWriter(file)) {
        w.writeM3ua(0, ASP, STP, 0, Octets.fromHex("0100030100000008"));
      }
      byte[] b = file.toByteArray();
      int sctp = 24 + 16 + 14 + 20; // global header, record header, Ethernet, IPv4
      int length = b.length - sctp;
      long stored =
          (b[sctp + 8] & 0xffL)
              | (b[sctp + 9] & 0xffL) << 8
              | (b[sctp + 10] & 0xffL) << 16
              | (b[sctp + 11] & 0xffL) << 24;
      for (int i = 8; i < 12; i++) {
        b[sctp + i] = 0;
      }
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(b, sctp, length);
      assertThat(stored).isEqualTo(crc.getValue());
    }

    @Test
    void writing_after_close_is_refused() {
      PcapWriter w = new PcapWriter(new ByteArrayOutputStream());
      w.close();
      assertThatThrownBy(() -> w.writeM3ua(0, ASP, STP, 0, Octets.EMPTY))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class RealCaptures {
    @Test
    void every_m3ua_data_chunk_of_a_location_update_capture_is_found() throws Exception {
      List<CapturedMessage> read = PcapReader.read(TestData.capture("pcapr-lu.pcap"));
      assertThat(read)
          .hasSize(8)
          .allMatch(m -> m.ppid() == 3 && m.transport() == TransportKind.SCTP);
      assertThat(read.get(0).payload().slice(0, 4))
          .isEqualTo(Octets.fromHex("01000101")); // M3UA DATA
    }

    @Test
    void smpp_segments_of_a_tcp_session_are_found_in_order() throws Exception {
      List<CapturedMessage> read =
          PcapReader.read(TestData.capture("smpp-bind-submit-unbind.pcap"));
      // bind_transmitter(_resp), enquire_link(_resp), submit_sm(_resp), unbind(_resp): 8 PDUs
      assertThat(read).hasSize(8).allMatch(m -> m.transport() == TransportKind.TCP);
      assertThat(read.stream().map(m -> m.payload().slice(4, 8).toHex()).toList())
          .containsExactly(
              "00000002",
              "80000002",
              "00000015",
              "80000015",
              "00000004",
              "80000004",
              "00000006",
              "80000006");
    }

    @Test
    void m2pa_chunks_are_reported_with_their_own_ppid() throws Exception {
      List<CapturedMessage> read = PcapReader.read(TestData.capture("pcapr-dump-m2pa-sms.pcap"));
      assertThat(read).isNotEmpty().allMatch(m -> m.ppid() == 5);
    }
  }

  @Nested
  class Pcapng {
    @Test
    void enhanced_packet_blocks_are_read_in_either_byte_order() throws Exception {
      ByteArrayOutputStream classic = new ByteArrayOutputStream();
      Octets payload = Octets.fromHex("0100030100000008");
      try (PcapWriter w = new PcapWriter(classic)) {
        w.writeM3ua(1_000_000L, ASP, STP, 0, payload);
      }
      Octets frame = Octets.wrap(classic.toByteArray()).slice(24 + 16);
      for (boolean little : new boolean[] {true, false}) {
        Octets ng = pcapng(frame, little, 2_500_000L);
        List<CapturedMessage> read = PcapReader.read(ng);
        assertThat(read)
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.payload()).isEqualTo(payload);
                  assertThat(m.epochMicros()).isEqualTo(2_500_000L);
                });
      }
    }

    @Test
    void a_truncated_block_is_malformed_not_a_crash() {
      Octets ng = pcapng(Octets.fromHex("00"), true, 0);
      assertThatThrownBy(() -> PcapReader.read(ng.slice(0, ng.length() - 6)))
          .isInstanceOf(MalformedMessageException.class);
    }

    private Octets pcapng(Octets frame, boolean little, long micros) {
      Bytes b = Bytes.build();
      // Section Header Block: type, length 28, byte-order magic, version 1.0, section length -1
      u32(b, 0x0a0d0d0aL, little);
      u32(b, 28, little);
      u32(b, 0x1a2b3c4dL, little);
      u16(b, 1, little);
      u16(b, 0, little);
      b.hex("ffffffffffffffff");
      u32(b, 28, little);
      // Interface Description Block: Ethernet, no options (microsecond resolution by default)
      u32(b, 1, little);
      u32(b, 20, little);
      u16(b, 1, little);
      u16(b, 0, little);
      u32(b, 65535, little);
      u32(b, 20, little);
      // Enhanced Packet Block
      int padded = (frame.length() + 3) / 4 * 4;
      u32(b, 6, little);
      u32(b, 32 + padded, little);
      u32(b, 0, little);
      u32(b, micros >>> 32, little);
      u32(b, micros & 0xffffffffL, little);
      u32(b, frame.length(), little);
      u32(b, frame.length(), little);
      b.octets(frame).zeros(padded - frame.length());
      u32(b, 32 + padded, little);
      return b.octets();
    }

    private void u32(Bytes b, long v, boolean little) {
      if (little) {
        b.u8((int) (v & 0xff))
            .u8((int) (v >>> 8 & 0xff))
            .u8((int) (v >>> 16 & 0xff))
            .u8((int) (v >>> 24 & 0xff));
      } else {
        b.u32(v);
      }
    }

    private void u16(Bytes b, int v, boolean little) {
      if (little) {
        b.u16le(v);
      } else {
        b.u16(v);
      }
    }
  }

  @Test
  void capture_magic_numbers_are_recognised_and_anything_else_is_not() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    new PcapWriter(file).close();
    assertThat(PcapReader.isCapture(Octets.wrap(file.toByteArray()))).isTrue();
    assertThat(PcapReader.isCapture(Octets.fromHex("d4c3b2a1"))).isTrue(); // swapped, µs
    assertThat(PcapReader.isCapture(Octets.fromHex("4d3cb2a1"))).isTrue(); // swapped, ns
    assertThat(PcapReader.isCapture(Octets.fromHex("0a0d0d0a"))).isTrue(); // pcapng
    assertThat(PcapReader.isCapture(Octets.fromHex("30313030"))).isFalse(); // hex text "0100"
    assertThat(PcapReader.isCapture(Octets.fromHex("a1b2c3"))).isFalse();
  }

  @Test
  void a_file_that_is_not_a_capture_is_malformed() {
    assertThatThrownBy(() -> PcapReader.read(Octets.fromHex("68656c6c6f")))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("magic");
  }
}
