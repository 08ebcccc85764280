/**
 * The MAP service over TCAP (TS 29.002 §14–§16): dialogues per application context, operations as
 * TC-INVOKE with their results, errors and rejects mapped both ways, version fallback on an
 * application context refusal (§15.? "MAP-OPEN" / the version negotiation of §14.2), MAP v1
 * dialogues without a dialogue portion, and the empty TC-BEGIN for forwardSM messages too big for
 * one unsegmented SCCP message with the dialogue portion.
 *
 * <p>Bad input from the peer never reaches the MAP user as an exception: an unknown operation, a
 * parameter that does not decode, an error the operation cannot return are answered with a TCAP
 * Reject (Q.773 problem codes) and counted in {@link org.ss7sim.map.service.MapCounters}.
 */
package org.ss7sim.map.service;
