/**
 * TCAP components (Q.773 §3.2, table 8 to 16): Invoke, ReturnResult (last and not last),
 * ReturnError and Reject with their codec, and the component sublayer's invoke state machine (Q.774
 * §3.2.2, figure A.4).
 */
package org.ss7sim.tcap.component;
