/**
 * Bytes on the wire: the immutable {@link org.ss7sim.wire.Octets} value, bounds-checked {@link
 * org.ss7sim.wire.WireReader} and {@link org.ss7sim.wire.WireWriter}, BCD/TBCD digit strings,
 * tag-length-value padding helpers, and the one decode exception every layer throws, {@link
 * org.ss7sim.wire.MalformedMessageException}.
 *
 * <p>Every other module builds on this package; it depends on nothing but the JDK.
 */
package org.ss7sim.wire;
