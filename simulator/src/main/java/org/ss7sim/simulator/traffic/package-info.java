/**
 * The kinds of traffic a scenario generates, one class each behind the sealed {@link
 * org.ss7sim.simulator.traffic.Traffic}: the kind's file syntax and what one attempt of the kind
 * does at its originating node, and when it counts as succeeded or failed. Each class declares its
 * {@link org.ss7sim.simulator.traffic.Kind}; {@link org.ss7sim.simulator.traffic.Kinds#ALL} is the
 * one list of kinds, used by the scenario reader and the runner.
 */
package org.ss7sim.simulator.traffic;
