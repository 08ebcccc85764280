package org.ss7sim.isup.message;

import java.util.List;
import org.ss7sim.isup.parameter.IsupParameter;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.wire.WireWriter;

/**
 * Writes the pointer-addressed parts (Q.763 §1.6–§1.8): reserves the pointers, then writes each
 * mandatory variable parameter with its length octet and the optional part, back-patching each
 * pointer and length once.
 */
final class PartWriter {
  private final WireWriter out;
  private final int pointers;
  private int next;

  private PartWriter(WireWriter out, int count) {
    this.out = out;
    this.pointers = out.reserve(count);
  }

  static PartWriter start(WireWriter out, int pointerCount) {
    return new PartWriter(out, pointerCount);
  }

  void variable(IsupParameter parameter) {
    patchPointer();
    writeWithLength(parameter);
  }

  void optional(OptionalParameters optional) {
    List<IsupParameter> list = optional.list();
    if (list.isEmpty()) {
      next++;
      return;
    }
    patchPointer();
    for (int i = 0; i < list.size(); i++) {
      IsupParameter p = list.get(i);
      out.writeU8(p.code());
      writeWithLength(p);
    }
    out.writeU8(0);
  }

  private void patchPointer() {
    int at = pointers + next++;
    int distance = out.position() - at;
    if (distance > 0xff) {
      throw new IllegalArgumentException("ISUP message too long for an 8-bit pointer");
    }
    out.patchU8(at, distance);
  }

  private void writeWithLength(IsupParameter parameter) {
    int lengthAt = out.reserve(1);
    parameter.encodeContent(out);
    int length = out.position() - lengthAt - 1;
    if (length > 0xff) {
      throw new IllegalArgumentException(
          "parameter 0x" + Integer.toHexString(parameter.code()) + " longer than 255");
    }
    out.patchU8(lengthAt, length);
  }
}
