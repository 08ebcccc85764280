package org.ss7sim.cap.message;

import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.Codecs;

/**
 * {@code EventTypeBCSM ::= ENUMERATED} (TS 29.078 §5.1, CAP-datatypes): the detection points of the
 * O-BCSM (§4.4.2) and T-BCSM (§4.4.3). Phase 2 uses collectedInfo … oAbandon and
 * termAttemptAuthorized … tAbandon; phase 4 additions are not listed.
 */
public enum EventTypeBcsm {
  COLLECTED_INFO(2, "collectedInfo"),
  ANALYZED_INFORMATION(3, "analyzedInformation"),
  ROUTE_SELECT_FAILURE(4, "routeSelectFailure"),
  O_CALLED_PARTY_BUSY(5, "oCalledPartyBusy"),
  O_NO_ANSWER(6, "oNoAnswer"),
  O_ANSWER(7, "oAnswer"),
  O_MID_CALL(8, "oMidCall"),
  O_DISCONNECT(9, "oDisconnect"),
  O_ABANDON(10, "oAbandon"),
  TERM_ATTEMPT_AUTHORIZED(12, "termAttemptAuthorized"),
  T_BUSY(13, "tBusy"),
  T_NO_ANSWER(14, "tNoAnswer"),
  T_ANSWER(15, "tAnswer"),
  T_MID_CALL(16, "tMidCall"),
  T_DISCONNECT(17, "tDisconnect"),
  T_ABANDON(18, "tAbandon");

  /** The codec of the ENUMERATED; a value not listed here does not decode. */
  public static final BerCodec<EventTypeBcsm> CODEC =
      Codecs.enumerated("EventTypeBcsm", EventTypeBcsm::ofCode, EventTypeBcsm::code);

  private final int code;
  private final String specName;

  EventTypeBcsm(int code, String specName) {
    this.code = code;
    this.specName = specName;
  }

  public int code() {
    return code;
  }

  /** The name in TS 29.078. */
  public String specName() {
    return specName;
  }

  /** The value with this code, or null. */
  public static EventTypeBcsm ofCode(int code) {
    for (EventTypeBcsm v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }
}
