/**
 * The scenario engine: traffic sources started at their rate profiles (bounded in count and time)
 * from their originating nodes, timed events applied to the running network, a live progress line,
 * and the expectations that decide the exit status.
 */
package org.ss7sim.simulator.scenario;
