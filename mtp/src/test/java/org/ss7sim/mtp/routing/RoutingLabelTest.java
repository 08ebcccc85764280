package org.ss7sim.mtp.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.PointCodeFormat;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

class RoutingLabelTest {
  @Test
  void itu_label_is_dpc_opc_sls_packed_least_significant_octet_first() throws Exception {
    // DPC 1 (0-0-1), OPC 2 (0-0-2), SLS 5: 0x5000_8001 little endian (the tcpdump isup.pcap layout)
    Octets bytes = Octets.fromHex("01800050");
    RoutingLabel l = RoutingLabel.decode(bytes.reader(), PointCodeFormat.ITU);
    assertThat(l).isEqualTo(new RoutingLabel(PointCode.itu(1), PointCode.itu(2), 5));
    WireWriter w = new WireWriter();
    l.encode(w);
    assertThat(w.toOctets()).isEqualTo(bytes);
  }

  @Test
  void itu_label_with_largest_values_round_trips() throws Exception {
    RoutingLabel l = new RoutingLabel(PointCode.itu(0x3fff), PointCode.itu(0x2aaa), 15);
    WireWriter w = new WireWriter();
    l.encode(w);
    assertThat(w.toOctets()).isEqualTo(Octets.fromHex("ffbfaafa"));
    assertThat(RoutingLabel.decode(w.toOctets().reader(), PointCodeFormat.ITU)).isEqualTo(l);
  }

  @Test
  void ansi_label_is_seven_octets_member_first() throws Exception {
    RoutingLabel l =
        new RoutingLabel(PointCode.parse("ansi:1-2-3"), PointCode.parse("ansi:4-5-6"), 200);
    WireWriter w = new WireWriter();
    l.encode(w);
    assertThat(w.toOctets()).isEqualTo(Octets.fromHex("030201060504c8"));
    assertThat(RoutingLabel.decode(w.toOctets().reader(), PointCodeFormat.ANSI)).isEqualTo(l);
  }
}
