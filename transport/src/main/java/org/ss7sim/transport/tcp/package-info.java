/**
 * M3UA over TCP: each message is framed by the 32-bit message length at offset 4 of the M3UA common
 * header (RFC 4666 §3.1), as jSS7 and Osmocom offer. No streams or PPID on the wire; received
 * messages report stream 0 and PPID 3. Clients reconnect with back-off.
 */
package org.ss7sim.transport.tcp;
