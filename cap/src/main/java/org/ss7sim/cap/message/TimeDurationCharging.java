package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * The contents of ApplyCharging's {@code AChBillingChargingCharacteristics} OCTET STRING (TS 29.078
 * §5.1): the only alternative of {@code CAMEL-AChBillingChargingCharacteristics}.
 *
 * <pre>
 * CAMEL-AChBillingChargingCharacteristics ::= CHOICE {
 *   timeDurationCharging [0] SEQUENCE {
 *     maxCallPeriodDuration     [0] INTEGER (1..864000),          -- 100 ms units
 *     releaseIfdurationExceeded [1] ReleaseIfDurationExceeded OPTIONAL,   -- phase 2 form
 *     tariffSwitchInterval      [2] INTEGER (1..86400) OPTIONAL,  -- 1 s units
 *     ... } }
 * </pre>
 *
 * @param maxCallPeriodDuration the period the call may last before the next report, in 100 ms
 * @param releaseIfDurationExceeded null when absent (do not release, report only)
 * @param tariffSwitchInterval null when absent
 */
public record TimeDurationCharging(
    int maxCallPeriodDuration,
    ReleaseIfDurationExceeded releaseIfDurationExceeded,
    Integer tariffSwitchInterval,
    List<RawElement> unmodelled) {
  public static final SequenceCodec<TimeDurationCharging> CODEC =
      new SequenceCodec<>(
          "timeDurationCharging",
          BerTag.contextConstructed(0),
          SequenceCodec.order(ctx(0), ctx(1), ctx(2), ctx(3), ctx(4)),
          List.of(
              Field.mandatory("maxCallPeriodDuration", 0x80, Codecs.integer(1, 864000)),
              Field.optional("releaseIfdurationExceeded", 0xa1, ReleaseIfDurationExceeded.CODEC),
              Field.optional("tariffSwitchInterval", 0x82, Codecs.integer(1, 86400))),
          v -> new TimeDurationCharging(v.get(0), v.get(1), v.get(2), v.rest()),
          x ->
              new Object[] {
                x.maxCallPeriodDuration, x.releaseIfDurationExceeded, x.tariffSwitchInterval
              },
          TimeDurationCharging::unmodelled);

  public TimeDurationCharging {
    if (maxCallPeriodDuration < 1 || maxCallPeriodDuration > 864000) {
      throw new IllegalArgumentException("maxCallPeriodDuration out of range");
    }
    unmodelled = List.copyOf(unmodelled);
  }

  /** A period of {@code tenthsOfSecond}; release when exceeded if {@code release}. */
  public static TimeDurationCharging of(int tenthsOfSecond, boolean release) {
    return new TimeDurationCharging(
        tenthsOfSecond, release ? ReleaseIfDurationExceeded.NO_TONE : null, null, List.of());
  }
}
