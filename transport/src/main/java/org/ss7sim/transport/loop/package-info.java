/**
 * Netty event loops as the owning threads of protocol instances: a factory for event loop groups
 * (called by the simulator, which decides how many threads exist) and a {@link
 * org.ss7sim.wire.time.TimerService} whose timers fire on a given event loop; and {@link
 * org.ss7sim.transport.loop.VirtualTime}, the discrete-event clock that replaces them all in a
 * virtual-time run.
 */
package org.ss7sim.transport.loop;
