package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * The contents of ApplyChargingReport's {@code CallResult} OCTET STRING (TS 29.078 §5.1): the only
 * alternative of {@code CAMEL-CallResult}.
 *
 * <pre>
 * CAMEL-CallResult ::= CHOICE {
 *   timeDurationChargingResult [0] SEQUENCE {
 *     partyToCharge           [0] ReceivingSideID,
 *     timeInformation         [1] TimeInformation,
 *     callActive              [2] BOOLEAN DEFAULT TRUE,    -- legActive from phase 3 on
 *     callReleasedAtTcpExpiry [3] NULL OPTIONAL,
 *     extensions              [4] ... OPTIONAL,            -- kept unmodelled
 *     ... } }
 * </pre>
 *
 * @param callActive null when absent (TRUE); FALSE when the call ended in this period
 * @param callReleasedAtTcpExpiry the gsmSSF released the call when the period expired
 */
public record TimeDurationChargingResult(
    LegId partyToCharge,
    TimeInformation timeInformation,
    Boolean callActive,
    boolean callReleasedAtTcpExpiry,
    List<RawElement> unmodelled) {
  public static final SequenceCodec<TimeDurationChargingResult> CODEC =
      new SequenceCodec<>(
          "timeDurationChargingResult",
          BerTag.contextConstructed(0),
          SequenceCodec.order(ctx(0), ctx(1), ctx(2), ctx(3), ctx(4), ctx(5)),
          List.of(
              Field.mandatory("partyToCharge", 0xa0, Codecs.explicit(LegId.CODEC)),
              Field.mandatory("timeInformation", 0xa1, Codecs.explicit(TimeInformation.CODEC)),
              Field.optional("callActive", 0x82, Codecs.BOOLEAN),
              Field.flag("callReleasedAtTcpExpiry", 0x83)),
          v -> new TimeDurationChargingResult(v.get(0), v.get(1), v.get(2), v.flag(3), v.rest()),
          x ->
              new Object[] {
                x.partyToCharge, x.timeInformation, x.callActive, x.callReleasedAtTcpExpiry
              },
          TimeDurationChargingResult::unmodelled);

  public TimeDurationChargingResult {
    java.util.Objects.requireNonNull(partyToCharge, "partyToCharge");
    java.util.Objects.requireNonNull(timeInformation, "timeInformation");
    unmodelled = List.copyOf(unmodelled);
  }

  /** Whether the call is still active after this report (callActive, DEFAULT TRUE). */
  public boolean isCallActive() {
    return callActive == null || callActive;
  }

  /** A report for leg 1 with no tariff switch. */
  public static TimeDurationChargingResult of(int tenthsOfSecond, boolean callActive) {
    return new TimeDurationChargingResult(
        LegId.receiving(LegId.LEG1),
        TimeInformation.noTariffSwitch(tenthsOfSecond),
        callActive ? null : Boolean.FALSE,
        false,
        List.of());
  }
}
