/**
 * Table-driven, lossless BER codecs for CAP parameter types (X.690 with the IMPLICIT TAGS of the
 * CAP modules, TS 29.078 §5): a SEQUENCE is a table of modelled {@link org.ss7sim.cap.ber.Field}s
 * plus the tag order of its ASN.1 definition, and every element that is not modelled is kept as a
 * {@link org.ss7sim.cap.ber.RawElement} and written back in its place, so that decode → encode
 * reproduces the input. The same shape as the map module's codecs; cap has its own copy because
 * sibling modules do not import each other.
 */
package org.ss7sim.cap.ber;
