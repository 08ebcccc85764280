/**
 * SCCP management (Q.714 §5, messages Q.713 §5.3): subsystem allowed/prohibited (SSA, SSP), the
 * subsystem status test (SST) with its timer, coordinated state change (SOR/SOG), remote signaling
 * point status from MTP-PAUSE/RESUME, and the N-STATE / N-PCSTATE indications to local users.
 */
package org.ss7sim.sccp.scmg;
