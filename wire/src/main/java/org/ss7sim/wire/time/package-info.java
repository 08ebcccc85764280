/**
 * Injected time: every protocol machine reads the clock and starts its timers (T(r), T1, T7,
 * invocation timers, enquire_link …) through a {@link org.ss7sim.wire.time.TimerService}, so tests
 * drive time with a virtual clock and production runs timers on the thread that owns the protocol
 * instance.
 */
package org.ss7sim.wire.time;
