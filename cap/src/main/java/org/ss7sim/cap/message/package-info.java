/**
 * CAP operations and their arguments (TS 29.078): the gsmSSF ↔ gsmSCF call-control operations of
 * phase 2 (§6.1.1) and the SMS operations of phase 3 (§7.1.1), one immutable record per argument
 * type with its codec beside it, the data types they use (ISUP-format numbers, Q.850 causes,
 * charging characteristics and results, BCSM and SMS events), {@link
 * org.ss7sim.cap.message.CapOperation} (codes, classes, timers, errors), {@link
 * org.ss7sim.cap.message.CapError} and {@link org.ss7sim.cap.message.CapCodec}, the entry point.
 */
package org.ss7sim.cap.message;
