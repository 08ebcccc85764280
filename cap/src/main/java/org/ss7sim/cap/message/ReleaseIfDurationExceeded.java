package org.ss7sim.cap.message;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * The phase 2 form of {@code releaseIfdurationExceeded} (TS 29.078 v7 §5.1, CAP-datatypes of CAP
 * v2); its presence asks the gsmSSF to release the call when maxCallPeriodDuration expires. (Phase
 * 3 replaced it with a {@code [1] BOOLEAN}, which is kept unmodelled here.)
 *
 * <pre>
 * ReleaseIfDurationExceeded ::= SEQUENCE {
 *   tone       BOOLEAN DEFAULT FALSE,
 *   ...,
 *   extensions [10] SEQUENCE SIZE (1..numOfExtensions) OF ExtensionField OPTIONAL }
 * </pre>
 *
 * @param tone null when absent (FALSE): whether a warning tone is played 30 s before the release
 */
public record ReleaseIfDurationExceeded(Boolean tone, List<RawElement> unmodelled) {
  public static final ReleaseIfDurationExceeded NO_TONE =
      new ReleaseIfDurationExceeded(null, List.of());

  public static final SequenceCodec<ReleaseIfDurationExceeded> CODEC =
      new SequenceCodec<>(
          "ReleaseIfDurationExceeded",
          BerTag.contextConstructed(1),
          SequenceCodec.order(BerTag.BOOLEAN, 0xaa),
          List.of(Field.optional("tone", BerTag.BOOLEAN, Codecs.BOOLEAN)),
          v -> new ReleaseIfDurationExceeded(v.get(0), v.rest()),
          x -> new Object[] {x.tone},
          ReleaseIfDurationExceeded::unmodelled);

  public ReleaseIfDurationExceeded {
    unmodelled = List.copyOf(unmodelled);
  }
}
