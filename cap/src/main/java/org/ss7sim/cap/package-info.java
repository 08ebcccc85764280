/**
 * CAMEL Application Part over TCAP (3GPP TS 29.078): application context names of phases 1–3 and,
 * in {@code .message}, the operations, their arguments and lossless BER codecs. The gsmSSF call
 * state machine and a service shell over TCAP are not here yet; see cap/README.md.
 */
package org.ss7sim.cap;
