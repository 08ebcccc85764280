/**
 * The SCF side of INAP CS-1 over TCAP (Q.1218 §6, Q.1214 SCF procedures): accepts dialogues that
 * start with InitialDP, asks the service logic what to do and answers with Connect, Continue or
 * ReleaseCall (or a ReturnError/Reject for bad input).
 */
package org.ss7sim.inap.scf;
