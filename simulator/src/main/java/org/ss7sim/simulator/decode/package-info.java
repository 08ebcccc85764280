/**
 * {@code ss7sim decode}: turns captures (pcap, pcapng) and hex files into one decoded message per
 * line, as text or as JSON objects keyed by layer (DESIGN.md §4).
 */
package org.ss7sim.simulator.decode;
