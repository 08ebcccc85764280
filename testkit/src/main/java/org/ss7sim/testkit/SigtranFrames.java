package org.ss7sim.testkit;

import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/**
 * Wraps TCAP bytes by hand into what a node puts on the wire, for tshark tests: an SCCP UDT (Q.713
 * §4.10) addressed by point code and SSN, inside an M3UA DATA message (RFC 4666 §3.3.1) with the
 * MTP3 routing label in its Protocol Data parameter. Written from the RFC and the Q-series tables,
 * not with the project's codecs, so a test compares those against bytes made independently.
 */
public final class SigtranFrames {
  private SigtranFrames() {}

  /**
   * M3UA DATA carrying an SCCP UDT from {@code opc}/{@code callingSsn} to {@code dpc}/{@code
   * calledSsn}.
   */
  public static Octets m3uaUdt(int opc, int dpc, int callingSsn, int calledSsn, Octets tcap) {
    Octets sccp = udt(dpc, calledSsn, opc, callingSsn, tcap);
    WireWriter w = new WireWriter(64 + sccp.length());
    int padding = (4 - sccp.length() % 4) % 4;
    int paramLength = 4 + 12 + sccp.length();
    w.writeU8(1).writeU8(0).writeU8(1).writeU8(1); // version 1, class transfer, type DATA
    w.writeU32(8 + paramLength + padding);
    w.writeU16(0x0210).writeU16(paramLength); // Protocol Data
    w.writeU32(opc).writeU32(dpc);
    w.writeU8(3).writeU8(2).writeU8(0).writeU8(5); // SI = SCCP, NI = national, MP 0, SLS 5
    w.writeOctets(sccp);
    w.writeZeros(padding);
    return w.toOctets();
  }

  /** SCCP UDT, class 1 with return on error, both addresses route-on-SSN with PC and SSN. */
  public static Octets udt(
      int calledPc, int calledSsn, int callingPc, int callingSsn, Octets data) {
    WireWriter w = new WireWriter(16 + data.length());
    w.writeU8(0x09).writeU8(0x81);
    w.writeU8(3).writeU8(7).writeU8(11); // pointers to called, calling, data
    address(w, calledPc, calledSsn);
    address(w, callingPc, callingSsn);
    w.writeU8(data.length()).writeOctets(data);
    return w.toOctets();
  }

  private static void address(WireWriter w, int pc, int ssn) {
    w.writeU8(4).writeU8(0x43).writeU16Le(pc).writeU8(ssn);
  }
}
