package org.ss7sim.cap.message;

import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.Codecs;

/**
 * {@code EventTypeSMS ::= ENUMERATED} (TS 29.078 §7.1, CAP-datatypes): the detection points of the
 * MO SMS state model (§4.6.1: sms-CollectedInfo, o-smsFailure, o-smsSubmission) and of the MT one
 * (sms-DeliveryRequested, t-smsFailure, t-smsDelivery; phase 4).
 */
public enum EventTypeSms {
  SMS_COLLECTED_INFO(1, "sms-CollectedInfo"),
  O_SMS_FAILURE(2, "o-smsFailure"),
  O_SMS_SUBMISSION(3, "o-smsSubmission"),
  SMS_DELIVERY_REQUESTED(11, "sms-DeliveryRequested"),
  T_SMS_FAILURE(12, "t-smsFailure"),
  T_SMS_DELIVERY(13, "t-smsDelivery");

  /** The codec of the ENUMERATED; a value not listed here does not decode. */
  public static final BerCodec<EventTypeSms> CODEC =
      Codecs.enumerated("EventTypeSms", EventTypeSms::ofCode, EventTypeSms::code);

  private final int code;
  private final String specName;

  EventTypeSms(int code, String specName) {
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
  public static EventTypeSms ofCode(int code) {
    for (EventTypeSms v : values()) {
      if (v.code == code) {
        return v;
      }
    }
    return null;
  }
}
