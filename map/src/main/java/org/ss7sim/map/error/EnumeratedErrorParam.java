package org.ss7sim.map.error;

/**
 * The bare ENUMERATED alternative of CallBarredParam (callBarringCause) and SystemFailureParam
 * (networkResource), the form MAP v1/v2 peers send (TS 29.002 §17.7.7).
 */
public record EnumeratedErrorParam(int value) implements MapErrorParameter {}
