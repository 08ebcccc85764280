package org.ss7sim.inap.message;

import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * The argument of EventReportBCSM (Q.1218 §6, opcode 24).
 *
 * <pre>
 * EventReportBCSMArg ::= SEQUENCE {
 *   eventTypeBCSM                [0] EventTypeBCSM,
 *   bcsmEventCorrelationID       [1] CorrelationID OPTIONAL,            -- kept as unknown
 *   eventSpecificInformationBCSM [2] EventSpecificInformationBCSM OPTIONAL,
 *   legID                        [3] ReceivingSideID OPTIONAL,
 *   miscCallInfo                 [4] MiscCallInfo DEFAULT {messageType request},
 *   extensions                   [5] ... OPTIONAL,                      -- kept as unknown
 *   ... }
 * </pre>
 *
 * @param eventSpecificInformation the whole [2] element as received, or null
 * @param legId null when absent
 * @param miscCallInfo null when absent (meaning messageType request)
 */
public record EventReportBcsmArg(
    EventTypeBcsm eventType,
    Octets eventSpecificInformation,
    LegId legId,
    MiscCallInfo miscCallInfo,
    List<UnknownElement> unknown)
    implements InapArgument {
  public EventReportBcsmArg {
    java.util.Objects.requireNonNull(eventType, "eventType");
    unknown = List.copyOf(unknown);
  }

  public static EventReportBcsmArg of(EventTypeBcsm type, LegId leg, MiscCallInfo info) {
    return new EventReportBcsmArg(type, null, leg, info, List.of());
  }

  /** Whether the SSF waits for instructions (messageType request, the default). */
  public boolean isRequest() {
    return miscCallInfo == null || !miscCallInfo.notification();
  }

  @Override
  public InapOperation operation() {
    return InapOperation.EVENT_REPORT_BCSM;
  }
}
