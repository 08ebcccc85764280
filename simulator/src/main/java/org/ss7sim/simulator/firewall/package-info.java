/**
 * A signalling firewall for the STP, after GSMA FS.11 (SS7 Interconnect Security Monitoring and
 * Firewall Guidelines): rules from the network file ({@link FirewallConfig}), matched first to last
 * against what {@link Peek} reads of a relayed message (SCCP addresses, the TCAP dialogue's
 * application context, the first MAP invoke and its subscriber identity), with the FS.11 category
 * checks ({@link Category}) as rules of their own. {@link RuleEngine} decides; {@link Firewall} is
 * the SCCP screening hook that carries the decision out, counts and logs it.
 */
package org.ss7sim.simulator.firewall;
