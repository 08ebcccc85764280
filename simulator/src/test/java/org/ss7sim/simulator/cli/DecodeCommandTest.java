package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.TestData;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapReader;
import org.ss7sim.wire.pcap.PcapWriter;
import org.ss7sim.wire.pcap.SctpDataChunk;

/**
 * {@code ss7sim decode} through the CLI entry: reassembly, reasons, the summary on stderr, exit
 * codes, bounded memory.
 */
class DecodeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Endpoint MSC = Endpoint.of("10.0.0.1", 2905);
  static final Endpoint HLR = Endpoint.of("10.0.0.2", 2905);
  static final Endpoint ESME = Endpoint.of("10.0.0.3", 40000);
  static final Endpoint SMSC = Endpoint.of("10.0.0.4", 2775);

  record Run(int exitCode, List<String> out, List<String> err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString().lines().toList(), err.toString().lines().toList());
  }

  static Path capture(Path dir, String name, Consumer<PcapWriter> body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PcapWriter w = new PcapWriter(out)) {
      body.accept(w);
    }
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  /** The sendRoutingInfoForSM of a real capture: an M3UA DATA of 136 octets. */
  static Octets sriForSm() throws Exception {
    return PcapReader.read(TestData.capture("pcapr-sri-sm.pcap")).get(0).payload();
  }

  static SctpDataChunk fragment(long tsn, String bits, Octets data) {
    return new SctpDataChunk(tsn, 7, 3, 3, false, bits.contains("B"), bits.contains("E"), data);
  }

  static JsonNode json(String line) throws Exception {
    return JSON.readTree(line);
  }

  @Nested
  class Reassembly {
    @Test
    void a_map_message_split_over_two_data_chunks_is_decoded_once_whole(@TempDir Path dir)
        throws Exception {
      Octets m = sriForSm();
      Path pcap =
          capture(
              dir,
              "two.pcap",
              w -> {
                w.writeSctpChunks(1, MSC, HLR, List.of(fragment(20, "B", m.slice(0, 60))));
                w.writeSctpChunks(2, MSC, HLR, List.of(fragment(21, "E", m.slice(60))));
              });
      Run text = run("decode", pcap.toString());
      assertThat(text.exitCode()).isZero();
      assertThat(text.out()).hasSize(2);
      assertThat(text.out().get(0)).startsWith("#1 ").contains("held: SCTP fragment (first)");
      assertThat(text.out().get(1))
          .startsWith("#2 ")
          .contains("136 octets reassembled from frames 1,2", "MAP sendRoutingInfoForSm")
          .doesNotContain("malformed");
      assertThat(text.err())
          .containsExactly("decode: 2 frames, 1 message (1 reassembled), 0 with errors, 0 skipped");

      Run json = run("decode", "--json", "--messages-only", pcap.toString());
      assertThat(json.out()).hasSize(1);
      JsonNode j = json(json.out().get(0));
      assertThat(j.at("/frame/fragments").toString()).isEqualTo("[1,2]");
      assertThat(j.at("/map/operation").asText()).isEqualTo("sendRoutingInfoForSm");
      assertThat(j.at("/map/msisdn").asText()).isEqualTo("8618903100031");
    }

    @Test
    void a_map_message_split_over_three_chunks_in_one_and_two_packets(@TempDir Path dir)
        throws Exception {
      Octets m = sriForSm();
      Path pcap =
          capture(
              dir,
              "three.pcap",
              w -> {
                w.writeSctpChunks(
                    1,
                    MSC,
                    HLR,
                    List.of(fragment(5, "B", m.slice(0, 50)), fragment(6, "", m.slice(50, 100))));
                w.writeSctpChunks(2, MSC, HLR, List.of(fragment(7, "E", m.slice(100))));
              });
      Run r = run("decode", "--json", pcap.toString());
      assertThat(r.exitCode()).isZero();
      JsonNode last = json(r.out().get(r.out().size() - 1));
      assertThat(last.at("/frame/fragments").toString()).isEqualTo("[1,2]");
      assertThat(last.at("/tcap/type").asText()).isEqualTo("BEGIN");
      assertThat(last.at("/map/operation").asText()).isEqualTo("sendRoutingInfoForSm");
    }

    @Test
    void bundled_chunks_are_one_line_each_numbered_within_the_frame(@TempDir Path dir)
        throws Exception {
      Octets m = sriForSm();
      Path pcap =
          capture(
              dir,
              "bundle.pcap",
              w ->
                  w.writeSctpChunks(
                      1,
                      MSC,
                      HLR,
                      List.of(
                          fragment(1, "BE", Octets.fromHex("0100030100000008")),
                          fragment(2, "BE", m))));
      Run r = run("decode", pcap.toString());
      assertThat(r.out()).hasSize(2);
      assertThat(r.out().get(0)).startsWith("#1.1 ").endsWith("M3UA ASPUP");
      assertThat(r.out().get(1)).startsWith("#1.2 ").contains("MAP sendRoutingInfoForSm");
    }

    @Test
    void an_smpp_submit_split_over_tcp_segments_is_decoded(@TempDir Path dir) throws Exception {
      Octets submit =
          PcapReader.read(TestData.capture("smpp-bind-submit-unbind.pcap")).get(4).payload();
      Path pcap =
          capture(
              dir,
              "smpp.pcap",
              w -> {
                w.writeTcpSegment(1, ESME, SMSC, 100, 0x18, submit.slice(0, 2));
                w.writeTcpSegment(2, ESME, SMSC, 102, 0x18, submit.slice(2, 20));
                w.writeTcpSegment(3, ESME, SMSC, 120, 0x18, submit.slice(20));
              });
      Run r = run("decode", "--json", "--messages-only", pcap.toString());
      assertThat(r.exitCode()).isZero();
      JsonNode j = json(r.out().get(0));
      assertThat(r.out()).hasSize(1);
      assertThat(j.at("/smpp/command").asText()).isEqualTo("submit_sm");
      assertThat(j.at("/smpp/sequence").asInt()).isEqualTo(3);
      assertThat(j.at("/frame/fragments").toString()).isEqualTo("[1,2,3]");
    }
  }

  @Nested
  class NothingLostWithoutAWord {
    @Test
    void a_capture_cut_in_its_last_record_prints_every_frame_before_and_exits_2(@TempDir Path dir)
        throws Exception {
      byte[] whole = Files.readAllBytes(TestData.capture("pcapr-lu.pcap"));
      Path cut =
          Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(whole, whole.length - 30));
      Run r = run("decode", cut.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.out()).hasSize(8);
      for (int i = 0; i < 7; i++) {
        assertThat(r.out().get(i)).startsWith("#" + (i + 1) + " ").contains("TCAP");
      }
      assertThat(r.out().get(7)).startsWith("#8 damaged: frame 8: record cut short");
      // one line (issue 15): the damage, and what was read before it
      assertThat(r.err()).hasSize(1);
      assertThat(r.err().get(0))
          .isEqualTo(
              "decode: input "
                  + cut
                  + " is damaged: "
                  + r.out().get(7).substring("#8 damaged: ".length())
                  + " (before it: 7 frames, 7 messages, 0 with errors, 0 skipped)");
    }

    @Test
    void a_hex_file_with_a_bad_line_prints_the_lines_before_it_and_exits_2(@TempDir Path dir)
        throws Exception {
      Path hex =
          Files.writeString(
              dir.resolve("m.hex"), "0100030100000008\n0100030400000008\nzz not hex\n01000301\n");
      Run r = run("decode", hex.toString());
      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.out()).hasSize(3);
      assertThat(r.out().subList(0, 2))
          .containsExactly("#1 line 1 8 octets: M3UA ASPUP", "#2 line 2 8 octets: M3UA ASPUP_ACK");
      assertThat(r.out().get(2)).startsWith("damaged: line 3 is not hex");
      assertThat(r.err()).hasSize(1);
      assertThat(r.err().get(0))
          .startsWith("decode: input " + hex + " is damaged: line 3")
          .endsWith("(before it: 2 frames, 2 messages, 0 with errors, 0 skipped)");
    }

    @Test
    void an_unknown_link_type_names_itself_for_every_frame_and_in_the_summary(@TempDir Path dir)
        throws Exception {
      Path pcap =
          Files.write(
              dir.resolve("mtp2.pcap"),
              Octets.fromHex(
                      "a1b2c3d4 00020004 00000000 00000000 00040000 0000008c" // MTP2, 140
                          + "00000001 00000000 00000003 00000003 010203"
                          + "00000002 00000000 00000003 00000003 040506")
                  .toByteArray());
      Run r = run("decode", pcap.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .hasSize(2)
          .allMatch(l -> l.contains("skipped: link type 140 (MTP2) is not read"));
      assertThat(r.err())
          .containsExactly(
              "decode: 2 frames, 0 messages, 0 with errors, 2 skipped (2 unknown link type 140)");
    }

    @Test
    void an_m2ua_chunk_says_why_it_is_not_decoded(@TempDir Path dir) throws Exception {
      Path pcap =
          capture(
              dir,
              "m2ua.pcap",
              w -> w.writeSctpData(1, MSC, HLR, 0, 2, Octets.fromHex("0100060100000014")));
      Run r = run("decode", pcap.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l)
                      .contains(
                          "ppid=2", "not decoded: SCTP PPID 2 (M2UA (RFC 3331)) is not read"));
      assertThat(r.err())
          .singleElement()
          .asString()
          .endsWith("1 skipped (1 SCTP PPID 2 (M2UA (RFC 3331)))");
      Run json = run("decode", "--json", pcap.toString());
      assertThat(json(json.out().get(0)).at("/frame/ppid").asInt()).isEqualTo(2);
      assertThat(json(json.out().get(0)).get("skipped").asText()).contains("M2UA");
    }

    @Test
    void every_frame_of_every_capture_in_testdata_is_decoded_or_skipped_with_a_reason()
        throws Exception {
      // frames, messages, with errors, skipped — checked by hand against tshark 4.0.17
      Object[][] expected = {
        {"m3ua-draft6-isup-call.pcap", 6, 6, 6, 0},
        {"pcapr-attach-sccp-xudts.pcap", 19, 19, 0, 0},
        {"pcapr-dump-m2pa-sms.pcap", 51, 27, 0, 24},
        {"pcapr-gprs-ms-log.pcap", 15, 8, 0, 7},
        {"pcapr-lu.pcap", 8, 8, 0, 0},
        {"pcapr-sri-sm.pcap", 1, 1, 0, 0},
        {"pcapr-test-ati-ul.pcap", 248, 11, 0, 237},
        {"pcapr-tmp-ul-sri.pcap", 25, 25, 0, 0},
        {"smpp-bind-submit-unbind.pcap", 17, 8, 0, 9},
        {"smpp-enquire-link.pcap", 5, 2, 0, 3},
      };
      for (Object[] e : expected) {
        Run r = run("decode", "--json", TestData.capture((String) e[0]).toString());
        assertThat(r.exitCode()).as((String) e[0]).isZero();
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (String line : r.out()) {
          JsonNode j = json(line);
          seen.add(j.at("/frame/number").asInt());
          j.at("/frame/fragments").forEach(f -> seen.add(f.asInt()));
          assertThat(
                  j.has("m3ua")
                      || j.has("m2pa")
                      || j.has("smpp")
                      || j.has("skipped")
                      || j.has("error"))
              .as(e[0] + ": " + line)
              .isTrue();
        }
        int frames = (Integer) e[1];
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= frames; i++) {
          all.add(i);
        }
        assertThat(seen).as((String) e[0]).containsExactlyElementsOf(all);
        assertThat(r.err())
            .as((String) e[0])
            .singleElement()
            .asString()
            .startsWith(
                "decode: "
                    + frames
                    + " frame"
                    + (frames == 1 ? "" : "s")
                    + ", "
                    + e[2]
                    + " message"
                    + ((Integer) e[2] == 1 ? "" : "s")
                    + ", "
                    + e[3]
                    + " with errors, "
                    + e[4]
                    + " skipped");
      }
    }
  }

  @Nested
  class BoundedMemory {
    /**
     * A capture of about 16 MB decoded by a child JVM with a 64 MB heap: the old decoder held the
     * whole file and every decoded line (795 MB for 13 MB) and died.
     */
    @Test
    void a_multi_megabyte_capture_decodes_under_a_64_mb_heap(@TempDir Path dir) throws Exception {
      Octets m = sriForSm();
      int frames = 60_000;
      Path pcap = dir.resolve("big.pcap");
      try (PcapWriter w = PcapWriter.create(pcap)) {
        for (int i = 0; i < frames; i++) {
          w.writeM3ua(i * 1000L, MSC, HLR, i % 16, m);
        }
      }
      assertThat(Files.size(pcap)).isGreaterThan(12_000_000L);
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx64m",
                  "-XX:+ExitOnOutOfMemoryError",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "decode",
                  pcap.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(dir.resolve("err.txt").toFile())
              .start();
      boolean done = p.waitFor(240, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      assertThat(done).as("finished within 240 s").isTrue();
      String err = Files.readString(dir.resolve("err.txt"));
      assertThat(p.exitValue()).as(err).isZero();
      assertThat(err)
          .contains("decode: " + frames + " frames, " + frames + " messages, 0 with errors");
    }
  }
}
