/**
 * Test fixtures of the TCAP layer shared with the layers above it (MAP, INAP) through the tcap
 * test-jar: the fake SCCP network.
 */
package org.ss7sim.tcap.testing;
