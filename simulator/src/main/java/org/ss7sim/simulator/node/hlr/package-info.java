/**
 * The HLR node kind (DESIGN.md §3, TS 23.012, TS 29.002): the subscriber records of the network
 * file, location updating and cancellation, routing information for calls and short messages,
 * subscriber data to the VLR, and the message-waiting data that ends in alertServiceCentre.
 */
package org.ss7sim.simulator.node.hlr;
