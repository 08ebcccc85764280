package org.ss7sim.isup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named counters of one ISUP instance, for the simulator to show. Owned by the instance's thread.
 */
public final class IsupCounters {
  long received;
  long sent;
  long decodeErrors;
  long tooShort;
  long unknownCic;
  long unknownMessageType;
  long confusionSent;
  long confusionReceived;
  long unequippedCicSent;
  long discarded;
  long internalErrors;

  /** Every counter by name, including those of call processing and supervision. */
  Map<String, Long> snapshot(
      long unexpectedCall,
      long unexpectedSupervision,
      long dualSeizures,
      long repeatAttempts,
      long maintenanceAlerts) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("received", received);
    m.put("sent", sent);
    m.put("decodeErrors", decodeErrors);
    m.put("tooShort", tooShort);
    m.put("unknownCic", unknownCic);
    m.put("unknownMessageType", unknownMessageType);
    m.put("confusionSent", confusionSent);
    m.put("confusionReceived", confusionReceived);
    m.put("unequippedCicSent", unequippedCicSent);
    m.put("discarded", discarded);
    m.put("internalErrors", internalErrors);
    m.put("unexpectedCallMessages", unexpectedCall);
    m.put("unexpectedSupervisionMessages", unexpectedSupervision);
    m.put("dualSeizures", dualSeizures);
    m.put("repeatAttempts", repeatAttempts);
    m.put("maintenanceAlerts", maintenanceAlerts);
    return m;
  }
}
