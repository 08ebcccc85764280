package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;

/**
 * Encodes and decodes CAP operation arguments (TS 29.078 §5 and §6–7: BER, IMPLICIT TAGS). The
 * parameter is the single BER element an Invoke component carries ({@link
 * org.ss7sim.tcap.component.Invoke#parameter()}). Decoding is lossless: elements not modelled are
 * kept in the records and written back in their place, so decode → encode reproduces
 * definite-length input with minimal INTEGER and length encodings octet for octet.
 */
public final class CapCodec {
  static final String SPEC = "TS 29.078 §6.1.1";

  private CapCodec() {}

  /** The codec of an operation's argument, or null for the operations without one. */
  public static BerCodec<? extends CapArgument> codec(CapOperation op) {
    return switch (op) {
      case INITIAL_DP -> InitialDpArg.CODEC;
      case CONNECT -> ConnectArg.CODEC;
      case RELEASE_CALL -> ReleaseCallArg.CODEC;
      case REQUEST_REPORT_BCSM_EVENT -> RequestReportBcsmEventArg.CODEC;
      case EVENT_REPORT_BCSM -> EventReportBcsmArg.CODEC;
      case RESET_TIMER -> ResetTimerArg.CODEC;
      case FURNISH_CHARGING_INFORMATION -> FurnishChargingInformationArg.CODEC;
      case APPLY_CHARGING -> ApplyChargingArg.CODEC;
      case APPLY_CHARGING_REPORT -> ApplyChargingReportArg.CODEC;
      case CALL_INFORMATION_REPORT -> CallInformationReportArg.CODEC;
      case CALL_INFORMATION_REQUEST -> CallInformationRequestArg.CODEC;
      case INITIAL_DP_SMS -> InitialDpSmsArg.CODEC;
      case CONNECT_SMS -> ConnectSmsArg.CODEC;
      case REQUEST_REPORT_SMS_EVENT -> RequestReportSmsEventArg.CODEC;
      case EVENT_REPORT_SMS -> EventReportSmsArg.CODEC;
      case RELEASE_SMS -> ReleaseSmsArg.CODEC;
      case CONTINUE, ACTIVITY_TEST, CONTINUE_SMS -> null;
    };
  }

  /**
   * Decodes the argument of {@code op}.
   *
   * @param parameter the Invoke's parameter element, or null when it had none
   * @param offset where the parameter starts in the enclosing message (for error offsets)
   * @throws MalformedMessageException when the parameter is absent but required, present but not
   *     allowed, or does not decode as the operation's argument type (the receiver answers with a
   *     mistypedParameter Reject, Q.773 §3.2)
   */
  public static CapArgument decode(CapOperation op, Octets parameter, int offset)
      throws MalformedMessageException {
    BerCodec<? extends CapArgument> codec = codec(op);
    if (codec == null) {
      if (parameter != null) {
        throw new MalformedMessageException(op.specName() + " takes no argument", offset, SPEC);
      }
      return NoArgument.of(op);
    }
    if (parameter == null) {
      throw new MalformedMessageException(op.specName() + " argument missing", offset, SPEC);
    }
    BerReader r = BerReader.of(parameter, offset);
    int tag = r.next();
    r.requireEnd(op.specName() + " argument");
    if (tag != codec.defaultTag() && !codec.acceptsTag(tag)) {
      throw r.error(op.specName() + " argument has the wrong type");
    }
    try {
      return codec.decode(r);
    } catch (IllegalArgumentException e) {
      throw r.error(op.specName() + ": " + e.getMessage());
    }
  }

  public static CapArgument decode(CapOperation op, Octets parameter)
      throws MalformedMessageException {
    return decode(op, parameter, 0);
  }

  /** The Invoke parameter for {@code arg}: one BER element, or null for the ones without. */
  public static Octets encode(CapArgument arg) {
    @SuppressWarnings("unchecked")
    BerCodec<CapArgument> codec = (BerCodec<CapArgument>) codec(arg.operation());
    if (codec == null) {
      return null;
    }
    WireWriter out = new WireWriter(64);
    codec.encode(arg, codec.defaultTag(), new BerWriter(out));
    return out.toOctets();
  }
}
