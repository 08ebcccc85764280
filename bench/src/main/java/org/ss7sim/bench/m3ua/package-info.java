/**
 * M3UA benchmarks: codec operations per second, and DATA messages per second carried by one TCP
 * loopback association between an ASP node and an SGP node (each on its own event loop thread).
 */
package org.ss7sim.bench.m3ua;
