/**
 * The composition root: node kinds, networks and scenarios, interworking (SMPP ⇄ MAP, INAP ⇄ ISUP),
 * pcap tracing, reports and the command line. The only module that starts threads, reads the
 * environment or binds a logging backend.
 */
package org.ss7sim.simulator;
