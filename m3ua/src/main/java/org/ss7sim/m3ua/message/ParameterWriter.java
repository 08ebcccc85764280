package org.ss7sim.m3ua.message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.Tlv;
import org.ss7sim.wire.WireWriter;

/** Writes parameters (RFC 4666 §3.2): tag, length without padding, value, zero padding to 4. */
final class ParameterWriter {
  private ParameterWriter() {}

  static void octets(WireWriter out, int tag, Octets value) {
    if (value != null) {
      Tlv.writeTag16Len16(out, tag, value);
    }
  }

  static void u32(WireWriter out, int tag, Long value) {
    if (value != null) {
      out.writeU16(tag).writeU16(8).writeU32(value);
    }
  }

  static void u32List(WireWriter out, int tag, List<Long> values) {
    if (!values.isEmpty()) {
      out.writeU16(tag).writeU16(4 + 4 * values.size());
      for (long v : values) {
        out.writeU32(v);
      }
    }
  }

  static void pointCodes(WireWriter out, int tag, List<AffectedPointCode> values) {
    if (!values.isEmpty()) {
      out.writeU16(tag).writeU16(4 + 4 * values.size());
      for (AffectedPointCode v : values) {
        out.writeU32(v.wire());
      }
    }
  }

  static void info(WireWriter out, String info) {
    if (info != null) {
      Tlv.writeTag16Len16(
          out, ParameterTag.INFO_STRING, Octets.wrap(info.getBytes(StandardCharsets.UTF_8)));
    }
  }

  static void unknown(WireWriter out, List<Parameter> params) {
    for (Parameter p : params) {
      Tlv.writeTag16Len16(out, p.tag(), p.value());
    }
  }
}
