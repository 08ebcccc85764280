/**
 * The application layer: what the commands start. {@link org.ss7sim.simulator.app.Run} ({@code
 * ss7sim demo} and {@code ss7sim run}: the network started, a scenario run through it, and what the
 * user sees — progress, ladders, summary table, JSON, pcap, HTML report), {@link
 * org.ss7sim.simulator.app.Service} (a long-running network: {@code ss7sim node} and the control
 * API), {@link org.ss7sim.simulator.app.NodeKinds} (the logic of each node kind, the one place that
 * knows every {@code node.<kind>} package) and the signal handling of a run. It may use every other
 * package of the simulator; none uses it.
 */
package org.ss7sim.simulator.app;
