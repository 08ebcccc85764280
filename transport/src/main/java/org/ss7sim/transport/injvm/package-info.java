/**
 * In-JVM associations: two endpoints in one process hand whole messages to each other, in order per
 * stream, with optional injected delay and loss ({@link org.ss7sim.transport.injvm.InJvmFaults}).
 * Up/down/reconnect behave as for TCP and SCTP clients and servers.
 */
package org.ss7sim.transport.injvm;
