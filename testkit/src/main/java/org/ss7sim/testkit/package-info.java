/**
 * Test helpers for every module: the repository's third-party test data ({@link
 * org.ss7sim.testkit.TestData}, {@link org.ss7sim.testkit.GoldenVectors}), a readable byte builder
 * ({@link org.ss7sim.testkit.Bytes}), a virtual clock and timer service ({@link
 * org.ss7sim.testkit.VirtualClock}), and the tshark runner ({@link org.ss7sim.testkit.Tshark}).
 */
package org.ss7sim.testkit;
