/**
 * {@code ss7sim decode}: turns captures (pcap, pcapng) and hex files into one decoded line per
 * message, as text or as JSON objects keyed by layer (DESIGN.md §4), streamed as the file is read,
 * with a reason for every frame that holds no message and a summary ({@link
 * org.ss7sim.simulator.decode.CaptureDecoder}).
 *
 * <p>{@link org.ss7sim.simulator.decode.StackDecoder} is the one layered decoder of the simulator:
 * M3UA/M2PA → MTP3 → SCCP → TCAP → MAP, INAP, CAP and ISUP, and SMPP; its {@link
 * org.ss7sim.simulator.decode.StackDecoder#label} is the cheap one-line form ladders show. Which
 * TCAP user reads a dialogue is decided by {@code TcapUser} (application context name, transaction,
 * then SSN).
 */
package org.ss7sim.simulator.decode;
