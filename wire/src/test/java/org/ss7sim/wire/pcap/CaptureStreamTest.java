package org.ss7sim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** {@link CaptureStream}: record reading, dissection, SCTP and TCP reassembly, damage. */
class CaptureStreamTest {
  static final Endpoint ASP = Endpoint.of("10.0.0.1", 2905);
  static final Endpoint SGP = Endpoint.of("10.0.0.2", 2905);
  static final Endpoint ESME = Endpoint.of("10.0.0.3", 40000);
  static final Endpoint SMSC = Endpoint.of("10.0.0.4", 2775);

  /** A payload of {@code n} octets counting up, so that any misplaced octet shows. */
  static Octets payload(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 7 + 1);
    }
    return Octets.wrap(b);
  }

  static Octets capture(Consumer<PcapWriter> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapWriter w = new PcapWriter(out)) {
      body.accept(w);
    }
    return Octets.wrap(out.toByteArray());
  }

  static List<CaptureEvent> events(Octets capture) throws Exception {
    List<CaptureEvent> all = new ArrayList<>();
    try (CaptureStream s =
        CaptureStream.of(PcapReader.of(new ByteArrayInputStream(capture.toByteArray())))) {
      List<CaptureEvent> e;
      while ((e = s.next()) != null) {
        assertThat(e).as("every call returns at least one event").isNotEmpty();
        all.addAll(e);
      }
    }
    return all;
  }

  static List<CaptureEvent.Message> messages(List<CaptureEvent> events) {
    return events.stream()
        .filter(e -> e instanceof CaptureEvent.Message)
        .map(e -> (CaptureEvent.Message) e)
        .toList();
  }

  static <T extends CaptureEvent> List<T> only(List<CaptureEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static SctpDataChunk chunk(long tsn, int ssn, String bits, Octets data) {
    return new SctpDataChunk(
        tsn, 1, ssn, 3, bits.contains("U"), bits.contains("B"), bits.contains("E"), data);
  }

  @Nested
  class SctpFragments {
    @Test
    void a_message_split_over_two_data_chunks_is_one_message_naming_both_frames() throws Exception {
      Octets m = payload(120);
      Octets cap =
          capture(
              w -> {
                w.writeSctpChunks(1, ASP, SGP, List.of(chunk(10, 0, "B", m.slice(0, 60))));
                w.writeSctpChunks(2, ASP, SGP, List.of(chunk(11, 0, "E", m.slice(60))));
              });
      List<CaptureEvent> events = events(cap);
      assertThat(only(events, CaptureEvent.Held.class))
          .singleElement()
          .satisfies(h -> assertThat(h.reason()).contains("first", "TSN 10", "held"));
      CaptureEvent.Message msg = messages(events).get(0);
      assertThat(messages(events)).hasSize(1);
      assertThat(msg.message().payload()).isEqualTo(m);
      assertThat(msg.message().frame()).isEqualTo(2);
      assertThat(msg.message().ppid()).isEqualTo(3);
      assertThat(msg.frames()).containsExactly(1, 2);
      assertThat(msg.reassembled()).isTrue();
    }

    @Test
    void three_fragments_arriving_last_first_are_joined_in_tsn_order() throws Exception {
      Octets m = payload(300);
      Octets cap =
          capture(
              w -> {
                w.writeSctpChunks(1, ASP, SGP, List.of(chunk(102, 5, "E", m.slice(200))));
                w.writeSctpChunks(2, ASP, SGP, List.of(chunk(100, 5, "B", m.slice(0, 100))));
                w.writeSctpChunks(3, ASP, SGP, List.of(chunk(101, 5, "", m.slice(100, 200))));
              });
      List<CaptureEvent> events = events(cap);
      assertThat(only(events, CaptureEvent.Held.class)).hasSize(2);
      assertThat(messages(events))
          .singleElement()
          .satisfies(
              msg -> {
                assertThat(msg.message().payload()).isEqualTo(m);
                assertThat(msg.frames()).containsExactly(2, 3, 1);
              });
    }

    @Test
    void unordered_fragments_are_joined_by_tsn_across_a_tsn_wrap() throws Exception {
      Octets m = payload(90);
      Octets cap =
          capture(
              w -> {
                w.writeSctpChunks(
                    1, ASP, SGP, List.of(chunk(0xffffffffL, 0, "UB", m.slice(0, 45))));
                w.writeSctpChunks(2, ASP, SGP, List.of(chunk(0, 77, "UE", m.slice(45))));
              });
      assertThat(messages(events(cap)))
          .singleElement()
          .satisfies(msg -> assertThat(msg.message().payload()).isEqualTo(m));
    }

    @Test
    void fragments_of_different_stream_sequence_numbers_are_not_joined() throws Exception {
      Octets cap =
          capture(
              w -> {
                w.writeSctpChunks(1, ASP, SGP, List.of(chunk(1, 0, "B", payload(10))));
                w.writeSctpChunks(2, ASP, SGP, List.of(chunk(2, 1, "E", payload(10))));
              });
      List<CaptureEvent> events = events(cap);
      assertThat(messages(events)).isEmpty();
      assertThat(only(events, CaptureEvent.Dropped.class))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo("incomplete SCTP message");
                assertThat(d.frames()).containsExactly(1, 2);
              });
    }

    @Test
    void bundled_chunks_are_each_a_message_of_the_same_frame() throws Exception {
      Octets cap =
          capture(
              w ->
                  w.writeSctpChunks(
                      1,
                      ASP,
                      SGP,
                      List.of(
                          chunk(1, 0, "BE", payload(8)),
                          chunk(2, 1, "BE", payload(13)),
                          chunk(3, 2, "BE", payload(20)))));
      List<CaptureEvent.Message> m = messages(events(cap));
      assertThat(m).hasSize(3).allMatch(x -> x.frame() == 1 && !x.reassembled());
      assertThat(m.stream().map(x -> x.message().payload().length()).toList())
          .containsExactly(8, 13, 20);
    }

    @Test
    void a_retransmitted_fragment_is_skipped_with_the_reason() throws Exception {
      Octets m = payload(40);
      Octets cap =
          capture(
              w -> {
                w.writeSctpChunks(1, ASP, SGP, List.of(chunk(7, 0, "B", m.slice(0, 20))));
                w.writeSctpChunks(2, ASP, SGP, List.of(chunk(7, 0, "B", m.slice(0, 20))));
                w.writeSctpChunks(3, ASP, SGP, List.of(chunk(8, 0, "E", m.slice(20))));
                w.writeSctpChunks(4, ASP, SGP, List.of(chunk(8, 0, "E", m.slice(20))));
              });
      List<CaptureEvent> events = events(cap);
      assertThat(messages(events)).singleElement();
      assertThat(only(events, CaptureEvent.Skipped.class))
          .extracting(CaptureEvent.Skipped::frame)
          .containsExactly(2, 4);
      assertThat(only(events, CaptureEvent.Skipped.class))
          .allMatch(s -> s.kind().equals("SCTP retransmission"));
      assertThat(only(events, CaptureEvent.Dropped.class)).isEmpty();
    }

    @Test
    void fragments_beyond_the_buffer_limit_are_dropped_with_a_reason() throws Exception {
      int piece = 60_000;
      int pieces = SctpReassembly.MAX_PENDING_OCTETS / piece + 2;
      Octets cap =
          capture(
              w -> {
                for (int i = 0; i < pieces; i++) {
                  w.writeSctpChunks(
                      i, ASP, SGP, List.of(chunk(i + 1, 0, i == 0 ? "B" : "", payload(piece))));
                }
              });
      List<CaptureEvent> events = events(cap);
      List<CaptureEvent.Dropped> dropped = only(events, CaptureEvent.Dropped.class);
      assertThat(dropped.get(0).kind()).isEqualTo("SCTP reassembly limit");
      assertThat(dropped.get(0).reason())
          .contains(Integer.toString(SctpReassembly.MAX_PENDING_OCTETS));
      assertThat(dropped.get(0).frames()).startsWith(1, 2, 3, 4);
    }
  }

  @Nested
  class TcpStreams {
    Octets smpp(int commandId, int sequence, int bodyLength) {
      Octets body = payload(bodyLength);
      byte[] b = new byte[16 + bodyLength];
      int length = b.length;
      put32(b, 0, length);
      put32(b, 4, commandId);
      put32(b, 8, 0);
      put32(b, 12, sequence);
      body.copyTo(b, 16);
      return Octets.wrap(b);
    }

    void put32(byte[] b, int at, long v) {
      b[at] = (byte) (v >>> 24);
      b[at + 1] = (byte) (v >>> 16);
      b[at + 2] = (byte) (v >>> 8);
      b[at + 3] = (byte) v;
    }

    @Test
    void an_smpp_pdu_split_anywhere_over_three_segments_is_one_message() throws Exception {
      Octets pdu = smpp(4, 2, 60);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(0, ESME, SMSC, 999, 0x02, Octets.EMPTY); // SYN
                w.writeTcpSegment(1, ESME, SMSC, 1000, 0x18, pdu.slice(0, 3));
                w.writeTcpSegment(2, ESME, SMSC, 1003, 0x18, pdu.slice(3, 40));
                w.writeTcpSegment(3, ESME, SMSC, 1040, 0x18, pdu.slice(40));
              });
      List<CaptureEvent> events = events(cap);
      assertThat(messages(events))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.message().payload()).isEqualTo(pdu);
                assertThat(m.frames()).containsExactly(2, 3, 4);
              });
      assertThat(only(events, CaptureEvent.Held.class)).hasSize(2);
    }

    @Test
    void several_pdus_in_one_segment_and_one_across_the_boundary() throws Exception {
      Octets a = smpp(0x15, 1, 0);
      Octets b = smpp(0x80000015, 1, 0);
      Octets c = smpp(4, 3, 30);
      Octets stream = a.concat(b).concat(c);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(1, ESME, SMSC, 1, 0x18, stream.slice(0, 40));
                w.writeTcpSegment(2, ESME, SMSC, 41, 0x18, stream.slice(40));
              });
      List<CaptureEvent.Message> m = messages(events(cap));
      assertThat(m.stream().map(x -> x.message().payload()).toList()).containsExactly(a, b, c);
      assertThat(m.get(2).frames()).containsExactly(1, 2);
    }

    @Test
    void out_of_order_and_retransmitted_segments_are_put_right_by_sequence_number()
        throws Exception {
      Octets pdu = smpp(4, 9, 50);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(1, ESME, SMSC, 500, 0x18, pdu.slice(0, 20));
                w.writeTcpSegment(2, ESME, SMSC, 540, 0x18, pdu.slice(40));
                w.writeTcpSegment(3, ESME, SMSC, 500, 0x18, pdu.slice(0, 20)); // retransmission
                w.writeTcpSegment(4, ESME, SMSC, 510, 0x18, pdu.slice(10, 40)); // overlaps
              });
      List<CaptureEvent> events = events(cap);
      assertThat(messages(events))
          .singleElement()
          .satisfies(m -> assertThat(m.message().payload()).isEqualTo(pdu));
      assertThat(only(events, CaptureEvent.Skipped.class))
          .singleElement()
          .satisfies(s -> assertThat(s.kind()).isEqualTo("TCP retransmission"));
    }

    @Test
    void m3ua_over_tcp_is_cut_by_the_common_header_length() throws Exception {
      Octets aspup = Octets.fromHex("0100030100000008");
      Octets data = Octets.fromHex("0100010100000010").concat(payload(8));
      Octets stream = aspup.concat(data);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(1, ASP, SGP, 1, 0x18, stream.slice(0, 11));
                w.writeTcpSegment(2, ASP, SGP, 12, 0x18, stream.slice(11));
              });
      assertThat(messages(events(cap)).stream().map(m -> m.message().payload()).toList())
          .containsExactly(aspup, data);
    }

    @Test
    void a_gap_never_filled_drops_the_partial_pdu_and_resynchronises() throws Exception {
      Octets first = smpp(4, 1, 100);
      Octets next = smpp(4, 2, 10);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(1, ESME, SMSC, 1, 0x18, first.slice(0, 50));
                // octets 51..116 never captured; then the ESME's next PDU
                int seq = 1 + first.length();
                for (int i = 0; i < 10; i++) {
                  w.writeTcpSegment(
                      2 + i, ESME, SMSC, seq + (long) i * 30_000, 0x18, payload(30_000));
                }
                w.writeTcpSegment(20, ESME, SMSC, seq + 300_000, 0x18, next);
              });
      List<CaptureEvent> events = events(cap);
      assertThat(only(events, CaptureEvent.Dropped.class))
          .first()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo("TCP gap");
                assertThat(d.frames()).containsExactly(1);
                assertThat(d.reason()).contains("resynchronised");
              });
      assertThat(only(events, CaptureEvent.Skipped.class))
          .anyMatch(s -> s.kind().equals("TCP payload not SMPP or M3UA"));
    }

    @Test
    void a_connection_closed_mid_pdu_reports_the_partial_pdu() throws Exception {
      Octets pdu = smpp(4, 1, 40);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(1, ESME, SMSC, 1, 0x18, pdu.slice(0, 30));
                w.writeTcpSegment(2, ESME, SMSC, 31, 0x11, Octets.EMPTY); // FIN
              });
      List<CaptureEvent> events = events(cap);
      assertThat(only(events, CaptureEvent.Dropped.class))
          .singleElement()
          .satisfies(d -> assertThat(d.frames()).containsExactly(1));
      assertThat(only(events, CaptureEvent.Skipped.class))
          .singleElement()
          .satisfies(s -> assertThat(s.reason()).contains("FIN"));
    }

    @Test
    void sip_over_tcp_is_cut_at_the_header_end_and_content_length() throws Exception {
      Octets invite =
          Octets.wrap(
              ("INVITE sip:9992021000@127.0.0.1 SIP/2.0\r\nCall-ID: a\r\nl: 5\r\n\r\nv=0\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      Octets bye =
          Octets.wrap(
              ("BYE sip:x@127.0.0.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      Octets keepAlive = Octets.fromHex("0d0a0d0a");
      Octets stream = invite.concat(keepAlive).concat(bye);
      Octets cap =
          capture(
              w -> {
                w.writeTcpSegment(1, ESME, SMSC, 1, 0x18, stream.slice(0, 20));
                w.writeTcpSegment(2, ESME, SMSC, 21, 0x18, stream.slice(20, 60));
                w.writeTcpSegment(3, ESME, SMSC, 61, 0x18, stream.slice(60));
              });
      List<CaptureEvent.Message> m = messages(events(cap));
      assertThat(m.stream().map(x -> x.message().payload()).toList()).containsExactly(invite, bye);
      assertThat(m.get(0).frames()).containsExactly(1, 2, 3);
    }

    @Test
    void sip_over_tcp_with_a_content_length_that_is_not_a_number_loses_framing() throws Exception {
      Octets bad =
          Octets.wrap(
              ("BYE sip:x@h SIP/2.0\r\nContent-Length: many\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      Octets cap = capture(w -> w.writeTcpSegment(1, ESME, SMSC, 1, 0x18, bad));
      List<CaptureEvent> events = events(cap);
      assertThat(messages(events)).isEmpty();
      assertThat(only(events, CaptureEvent.Dropped.class)).isNotEmpty();
    }
  }

  @Nested
  class Datagrams {
    @Test
    void a_udp_datagram_is_one_message_with_its_ports() throws Exception {
      Octets sip = Octets.fromHex("5349502f322e3020313830");
      Octets cap = capture(w -> w.writeUdp(7_000_000, ESME, SMSC, sip));
      List<CaptureEvent.Message> m = messages(events(cap));
      assertThat(m)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.message().transport()).isEqualTo(TransportKind.UDP);
                assertThat(x.message().source()).isEqualTo(ESME);
                assertThat(x.message().destination()).isEqualTo(SMSC);
                assertThat(x.message().payload()).isEqualTo(sip);
              });
    }

    @Test
    void a_udp_length_beyond_the_datagram_is_named() throws Exception {
      Octets frame =
          Octets.fromHex(
              "020000000002 020000000001 0800"
                  + "4500001e 00004000 40110000 0a000001 0a000002"
                  + "13881388 00400000 4142");
      Octets pcap =
          Octets.fromHex("a1b2c3d4 00020004 00000000 00000000 00040000 00000001")
              .concat(new DamageAndReasons().record(frame));
      assertThat(only(events(pcap), CaptureEvent.Skipped.class))
          .singleElement()
          .satisfies(s -> assertThat(s.reason()).contains("UDP length 64"));
    }
  }

  @Nested
  class DamageAndReasons {
    @Test
    void a_capture_cut_in_its_last_record_yields_every_frame_before_it_then_the_damage()
        throws Exception {
      Octets whole =
          capture(
              w -> {
                for (int i = 0; i < 5; i++) {
                  w.writeM3ua(i, ASP, SGP, 0, Octets.fromHex("0100030100000008"));
                }
              });
      Octets cut = whole.slice(0, whole.length() - 10);
      List<CaptureEvent> events = events(cut);
      assertThat(messages(events)).hasSize(4);
      CaptureEvent last = events.get(events.size() - 1);
      assertThat(last).isInstanceOf(CaptureEvent.Damaged.class);
      assertThat(((CaptureEvent.Damaged) last).frame()).isEqualTo(5);
      assertThat(((CaptureEvent.Damaged) last).reason())
          .startsWith("frame 5: record cut short")
          .contains("truncated");
    }

    @Test
    void a_record_header_cut_short_names_the_frame() throws Exception {
      Octets whole = capture(w -> w.writeM3ua(0, ASP, SGP, 0, Octets.fromHex("0100030100000008")));
      Octets cut = whole.concat(Octets.fromHex("00000000 0000"));
      List<CaptureEvent> events = events(cut);
      assertThat(messages(events)).hasSize(1);
      assertThat(only(events, CaptureEvent.Damaged.class))
          .singleElement()
          .satisfies(d -> assertThat(d.reason()).startsWith("frame 2: record header cut short"));
    }

    @Test
    void an_impossible_record_length_is_damage_not_an_allocation() throws Exception {
      Octets whole = capture(w -> {});
      Octets bad = whole.concat(Octets.fromHex("00000000 00000000 7fffffff 7fffffff"));
      assertThat(only(events(bad), CaptureEvent.Damaged.class))
          .singleElement()
          .satisfies(d -> assertThat(d.reason()).contains("frame 1", "record length 2147483647"));
    }

    @Test
    void a_pcapng_packet_block_cut_short_names_its_frame() throws Exception {
      Octets ng =
          Octets.fromHex(
              "0a0d0d0a 1c000000 4d3c2b1a 01000000 ffffffffffffffff 1c000000"
                  + "01000000 14000000 0100 0000 ffff0000 14000000"
                  + "06000000 24000000 00000000 00000000 00000000 04000000 04000000 01020304"
                  + " 24000000");
      Octets twoFrames = ng.concat(ng.slice(48)); // a second EPB after the first
      List<CaptureEvent> events = events(twoFrames.slice(0, twoFrames.length() - 6));
      assertThat(only(events, CaptureEvent.Skipped.class)).singleElement();
      assertThat(only(events, CaptureEvent.Damaged.class))
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.reason())
                      .startsWith("frame 2: enhanced packet block cut short")
                      .contains("truncated"));
    }

    @Test
    void an_unknown_link_type_is_named_for_every_frame() throws Exception {
      Octets pcap =
          Octets.fromHex(
              "a1b2c3d4 00020004 00000000 00000000 00040000 00000093" // link type 147
                  + "00000001 00000000 00000004 00000004 01020304"
                  + "00000002 00000000 00000002 00000002 0506");
      List<CaptureEvent> events = events(pcap);
      assertThat(events).hasSize(2).allMatch(e -> e instanceof CaptureEvent.Skipped);
      assertThat(only(events, CaptureEvent.Skipped.class))
          .allMatch(s -> s.kind().equals("unknown link type 147"))
          .allMatch(s -> s.reason().contains("link type 147"));
    }

    @Test
    void sctp_control_chunks_and_other_ip_protocols_are_named() throws Exception {
      // Ethernet + IPv4 (ICMP) frame and an Ethernet + IPv4 + SCTP HEARTBEAT frame
      Octets udp =
          Octets.fromHex(
              "020000000002 020000000001 0800"
                  + "4500001c 00004000 40010000 0a000001 0a000002"
                  + "08000000 00000000");
      Octets heartbeat =
          Octets.fromHex(
              "020000000002 020000000001 0800"
                  + "45000028 00004000 40840000 0a000001 0a000002"
                  + "0b590b59 00000001 00000000 04000008 00010004");
      Octets pcap =
          Octets.fromHex("a1b2c3d4 00020004 00000000 00000000 00040000 00000001")
              .concat(record(udp))
              .concat(record(heartbeat));
      List<CaptureEvent.Skipped> skipped = only(events(pcap), CaptureEvent.Skipped.class);
      assertThat(skipped)
          .extracting(CaptureEvent.Skipped::kind)
          .containsExactly("IP protocol 1", "SCTP without DATA");
      assertThat(skipped.get(1).reason()).contains("HEARTBEAT");
    }

    Octets record(Octets frame) {
      byte[] h = new byte[16];
      int n = frame.length();
      h[8] = h[12] = (byte) (n >>> 24);
      h[9] = h[13] = (byte) (n >>> 16);
      h[10] = h[14] = (byte) (n >>> 8);
      h[11] = h[15] = (byte) n;
      return Octets.wrap(h).concat(frame);
    }

    @Test
    void the_whole_file_readers_still_refuse_a_damaged_capture() {
      Octets whole = capture(w -> w.writeM3ua(0, ASP, SGP, 0, Octets.fromHex("0100030100000008")));
      assertThatThrownBy(() -> PcapReader.read(whole.slice(0, whole.length() - 1)))
          .isInstanceOf(MalformedMessageException.class)
          .hasMessageContaining("frame 1");
    }
  }

  @Nested
  class Streaming {
    /**
     * A capture of about 2 GiB made up as it is read: the reader must hand out records one at a
     * time, never reading ahead.
     */
    @Test
    void records_are_read_one_at_a_time_from_a_stream_larger_than_the_heap() throws Exception {
      Octets frameBytes =
          capture(w -> w.writeM3ua(0, ASP, SGP, 0, payload(1000).slice(0, 8)))
              .slice(24); // one record
      long total = 24 + 2_000_000L * frameBytes.length();
      byte[] header = capture(w -> {}).toByteArray();
      long[] served = {0};
      InputStream huge =
          new InputStream() {
            long position;

            @Override
            public int read() {
              byte[] one = new byte[1];
              return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
              if (position >= total) {
                return -1;
              }
              int n = (int) Math.min(len, total - position);
              for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] =
                    p < 24
                        ? header[(int) p]
                        : (byte) frameBytes.get((int) ((p - 24) % frameBytes.length()));
              }
              position += n;
              served[0] = position;
              return n;
            }
          };
      try (PcapReader r = PcapReader.of(huge)) {
        for (int i = 1; i <= 1000; i++) {
          assertThat(r.next().number()).isEqualTo(i);
        }
      }
      // Read: 1000 records plus at most the input buffer, not the 2 GiB.
      assertThat(served[0]).isLessThan(1000L * frameBytes.length() + (1 << 17));
    }

    @Test
    void the_stream_reads_a_pcapng_file_record_by_record_too() throws IOException, Exception {
      Octets ng =
          Octets.fromHex(
              // SHB little-endian, IDB link type 1, EPB with an ARP-sized frame of 4 octets
              "0a0d0d0a 1c000000 4d3c2b1a 01000000 ffffffffffffffff 1c000000"
                  + "01000000 14000000 0100 0000 ffff0000 14000000"
                  + "06000000 24000000 00000000 00000000 00000000 04000000 04000000 01020304"
                  + " 24000000");
      List<CaptureEvent> events = events(ng);
      assertThat(events)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(((CaptureEvent.Skipped) e).reason())
                      .contains("Ethernet header cut short"));
    }
  }
}
