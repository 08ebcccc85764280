/**
 * The switch (SSP) node kind (DESIGN.md §3 flows 1, 2 and 4): ISUP call control over the trunk
 * groups of the network file, simulated lines, the IN trigger towards an SCP, and the gateway MSC
 * procedure (SendRoutingInfo to the HLR) for calls to mobile numbers.
 */
package org.ss7sim.simulator.node.ssp;
