/**
 * A small BER toolkit (ITU-T X.690 §8) for TCAP, MAP and INAP.
 *
 * <p>{@link org.ss7sim.wire.ber.BerReader} is a cursor over an {@link org.ss7sim.wire.Octets}: it
 * decodes identifier and length octets (§8.1.2, §8.1.3, high tag numbers, short and long definite
 * lengths, indefinite lengths), hands out values as views over the input, and skips elements the
 * caller does not ask for. {@link org.ss7sim.wire.ber.BerWriter} writes definite lengths in the
 * minimal form by reserving one length octet and back-patching it. Tags are plain {@code int}s
 * built by {@link org.ss7sim.wire.ber.BerTag}.
 */
package org.ss7sim.wire.ber;
