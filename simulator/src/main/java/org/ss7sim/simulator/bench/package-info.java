/**
 * {@code ss7sim bench}: the demo network (or the user's), the load generator and every node in one
 * JVM, open-loop load at a fixed rate or searched for the highest rate within a latency bound, with
 * the conditions of the machine printed beside every figure.
 */
package org.ss7sim.simulator.bench;
