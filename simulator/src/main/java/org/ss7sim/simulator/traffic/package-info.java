/**
 * The kinds of traffic a scenario generates, one class each behind the sealed {@link
 * org.ss7sim.simulator.traffic.Traffic}: what one attempt of the kind does at its originating node
 * and when it counts as succeeded or failed. {@link org.ss7sim.simulator.traffic.Traffic#of} is the
 * one place a kind is registered (an exhaustive switch over {@code TrafficKind}).
 */
package org.ss7sim.simulator.traffic;
