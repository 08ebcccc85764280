package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * {@code MiscCallInfo} (CS2-datatypes, imported by TS 29.078 §5.1).
 *
 * <pre>
 * MiscCallInfo ::= SEQUENCE {
 *   messageType  [0] ENUMERATED {request(0), notification(1)},
 *   dpAssignment [1] ENUMERATED {individualLine(0), groupBased(1), officeBased(2)} OPTIONAL }
 * </pre>
 *
 * @param notification messageType notification (EDP-N) rather than request (EDP-R)
 * @param dpAssignment null when absent
 */
public record MiscCallInfo(
    boolean notification, Integer dpAssignment, List<RawElement> unmodelled) {
  public static final MiscCallInfo REQUEST = new MiscCallInfo(false, null, List.of());
  public static final MiscCallInfo NOTIFICATION = new MiscCallInfo(true, null, List.of());

  public static final SequenceCodec<MiscCallInfo> CODEC =
      new SequenceCodec<>(
          "MiscCallInfo",
          BerTag.SEQUENCE,
          SequenceCodec.order(ctx(0), ctx(1)),
          List.of(
              Field.mandatory("messageType", 0x80, Codecs.integer(0, 1)),
              Field.optional("dpAssignment", 0x81, Codecs.integer(0, 2))),
          v -> new MiscCallInfo(v.<Integer>get(0) == 1, v.get(1), v.rest()),
          x -> new Object[] {x.notification ? 1 : 0, x.dpAssignment},
          MiscCallInfo::unmodelled);

  public MiscCallInfo {
    unmodelled = List.copyOf(unmodelled);
  }
}
