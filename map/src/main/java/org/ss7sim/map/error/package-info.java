/**
 * MAP errors (TS 29.002 §17.6.6 error codes, §17.7.7 error parameters): {@link
 * org.ss7sim.map.error.MapErrorCode} with each error's parameter codec, and {@link
 * org.ss7sim.map.error.MapError} as it travels in a TCAP ReturnError.
 */
package org.ss7sim.map.error;
