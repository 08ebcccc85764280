/**
 * CAMEL Application Part over TCAP (3GPP TS 29.078): application context names of phases 1–3, the
 * reading of received invokes and the counters; in {@code .message} the operations, their arguments
 * and lossless BER codecs; in {@code .ssf} the gsmSSF FSM and its shell, in {@code .scf} the gsmSCF
 * shell. See cap/README.md for how a simulator node uses them.
 */
package org.ss7sim.cap;
