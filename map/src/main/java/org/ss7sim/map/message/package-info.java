/**
 * MAP operation arguments and results (TS 29.002 §17.7 data types, operations of §17.6.1–§17.6.5):
 * one immutable record per parameter type, named after its ASN.1 type, each with its {@code CODEC}.
 *
 * <p>Every SEQUENCE keeps the components we do not model as {@link org.ss7sim.wire.ber.RawElement}s
 * and writes them back at their place, so decode → encode is byte-identical for definite-length
 * minimal encodings. v1/v2 forms that differ in shape (a bare IMSI or ISDN-AddressString instead of
 * a SEQUENCE) decode into the same record with {@code bareForm} set.
 */
package org.ss7sim.map.message;
