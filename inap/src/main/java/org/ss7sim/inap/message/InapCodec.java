package org.ss7sim.inap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * Encodes and decodes INAP operation arguments (Q.1218 §6, BER with IMPLICIT tags). The parameter
 * is the single BER element an Invoke component carries ({@link
 * org.ss7sim.tcap.component.Invoke#parameter()}).
 */
public final class InapCodec {
  static final String SPEC = "Q.1218 §6";

  private InapCodec() {}

  /**
   * Decodes the argument of {@code op}.
   *
   * @param parameter the Invoke's parameter element, or null when it had none
   * @param offset where the parameter starts in the enclosing message (for error offsets)
   * @throws MalformedMessageException when the parameter is absent but required, present but not
   *     allowed, or does not decode as the operation's argument type
   */
  public static InapArgument decode(InapOperation op, Octets parameter, int offset)
      throws MalformedMessageException {
    if (!op.hasArgument()) {
      if (parameter != null) {
        throw new MalformedMessageException(op + " takes no argument", offset, SPEC);
      }
      return Continue.INSTANCE;
    }
    if (parameter == null) {
      throw new MalformedMessageException(op + " argument missing", offset, SPEC);
    }
    BerReader r = BerReader.of(parameter, offset);
    r.next();
    r.requireEnd(op + " argument");
    return switch (op) {
      case INITIAL_DP -> CallCodec.initialDp(r);
      case CONNECT -> CallCodec.connect(r);
      case RELEASE_CALL -> new ReleaseCallArg(Cause.decode(octetString(r), r.valueOffset()));
      case APPLY_CHARGING -> CallCodec.applyCharging(r);
      case APPLY_CHARGING_REPORT -> new ApplyChargingReportArg(octetString(r));
      case REQUEST_REPORT_BCSM_EVENT -> BcsmCodec.requestReportBcsmEvent(r);
      case EVENT_REPORT_BCSM -> BcsmCodec.eventReportBcsm(r);
      case CONTINUE -> Continue.INSTANCE;
    };
  }

  public static InapArgument decode(InapOperation op, Octets parameter)
      throws MalformedMessageException {
    return decode(op, parameter, 0);
  }

  /** The Invoke parameter for {@code arg}: one BER element, or null for Continue. */
  public static Octets encode(InapArgument arg) {
    if (arg instanceof Continue) {
      return null;
    }
    WireWriter out = new WireWriter(64);
    encode(arg, new BerWriter(out));
    return out.toOctets();
  }

  static void encode(InapArgument arg, BerWriter w) {
    if (arg instanceof InitialDpArg a) {
      CallCodec.encode(a, w);
    } else if (arg instanceof ConnectArg a) {
      CallCodec.encode(a, w);
    } else if (arg instanceof ReleaseCallArg a) {
      w.octetString(BerTag.OCTET_STRING, a.cause().encode());
    } else if (arg instanceof ApplyChargingArg a) {
      CallCodec.encode(a, w);
    } else if (arg instanceof ApplyChargingReportArg a) {
      w.octetString(BerTag.OCTET_STRING, a.callResult());
    } else if (arg instanceof RequestReportBcsmEventArg a) {
      BcsmCodec.encode(a, w);
    } else if (arg instanceof EventReportBcsmArg a) {
      BcsmCodec.encode(a, w);
    }
  }

  /** The current element as a universal OCTET STRING (primitive or constructed). */
  private static Octets octetString(BerReader r) throws MalformedMessageException {
    if (BerTag.number(r.tag()) != BerTag.OCTET_STRING
        || BerTag.tagClass(r.tag()) != BerTag.CLASS_UNIVERSAL) {
      throw r.error("expected an OCTET STRING");
    }
    return r.octets();
  }

  /** A primitive context element's contents as an octet string. */
  static Octets primitive(BerReader r, String what) throws MalformedMessageException {
    if (r.isConstructed()) {
      throw r.error(what + " must be primitive");
    }
    return r.value();
  }

  /** An ENUMERATED element's value, which must be one of {@code 0..max}. */
  static int enumerated(BerReader r, String what, int max) throws MalformedMessageException {
    long v = r.longValue();
    if (v < 0 || v > max) {
      throw r.error(what + " " + v + " is not defined");
    }
    return (int) v;
  }

  static BerReader sequence(BerReader r, String what) throws MalformedMessageException {
    if (r.tag() != BerTag.SEQUENCE) {
      throw r.error("expected " + what + " SEQUENCE");
    }
    return r.enter();
  }
}
