package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * One armed event of RequestReportBCSMEvent (TS 29.078 §5.1, CAP-datatypes).
 *
 * <pre>
 * BCSMEvent ::= SEQUENCE {
 *   eventTypeBCSM      [0] EventTypeBCSM,
 *   monitorMode        [1] MonitorMode,
 *   legID              [2] LegID OPTIONAL,
 *   dpSpecificCriteria [30] DpSpecificCriteria OPTIONAL,   -- kept unmodelled
 *   automaticRearm     [50] NULL OPTIONAL,                 -- phase 3+, kept unmodelled
 *   ... }
 * </pre>
 *
 * @param legId null when absent
 */
public record BcsmEvent(
    EventTypeBcsm eventType, MonitorMode monitorMode, LegId legId, List<RawElement> unmodelled) {
  public static final SequenceCodec<BcsmEvent> CODEC =
      new SequenceCodec<>(
          "BCSMEvent",
          BerTag.SEQUENCE,
          SequenceCodec.order(ctx(0), ctx(1), ctx(2), ctx(30), ctx(50)),
          List.of(
              Field.mandatory("eventTypeBCSM", 0x80, EventTypeBcsm.CODEC),
              Field.mandatory("monitorMode", 0x81, MonitorMode.CODEC),
              Field.optional("legID", 0xa2, Codecs.explicit(LegId.CODEC))),
          v -> new BcsmEvent(v.get(0), v.get(1), v.get(2), v.rest()),
          x -> new Object[] {x.eventType, x.monitorMode, x.legId},
          BcsmEvent::unmodelled);

  public BcsmEvent {
    java.util.Objects.requireNonNull(eventType, "eventType");
    java.util.Objects.requireNonNull(monitorMode, "monitorMode");
    unmodelled = List.copyOf(unmodelled);
  }

  public static BcsmEvent of(EventTypeBcsm type, MonitorMode mode, LegId leg) {
    return new BcsmEvent(type, mode, leg, List.of());
  }
}
