/**
 * Writes network and scenario files of a given size and shape ({@code ss7sim generate}): mated STP
 * pairs (Q.705 §2, quad D-links between pairs), switches, HLRs, MSCs and SMSCs attached to both
 * STPs of one pair, ISUP trunks between neighbouring switches, GTT rules on every STP. The output
 * is plain network-file YAML (docs/network-file.md) that {@code ss7sim validate} accepts.
 */
package org.ss7sim.simulator.generate;
