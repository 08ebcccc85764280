/**
 * The network file: nodes (SSP, STP, SCP, HLR, MSC/VLR, SMSC, ESME — DESIGN.md §3), their M3UA
 * links, MTP routes (Q.704 §2.3), SCCP global title translation rules (Q.714 §2.4), ISUP trunk
 * groups, HLR subscribers, SCP number translation and SMSC accounts, as immutable records; the
 * reader that binds them from YAML and fills in the defaults; and the validator that reports every
 * inconsistency with its place in the file.
 */
package org.ss7sim.simulator.config.network;
