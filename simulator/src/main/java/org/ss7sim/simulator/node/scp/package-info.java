/**
 * The SCP node kind (DESIGN.md §3 flow 2): INAP number translation from the network file's table,
 * and the prepaid service (INAP or CAMEL) with its balances and call gaps.
 */
package org.ss7sim.simulator.node.scp;
