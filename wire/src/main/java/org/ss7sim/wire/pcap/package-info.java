/**
 * Packet capture files. {@link org.ss7sim.wire.pcap.PcapWriter} frames every signaling message as
 * Ethernet + IPv4 + SCTP DATA chunks (RFC 4960 §3.3.1; PPID 3 for M3UA, RFC 4666 §1.4.8) or as a
 * TCP segment (SMPP), so that Wireshark and tshark dissect it.
 *
 * <p>Reading is a pipeline that holds one record at a time: {@link org.ss7sim.wire.pcap.PcapReader}
 * yields the records of a classic pcap (either byte order, micro- or nanosecond timestamps) or
 * pcapng file and names the frame where a file is damaged; {@link
 * org.ss7sim.wire.pcap.FrameDissector} takes a frame apart down to SCTP DATA chunks or a TCP
 * segment, or says why there is nothing to read; {@link org.ss7sim.wire.pcap.CaptureStream} joins
 * fragmented SCTP user messages (RFC 4960 §6.9) and cuts TCP streams into SMPP or M3UA PDUs, with
 * bounded buffers, and reports every frame as {@link org.ss7sim.wire.pcap.CaptureEvent}s.
 */
package org.ss7sim.wire.pcap;
