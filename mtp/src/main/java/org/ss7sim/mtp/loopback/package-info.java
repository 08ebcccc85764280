/**
 * A direct in-process MTP network for exercising the layers above MTP (SCCP, TCAP, ISUP) without
 * M3UA: every attached signaling point can reach every other one, and tests pause and resume
 * destinations by hand. The simulator never uses it between nodes; there every message crosses
 * M3UA.
 */
package org.ss7sim.mtp.loopback;
