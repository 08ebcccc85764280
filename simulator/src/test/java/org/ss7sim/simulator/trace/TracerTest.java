package org.ss7sim.simulator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapReader;
import org.ss7sim.wire.pcap.PcapWriter;
import org.ss7sim.wire.pcap.TransportKind;

class TracerTest {
  static final Endpoint A = Endpoint.of("127.0.0.1", 2905);
  static final Endpoint B = Endpoint.of("127.0.0.2", 2905);

  static TraceEvent event(String flow, TraceEvent.Carrier carrier) {
    return new TraceEvent(
        1, "a", "b", flow, "x", carrier, A, B, 1, Octets.fromHex("0100030100000008"));
  }

  @Test
  void every_message_reaches_the_pcap_with_its_carrier() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Tracer t = new Tracer(new PcapWriter(out), 1)) {
      t.record(event("call-1", TraceEvent.Carrier.M3UA));
      t.record(event("", TraceEvent.Carrier.M3UA));
      t.record(event("sms-1", TraceEvent.Carrier.SMPP));
      assertThat(t.recorded()).isEqualTo(3);
    }
    assertThat(PcapReader.read(Octets.wrap(out.toByteArray())))
        .extracting(m -> m.transport())
        .containsExactly(TransportKind.SCTP, TransportKind.SCTP, TransportKind.TCP);
  }

  @Test
  void only_the_first_flows_of_each_kind_are_kept_for_ladders() {
    Tracer t = new Tracer(null, 2);
    for (int i = 1; i <= 5; i++) {
      t.record(event("call-" + i, TraceEvent.Carrier.M3UA));
      t.record(event("call-" + i, TraceEvent.Carrier.M3UA));
      t.record(event("sms-" + i, TraceEvent.Carrier.M3UA));
    }
    assertThat(t.flowsOfKind("call")).containsExactly("call-1", "call-2");
    assertThat(t.flowsOfKind("sms")).containsExactly("sms-1", "sms-2");
    assertThat(t.flow("call-1")).hasSize(2);
    assertThat(t.flow("call-3")).isEmpty();
  }

  static TraceEvent at(long micros, String flow) {
    return new TraceEvent(
        micros,
        "a",
        "b",
        flow,
        "x",
        TraceEvent.Carrier.M3UA,
        A,
        B,
        1,
        Octets.fromHex("0100030100000008"));
  }

  static java.util.List<Long> times(ByteArrayOutputStream out) throws Exception {
    return PcapReader.read(Octets.wrap(out.toByteArray())).stream()
        .map(m -> m.epochMicros())
        .toList();
  }

  @Test
  void records_reach_the_pcap_in_time_order_within_the_window() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Tracer t = new Tracer(new PcapWriter(out), 1, 100_000)) {
      t.record(at(1_000_000, ""));
      t.record(at(1_050_000, ""));
      t.record(at(1_010_000, "")); // 40 ms late: within the window
      t.record(at(1_200_000, "")); // pushes 1.0 s and 1.05 s out of the window
      t.record(at(1_020_000, "")); // 30 ms older than one written: written at its time
      assertThat(t.lateRecords()).isEqualTo(1);
    }
    assertThat(times(out))
        .containsExactly(1_000_000L, 1_010_000L, 1_050_000L, 1_050_000L, 1_200_000L);
  }

  @Test
  void flush_writes_what_the_window_holds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Tracer t = new Tracer(new PcapWriter(out), 1, 1_000_000);
    t.record(at(2_000, ""));
    t.record(at(1_000, ""));
    t.flush();
    assertThat(times(out)).containsExactly(1_000L, 2_000L);
  }

  @Test
  void a_ladder_flow_is_in_time_order() {
    Tracer t = new Tracer(null, 1);
    t.record(at(30, "sms-1"));
    t.record(at(10, "sms-1"));
    t.record(at(20, "sms-1"));
    assertThat(t.flow("sms-1")).extracting(TraceEvent::epochMicros).containsExactly(10L, 20L, 30L);
  }
}
