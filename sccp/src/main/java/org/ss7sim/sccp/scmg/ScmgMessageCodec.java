package org.ss7sim.sccp.scmg;

import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/** Encodes and decodes SCMG messages (Q.713 §5.3). Stateless. */
public final class ScmgMessageCodec {
  private ScmgMessageCodec() {}

  public static ScmgMessage decode(Octets data) throws MalformedMessageException {
    WireReader in = data.reader();
    in.require(5, "SCMG message");
    int code = in.readU8();
    ScmgMessageType type = ScmgMessageType.fromCode(code);
    if (type == null) {
      throw new MalformedMessageException(
          "unknown SCMG format identifier 0x" + Integer.toHexString(code), 0, "Q.713 §5.3.1");
    }
    Ssn ssn = new Ssn(in.readU8());
    PointCode pc = PointCode.itu(in.readU16Le() & 0x3fff);
    int smi = in.readU8();
    int congestion = 0;
    if (type == ScmgMessageType.SSC) {
      in.require(1, "SSC congestion level");
      congestion = in.readU8();
    }
    in.requireEnd("SCMG message");
    return new ScmgMessage(type, ssn, pc, smi, congestion);
  }

  public static Octets encode(ScmgMessage m) {
    WireWriter out = new WireWriter(6);
    out.writeU8(m.type().code())
        .writeU8(m.affectedSsn().value())
        .writeU16Le(m.affectedPointCode().value())
        .writeU8(m.subsystemMultiplicity());
    if (m.type() == ScmgMessageType.SSC) {
      out.writeU8(m.congestionLevel());
    }
    return out.toOctets();
  }
}
