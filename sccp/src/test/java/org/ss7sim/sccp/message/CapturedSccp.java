package org.ss7sim.sccp.message;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.pcap.CapturedMessage;

/**
 * Test-only extraction of SCCP messages from captured SIGTRAN payloads, without an M3UA or M2PA
 * implementation: M3UA DATA (RFC 4666 §3.3.1, Protocol Data tag 0x0210 = OPC, DPC, SI, NI, MP, SLS,
 * then the user part) and M2PA User Data (RFC 4165 §2.3.2: header, BSN, FSN, priority octet, then
 * SIO and the 4-octet ITU routing label).
 */
record CapturedSccp(int frame, int opc, int dpc, int sls, Octets sccp) {
  static List<CapturedSccp> extract(List<CapturedMessage> captured)
      throws MalformedMessageException {
    List<CapturedSccp> out = new ArrayList<>();
    for (CapturedMessage c : captured) {
      if (c.ppid() == 3) {
        m3ua(c, out);
      } else if (c.ppid() == 5) {
        m2pa(c, out);
      }
    }
    return out;
  }

  private static void m3ua(CapturedMessage c, List<CapturedSccp> out)
      throws MalformedMessageException {
    WireReader in = c.payload().reader();
    if (c.payload().length() < 8 || c.payload().get(2) != 1 || c.payload().get(3) != 1) {
      return; // not Transfer/DATA
    }
    in.skip(4);
    long length = in.readU32();
    WireReader params = in.limited((int) length - 8);
    while (params.remaining() >= 4) {
      int tag = params.readU16();
      int len = params.readU16();
      Octets value = params.readOctets(len - 4);
      params.skip(Math.min(params.remaining(), (4 - len % 4) % 4));
      if (tag == 0x0210 && value.length() >= 12 && value.get(8) == 3) {
        WireReader v = value.reader();
        int opc = (int) v.readU32();
        int dpc = (int) v.readU32();
        out.add(new CapturedSccp(c.frame(), opc, dpc, value.get(11), value.slice(12)));
      }
    }
  }

  private static void m2pa(CapturedMessage c, List<CapturedSccp> out) {
    Octets p = c.payload();
    if (p.length() < 22 || p.get(2) != 11 || p.get(3) != 1) {
      return; // not M2PA User Data
    }
    int sio = p.get(17);
    if ((sio & 0x0f) != 3) {
      return;
    }
    long label = p.get(18) | p.get(19) << 8 | p.get(20) << 16 | (long) p.get(21) << 24;
    int dpc = (int) (label & 0x3fff);
    int opc = (int) ((label >>> 14) & 0x3fff);
    int sls = (int) (label >>> 28);
    out.add(new CapturedSccp(c.frame(), opc, dpc, sls, p.slice(22)));
  }
}
