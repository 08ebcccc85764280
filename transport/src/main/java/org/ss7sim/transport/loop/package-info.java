/**
 * Netty event loops as the owning threads of protocol instances: a factory for event loop groups
 * (called by the simulator, which decides how many threads exist) and a {@link
 * org.ss7sim.wire.time.TimerService} whose timers fire on a given event loop.
 */
package org.ss7sim.transport.loop;
