/**
 * A small BER toolkit (ITU-T X.690 §8) for TCAP, MAP, CAP and INAP.
 *
 * <p>{@link org.ss7sim.wire.ber.BerReader} is a cursor over an {@link org.ss7sim.wire.Octets}: it
 * decodes identifier and length octets (§8.1.2, §8.1.3, high tag numbers, short and long definite
 * lengths, indefinite lengths), hands out values as views over the input, and skips elements the
 * caller does not ask for. {@link org.ss7sim.wire.ber.BerWriter} writes definite lengths in the
 * minimal form by reserving one length octet and back-patching it. Tags are plain {@code int}s
 * built by {@link org.ss7sim.wire.ber.BerTag}.
 *
 * <p>On top of them, table-driven lossless codecs for the parameter types of MAP and CAP (X.690
 * with the IMPLICIT TAGS of TS 29.002 §17 and TS 29.078 §5): a {@link org.ss7sim.wire.ber.BerCodec}
 * per type, the basic types in {@link org.ss7sim.wire.ber.Codecs}, and {@link
 * org.ss7sim.wire.ber.SequenceCodec}, which reads a SEQUENCE as a table of modelled {@link
 * org.ss7sim.wire.ber.Field}s plus the tag order of its ASN.1 definition; every element that is not
 * modelled is kept as a {@link org.ss7sim.wire.ber.RawElement} and written back in its place
 * ({@link org.ss7sim.wire.ber.SequenceOut}), so that decode → encode reproduces the input.
 */
package org.ss7sim.wire.ber;
