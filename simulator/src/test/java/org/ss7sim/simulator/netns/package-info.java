/**
 * Runs a network as separate {@code ss7sim node} processes in separate Linux network namespaces
 * joined by veth pairs to a bridge in a namespace of its own (addresses 10.99.0.0/24 exist only
 * inside those namespaces; the host's interfaces are never touched).
 */
package org.ss7sim.simulator.netns;
