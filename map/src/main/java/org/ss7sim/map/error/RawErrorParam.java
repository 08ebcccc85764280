package org.ss7sim.map.error;

import org.ss7sim.wire.Octets;

/** A parameter of an error we do not model, kept as its whole BER element. */
public record RawErrorParam(Octets element) implements MapErrorParameter {}
