package org.ss7sim.inap.message;

import java.util.List;

/**
 * The argument of InitialDP (Q.1218 §6, opcode 0). The fields a number-translation service needs
 * are modelled; every other element (callingPartyBusinessGroupID, locationNumber, extensions, the
 * CAMEL additions …) is kept in {@link #unknown()}.
 *
 * <pre>
 * InitialDPArg ::= SEQUENCE {
 *   serviceKey             [0]  ServiceKey,                       -- INTEGER (0..2147483647)
 *   calledPartyNumber      [2]  CalledPartyNumber OPTIONAL,
 *   callingPartyNumber     [3]  CallingPartyNumber OPTIONAL,
 *   callingPartyBusinessGroupID [4] ... OPTIONAL,
 *   callingPartysCategory  [5]  CallingPartysCategory OPTIONAL,   -- OCTET STRING (SIZE (1))
 *   ...                    [6]..[27]
 *   eventTypeBCSM          [28] EventTypeBCSM OPTIONAL,
 *   redirectingPartyID     [29] ..., redirectionInformation [30] ..., ... }
 * </pre>
 *
 * @param calledPartyNumber null when absent
 * @param callingPartyNumber null when absent
 * @param callingPartysCategory the Q.763 §3.11 category octet, or -1 when absent
 * @param eventTypeBcsm null when absent
 */
public record InitialDpArg(
    long serviceKey,
    CalledPartyNumber calledPartyNumber,
    CallingPartyNumber callingPartyNumber,
    int callingPartysCategory,
    EventTypeBcsm eventTypeBcsm,
    List<UnknownElement> unknown)
    implements InapArgument {
  /** Ordinary calling subscriber (Q.763 §3.11). */
  public static final int CATEGORY_ORDINARY = 0x0a;

  public InitialDpArg {
    if (serviceKey < 0 || serviceKey > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("service key out of range: " + serviceKey);
    }
    if (callingPartysCategory < -1 || callingPartysCategory > 0xff) {
      throw new IllegalArgumentException("category out of range: " + callingPartysCategory);
    }
    unknown = List.copyOf(unknown);
  }

  /** An InitialDP at the collected-information DP from an ordinary subscriber. */
  public static InitialDpArg of(
      long serviceKey, CalledPartyNumber called, CallingPartyNumber calling) {
    return new InitialDpArg(
        serviceKey, called, calling, CATEGORY_ORDINARY, EventTypeBcsm.COLLECTED_INFO, List.of());
  }

  @Override
  public InapOperation operation() {
    return InapOperation.INITIAL_DP;
  }
}
