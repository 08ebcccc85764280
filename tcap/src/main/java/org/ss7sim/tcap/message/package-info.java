/**
 * TCAP messages (Q.773 §3.1, tables 1 to 7): Unidirectional, Begin, Continue, End and Abort with
 * their transaction ids, P-Abort causes, dialogue and component portions, and the codec.
 */
package org.ss7sim.tcap.message;
