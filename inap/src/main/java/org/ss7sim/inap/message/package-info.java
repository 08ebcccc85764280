/**
 * INAP CS-1 core operations (ITU-T Q.1218 §6, the IN-CS-1-Operations and IN-CS-1-Datatypes modules;
 * ETSI ETS 300 374-1 Core INAP): the argument records of the operations an SCP needs for number
 * translation, their BER codecs, operation and error codes, and the ISUP-format number and cause
 * values the arguments carry (Q.763 §3.9, §3.10, §3.12; Q.850 §2).
 *
 * <p>Decoding is lossless: elements of an argument SEQUENCE that are not modelled (extensions, CS-1
 * parameters we do not use, CAMEL additions) are kept with their position and re-encoded unchanged.
 */
package org.ss7sim.inap.message;
