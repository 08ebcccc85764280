/**
 * {@code ss7sim demo} and {@code ss7sim run}: the network started, a scenario run through it, and
 * what the user sees (progress, ladders, summary table, JSON, pcap, HTML report).
 */
package org.ss7sim.simulator.demo;
