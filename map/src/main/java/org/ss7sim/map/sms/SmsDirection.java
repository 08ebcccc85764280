package org.ss7sim.map.sms;

/**
 * Which way a TPDU travels; TP-MTI alone does not tell an SMS-DELIVER from an SMS-DELIVER-REPORT
 * (TS 23.040 §9.2.3.1), so the decoder needs it.
 */
public enum SmsDirection {
  /** Service centre to mobile station: DELIVER, SUBMIT-REPORT, STATUS-REPORT. */
  TO_MOBILE,
  /** Mobile station to service centre: SUBMIT, DELIVER-REPORT, COMMAND. */
  FROM_MOBILE
}
