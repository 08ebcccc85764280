package org.ss7sim.isup;

import java.util.List;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.wire.MalformedMessageException;

/** Reads what went over a loopback network as ISUP, for assertions on the messages in order. */
public final class Wire {
  private Wire() {}

  public static IsupMessage decode(MtpTransfer t) {
    try {
      return IsupMessageCodec.decode(t.userData());
    } catch (MalformedMessageException e) {
      throw new AssertionError(e);
    }
  }

  /** "A>B IAM 1" lines: direction by point code, type, CIC. */
  public static List<String> ladder(List<MtpTransfer> log) {
    return log.stream()
        .filter(t -> t.serviceIndicator().equals(ServiceIndicator.ISUP))
        .map(
            t -> {
              IsupMessage m = decode(t);
              return t.opc().value()
                  + ">"
                  + t.dpc().value()
                  + " "
                  + name(m)
                  + " "
                  + m.cic().value();
            })
        .toList();
  }

  static String name(IsupMessage m) {
    return m.type() == IsupMessageType.UNRECOGNIZED
        ? "0x" + Integer.toHexString(m.typeCode())
        : m.type().name();
  }

  /** The types only, in order. */
  public static List<String> types(List<MtpTransfer> log) {
    return log.stream()
        .filter(t -> t.serviceIndicator().equals(ServiceIndicator.ISUP))
        .map(t -> name(decode(t)))
        .toList();
  }

  public static boolean is(MtpTransfer t, IsupMessageType type) {
    return t.serviceIndicator().equals(ServiceIndicator.ISUP)
        && t.userData().length() >= 3
        && t.userData().get(2) == type.code();
  }
}
