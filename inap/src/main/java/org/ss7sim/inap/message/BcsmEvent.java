package org.ss7sim.inap.message;

import org.ss7sim.wire.Octets;

/**
 * One event to arm (Q.1218 §6).
 *
 * <pre>
 * BCSMEvent ::= SEQUENCE {
 *   eventTypeBCSM      [0] EventTypeBCSM,
 *   monitorMode        [1] MonitorMode,
 *   legID              [2] LegID OPTIONAL,
 *   dPSpecificCriteria [30] DPSpecificCriteria OPTIONAL }
 * </pre>
 *
 * @param legId null when absent
 * @param dpSpecificCriteria the whole [30] element as received, or null
 */
public record BcsmEvent(
    EventTypeBcsm eventType, MonitorMode monitorMode, LegId legId, Octets dpSpecificCriteria) {
  public BcsmEvent {
    java.util.Objects.requireNonNull(eventType, "eventType");
    java.util.Objects.requireNonNull(monitorMode, "monitorMode");
  }

  public static BcsmEvent of(EventTypeBcsm type, MonitorMode mode, LegId leg) {
    return new BcsmEvent(type, mode, leg, null);
  }
}
