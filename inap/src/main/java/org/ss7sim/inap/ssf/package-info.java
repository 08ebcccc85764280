/**
 * The SSF side of INAP CS-1 over TCAP (Q.1218 §6; SSF procedures of Q.1214 §4.2.1): the IN trigger
 * of a switch, the query (InitialDP in a TC-BEGIN) with its response timer, and the decision the
 * switch applies to the call (route to a new number, continue, or release with a cause).
 */
package org.ss7sim.inap.ssf;
