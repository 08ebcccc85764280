/**
 * Threads and time for nodes: each node's protocol instances are owned by one {@link
 * org.ss7sim.simulator.runtime.NodeThread}, which runs their work and their timers in order, so
 * protocol code needs no locks (CONVENTIONS.md, Concurrency).
 */
package org.ss7sim.simulator.runtime;
