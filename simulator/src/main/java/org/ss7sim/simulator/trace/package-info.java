/**
 * What the simulator records of a run: every message a node sends or receives, written to a pcap
 * (M3UA as IPv4/SCTP DATA, SMPP as TCP) and kept per flow for ladder diagrams.
 */
package org.ss7sim.simulator.trace;
