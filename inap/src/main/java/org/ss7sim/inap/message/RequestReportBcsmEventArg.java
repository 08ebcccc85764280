package org.ss7sim.inap.message;

import java.util.List;

/**
 * The argument of RequestReportBCSMEvent (Q.1218 §6, opcode 23).
 *
 * <pre>
 * RequestReportBCSMEventArg ::= SEQUENCE {
 *   bcsmEvents             [0] SEQUENCE SIZE (1..numOfBCSMEvents) OF BCSMEvent,
 *   bcsmEventCorrelationID [1] CorrelationID OPTIONAL,     -- kept as unknown
 *   extensions             [2] ... OPTIONAL,               -- kept as unknown
 *   ... }
 * </pre>
 */
public record RequestReportBcsmEventArg(List<BcsmEvent> bcsmEvents, List<UnknownElement> unknown)
    implements InapArgument {
  public RequestReportBcsmEventArg {
    bcsmEvents = List.copyOf(bcsmEvents);
    if (bcsmEvents.isEmpty()) {
      throw new IllegalArgumentException("bcsmEvents needs at least one event");
    }
    unknown = List.copyOf(unknown);
  }

  public static RequestReportBcsmEventArg of(BcsmEvent... events) {
    return new RequestReportBcsmEventArg(List.of(events), List.of());
  }

  @Override
  public InapOperation operation() {
    return InapOperation.REQUEST_REPORT_BCSM_EVENT;
  }
}
