/**
 * JMH benchmarks of the SCCP layer: message codec, global title translation, and an STP relaying a
 * UDT (decode, translate, re-encode) over the loopback MTP.
 */
package org.ss7sim.bench.sccp;
