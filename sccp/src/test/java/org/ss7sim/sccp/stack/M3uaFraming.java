package org.ss7sim.sccp.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * Test-only M3UA framing, so that tshark sees our SCCP the way it travels: an M3UA DATA message
 * (RFC 4666 §3.3.1: common header version 1, class 1 Transfer, type 1 DATA, then the Protocol Data
 * parameter 0x0210 = OPC, DPC, SI, NI, MP, SLS and the user part's bytes, padded to 4).
 */
final class M3uaFraming {
  private M3uaFraming() {}

  static Octets data(MtpTransfer t) {
    int paramLength = 4 + 12 + t.userData().length();
    int padding = (4 - paramLength % 4) % 4;
    WireWriter out = new WireWriter(8 + paramLength + padding);
    out.writeU8(1).writeU8(0).writeU8(1).writeU8(1).writeU32(8 + paramLength + padding);
    out.writeU16(0x0210).writeU16(paramLength);
    out.writeU32(t.opc().value()).writeU32(t.dpc().value());
    out.writeU8(t.serviceIndicator().code())
        .writeU8(t.networkIndicator().code())
        .writeU8(t.messagePriority())
        .writeU8(t.sls());
    out.writeOctets(t.userData()).writeZeros(padding);
    return out.toOctets();
  }

  /**
   * An address per point code: 10.0.x.y with x.y the point code, and a port of its own (tshark
   * tracks SCTP associations by port, and M3UA is found by the PPID).
   */
  static Endpoint endpoint(PointCode pc) {
    return Endpoint.of(
        "10.0." + (pc.value() >>> 8) + "." + (pc.value() & 0xff), 20000 + pc.value());
  }

  /** Writes every transfer as M3UA DATA over SCTP, 1 ms apart. */
  static void write(Path pcap, List<MtpTransfer> transfers) throws IOException {
    try (PcapWriter w = PcapWriter.create(pcap)) {
      long t0 = 1_767_225_600_000_000L;
      for (int i = 0; i < transfers.size(); i++) {
        MtpTransfer t = transfers.get(i);
        w.writeM3ua(t0 + i * 1000L, endpoint(t.opc()), endpoint(t.dpc()), 1, data(t));
      }
    }
  }
}
