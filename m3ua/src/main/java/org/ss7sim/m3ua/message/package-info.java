/**
 * M3UA messages (RFC 4666 §3): the common header (§3.1), variable-length parameters (§3.2), one
 * record per message of the MGMT, Transfer, SSNM, ASPSM, ASPTM and RKM classes, and the codec
 * {@link org.ss7sim.m3ua.message.M3uaCodec}. Decoding is lossless: parameters not modelled for a
 * message are kept as {@link org.ss7sim.m3ua.message.Parameter}s and re-encoded after the modelled
 * ones. Malformed input raises one {@link org.ss7sim.wire.MalformedMessageException} whose spec
 * reference names the M3UA error code to answer with ({@link
 * org.ss7sim.m3ua.message.ErrorCode#of}).
 */
package org.ss7sim.m3ua.message;
