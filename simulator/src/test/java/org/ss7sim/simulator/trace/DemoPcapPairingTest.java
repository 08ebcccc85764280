package org.ss7sim.simulator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.testkit.Tshark;

/**
 * The demo's pcap as Wireshark reads it: every SMPP request pairs with its response by
 * sequence_number (SMPP 3.4 §2.3), the ESME's bind is there, frames are in time order and none is
 * malformed.
 */
class DemoPcapPairingTest {
  @TempDir static Path dir;
  static Path pcap;

  @BeforeAll
  static void runDemo() {
    Tshark.assumeInstalled();
    pcap = dir.resolve("demo.pcap");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "demo",
            "--calls",
            "4",
            "--sms",
            "10",
            "--pcap",
            pcap.toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
  }

  @Test
  void every_smpp_request_has_one_response_with_its_sequence_number() {
    List<List<String>> pdus =
        Tshark.fields(
            pcap,
            List.of("-Y", "smpp"),
            "frame.number",
            "tcp.srcport",
            "tcp.dstport",
            "smpp.command_id",
            "smpp.sequence_number");
    Map<String, String> open = new HashMap<>();
    List<String> unpaired = new ArrayList<>();
    List<Long> commands = new ArrayList<>();
    List<Long> sequences = new ArrayList<>();
    for (List<String> f : pdus) {
      long command = Long.decode(f.get(3));
      long sequence = Long.parseLong(f.get(4));
      commands.add(command);
      sequences.add(sequence);
      if (command < 0x80000000L) {
        String key = f.get(1) + ">" + f.get(2) + "#" + sequence;
        assertThat(open.put(key, f.get(0))).as("request seq %d reused", sequence).isNull();
      } else if (open.remove(f.get(2) + ">" + f.get(1) + "#" + sequence) == null) {
        unpaired.add("frame " + f.get(0) + " response seq " + sequence);
      }
    }
    assertThat(unpaired).as("responses without a request").isEmpty();
    assertThat(open).as("requests without a response").isEmpty();
    assertThat(commands).as("a bind, submit_sm and its receipt").contains(0x9L, 0x4L, 0x5L);
    assertThat(sequences).as("true sequence numbers, not 0").doesNotContain(0L);
    // --sms 10: nine submitted over SMPP, the tenth is the demo's MO-SMS from a handset
    assertThat(commands.stream().filter(c -> c == 0x4L).count()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void the_smscs_own_esmes_are_traced_once_by_their_own_tap() {
    // The SMSC's server tap traces outside ESMEs at their true address (127.0.0.1 here); the
    // demo's ESMEs connect from there too, but are left to their own taps (10.0.8.n).
    List<String> loopback =
        Tshark.field(pcap, List.of("-Y", "smpp && ip.addr == 127.0.0.1"), "frame.number");
    assertThat(loopback).as("SMPP frames recorded a second time by the SMSC's tap").isEmpty();
  }

  @Test
  void frames_are_in_time_order_and_none_is_malformed() {
    List<String> times = Tshark.field(pcap, List.of(), "frame.time_epoch");
    assertThat(times).hasSizeGreaterThan(100);
    List<String> backwards = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      if (new BigDecimal(times.get(i)).compareTo(new BigDecimal(times.get(i - 1))) < 0) {
        backwards.add("frame " + (i + 1));
      }
    }
    assertThat(backwards).isEmpty();
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
  }
}
