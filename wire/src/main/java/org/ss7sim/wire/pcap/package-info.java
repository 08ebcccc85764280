/**
 * Packet capture files: {@link org.ss7sim.wire.pcap.PcapWriter} frames every signaling message as
 * Ethernet + IPv4 + SCTP with one DATA chunk (RFC 4960 §3.3.1; PPID 3 for M3UA, RFC 4666 §1.4.8) or
 * as a TCP segment (SMPP), so that Wireshark and tshark dissect it; {@link
 * org.ss7sim.wire.pcap.PcapReader} reads classic pcap (either byte order, micro- or nanosecond
 * timestamps) and pcapng Enhanced Packet Blocks and yields the SCTP DATA and TCP payloads.
 */
package org.ss7sim.wire.pcap;
