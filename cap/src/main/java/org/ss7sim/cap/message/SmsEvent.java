package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * One armed event of RequestReportSMSEvent (TS 29.078 §7.1, CAP-datatypes).
 *
 * <pre>
 * SMSEvent ::= SEQUENCE {
 *   eventTypeSMS [0] EventTypeSMS,
 *   monitorMode  [1] MonitorMode }
 * </pre>
 */
public record SmsEvent(
    EventTypeSms eventType, MonitorMode monitorMode, List<RawElement> unmodelled) {
  public static final SequenceCodec<SmsEvent> CODEC =
      new SequenceCodec<>(
          "SMSEvent",
          BerTag.SEQUENCE,
          SequenceCodec.order(ctx(0), ctx(1)),
          List.of(
              Field.mandatory("eventTypeSMS", 0x80, EventTypeSms.CODEC),
              Field.mandatory("monitorMode", 0x81, MonitorMode.CODEC)),
          v -> new SmsEvent(v.get(0), v.get(1), v.rest()),
          x -> new Object[] {x.eventType, x.monitorMode},
          SmsEvent::unmodelled);

  public SmsEvent {
    java.util.Objects.requireNonNull(eventType, "eventType");
    java.util.Objects.requireNonNull(monitorMode, "monitorMode");
    unmodelled = List.copyOf(unmodelled);
  }

  public static SmsEvent of(EventTypeSms type, MonitorMode mode) {
    return new SmsEvent(type, mode, List.of());
  }
}
