package org.ss7sim.m3ua.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/** tshark 4.0 decodes our encoding of every message type with no malformed frame. */
class M3uaTsharkTest {
  @Test
  void tshark_decodes_every_message_type_with_class_type_and_length(@TempDir Path dir)
      throws Exception {
    Tshark.assumeInstalled();
    Path pcap = dir.resolve("all-types.pcap");
    List<M3uaMessage> messages = new ArrayList<>();
    M3uaCodecTest.rfcLayouts().forEach(a -> messages.add((M3uaMessage) a.get()[2]));
    Endpoint asp = Endpoint.of("127.0.0.1", 2905);
    Endpoint sgp = Endpoint.of("127.0.0.2", 2905);
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t = 1_700_000_000_000_000L;
      for (M3uaMessage m : messages) {
        w.writeM3ua(t++, asp, sgp, m.type() == M3uaMessageType.DATA ? 1 : 0, M3uaCodec.encode(m));
      }
    }
    List<List<String>> rows =
        Tshark.fields(
            pcap, List.of(), "m3ua.message_class", "m3ua.message_type", "m3ua.message_length");
    assertThat(rows).hasSize(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      M3uaMessage m = messages.get(i);
      assertThat(rows.get(i))
          .as(m.type().name())
          .containsExactly(
              String.valueOf(m.type().messageClass().code()),
              String.valueOf(m.type().code()),
              String.valueOf(M3uaCodec.encode(m).length()));
    }
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
    List<List<String>> data =
        Tshark.fields(
            pcap,
            List.of("-Y", "m3ua.message_class == 1"),
            "m3ua.routing_context",
            "m3ua.protocol_data_opc",
            "m3ua.protocol_data_dpc",
            "m3ua.protocol_data_si",
            "m3ua.protocol_data_ni",
            "m3ua.protocol_data_sls",
            "m3ua.correlation_identifier");
    assertThat(data).containsExactly(List.of("1", "1", "2", "11", "2", "5", "3735928559"));
    List<List<String>> reg =
        Tshark.fields(
            pcap,
            List.of("-Y", "m3ua.message_class == 9"),
            "m3ua.local_rk_identifier",
            "m3ua.dpc_pc",
            "m3ua.si",
            "m3ua.opc_list_pc",
            "m3ua.traffic_mode_type");
    assertThat(reg.get(0)).containsExactly("1", "200", "3,5", "100", "2");
  }
}
