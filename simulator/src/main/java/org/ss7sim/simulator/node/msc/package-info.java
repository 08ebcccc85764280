/**
 * The MSC/VLR node kind (DESIGN.md §3): the VLR's location updating towards the HLR, handsets on
 * the MSC's lines, mobile-originated and -terminated calls (with CAMEL triggers), MT short messages
 * from the SMSC, MO short messages towards it, and USSD.
 */
package org.ss7sim.simulator.node.msc;
