/**
 * SMS transfer-layer PDUs (TS 23.040 §9.2) and the alphabets they carry (TS 23.038 §6).
 *
 * <p>{@link org.ss7sim.map.sms.SmsTpduCodec} decodes and encodes the six TPDUs (SMS-DELIVER,
 * SMS-DELIVER-REPORT, SMS-SUBMIT, SMS-SUBMIT-REPORT, SMS-STATUS-REPORT, SMS-COMMAND) losslessly;
 * the user data stays raw ({@link org.ss7sim.map.sms.UserData}) and is interpreted on demand with
 * its {@link org.ss7sim.map.sms.DataCodingScheme}. {@link org.ss7sim.map.sms.SmsSegmentation}
 * splits long texts into concatenated segments.
 */
package org.ss7sim.map.sms;
