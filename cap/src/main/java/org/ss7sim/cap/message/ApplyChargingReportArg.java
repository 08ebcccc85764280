package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Codecs;

/**
 * The argument of ApplyChargingReport (TS 29.078 §6.1.1, opcode 36): the time used in the period
 * ApplyCharging allowed, and whether the call goes on.
 *
 * <pre>
 * ApplyChargingReportArg ::= CallResult
 * CallResult ::= OCTET STRING (SIZE (12..193))   -- containing CAMEL-CallResult
 * </pre>
 */
public record ApplyChargingReportArg(TimeDurationChargingResult callResult) implements CapArgument {
  private static final BerCodec<TimeDurationChargingResult> CALL_RESULT =
      Codecs.containing(TimeDurationChargingResult.CODEC, 12, 193);

  public static final BerCodec<ApplyChargingReportArg> CODEC =
      new BerCodec<>() {
        @Override
        public ApplyChargingReportArg decode(BerReader r) throws MalformedMessageException {
          return new ApplyChargingReportArg(CALL_RESULT.decode(r));
        }

        @Override
        public void encode(ApplyChargingReportArg v, int tag, BerWriter out) {
          CALL_RESULT.encode(v.callResult, tag, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.OCTET_STRING;
        }
      };

  public ApplyChargingReportArg {
    java.util.Objects.requireNonNull(callResult, "callResult");
  }

  /** A report for leg 1 with no tariff switch. */
  public static ApplyChargingReportArg of(int tenthsOfSecond, boolean callActive) {
    return new ApplyChargingReportArg(TimeDurationChargingResult.of(tenthsOfSecond, callActive));
  }

  @Override
  public CapOperation operation() {
    return CapOperation.APPLY_CHARGING_REPORT;
  }
}
