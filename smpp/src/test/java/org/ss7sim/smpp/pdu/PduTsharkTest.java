package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/** Our encoding of a session with every PDU type, written as TCP segments, dissected by tshark. */
class PduTsharkTest {
  private static final int PORT = 2775;
  private static final List<String> AS_SMPP = List.of("-d", "tcp.port==" + PORT + ",smpp");

  @TempDir Path dir;

  private Path writeSession() {
    Path pcap = dir.resolve("smpp-session.pcap");
    Endpoint esme = Endpoint.of("10.0.0.1", 40000);
    Endpoint smsc = Endpoint.of("10.0.0.2", PORT);
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t = 1_767_261_600_000_000L;
      for (SampleSession.Step s : SampleSession.steps()) {
        Octets bytes = Octets.wrap(PduCodec.encode(s.pdu()));
        w.writeTcp(t += 1000, s.fromEsme() ? esme : smsc, s.fromEsme() ? smsc : esme, bytes);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return pcap;
  }

  @Test
  void every_pdu_type_is_dissected_as_smpp_with_no_malformed_frame() {
    Tshark.assumeInstalled();
    Path pcap = writeSession();
    assertThat(Tshark.malformedFrames(pcap, AS_SMPP)).isEmpty();
    List<List<String>> rows =
        Tshark.fields(pcap, AS_SMPP, "smpp.command_id", "smpp.sequence_number");
    List<SampleSession.Step> steps = SampleSession.steps();
    assertThat(rows).hasSize(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      Pdu p = steps.get(i).pdu();
      if (p instanceof UnknownPdu) {
        continue; // tshark 4.0 leaves a reserved command_id undissected when decoding by port
      }
      assertThat(Long.decode(rows.get(i).get(0))).as("frame " + (i + 1)).isEqualTo(p.commandCode());
      assertThat(Long.parseLong(rows.get(i).get(1))).isEqualTo(p.sequence() & 0xffffffffL);
    }
  }

  @Test
  void tshark_reads_the_fields_we_wrote() {
    Tshark.assumeInstalled();
    Path pcap = writeSession();
    List<List<String>> rows =
        Tshark.fields(
            pcap,
            AS_SMPP,
            "smpp.system_id",
            "smpp.source_addr",
            "smpp.destination_addr",
            "smpp.message_id",
            "smpp.receipted_message_id",
            "smpp.message_state",
            "smpp.sar_msg_ref_num",
            "smpp.data_coding",
            "smpp.command_status",
            "smpp.validity_period_r");
    List<String> bindRow = rows.get(0);
    assertThat(bindRow.get(0)).isEqualTo("esme1");
    List<String> submit = rows.get(2);
    assertThat(submit.get(1)).isEqualTo("0015550100");
    assertThat(submit.get(2)).isEqualTo("0015550199");
    assertThat(rows.get(3).get(3)).isEqualTo("1a2b");
    List<String> ucs2 = rows.get(4);
    assertThat(ucs2.get(6)).isEqualTo("7");
    assertThat(Long.decode(ucs2.get(7))).isEqualTo(8);
    assertThat(Long.decode(rows.get(5).get(8))).isEqualTo(CommandStatus.THROTTLED.code());
    List<String> receipt = rows.get(6);
    assertThat(receipt.get(4)).isEqualTo("1a2b");
    assertThat(receipt.get(5)).isEqualTo("2");
    assertThat(Tshark.warningFrames(pcap, AS_SMPP)).isEmpty();
  }

  @Test
  void every_sample_pdu_round_trips_through_our_codec() throws Exception {
    List<String> failures = new ArrayList<>();
    for (SampleSession.Step s : SampleSession.steps()) {
      Pdu back = PduCodec.decode(Octets.wrap(PduCodec.encode(s.pdu())));
      if (!back.equals(s.pdu())) {
        failures.add(s.pdu() + " came back as " + back);
      }
    }
    assertThat(failures).isEmpty();
  }
}
