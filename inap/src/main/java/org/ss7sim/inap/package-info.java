/**
 * INAP CS-1 core over TCAP (ITU-T Q.1218, ETSI ETS 300 374-1): application context names and the
 * counters of the INAP layer. The operations are in {@code .message}, the TC-user side of an SSF (a
 * switch) in {@code .ssf}, of an SCF in {@code .scf}, and the number-translation service logic an
 * SCP runs in {@code .scp}.
 */
package org.ss7sim.inap;
