/**
 * Call processing (ITU-T Q.764 §2.1–§2.7, §2.9.1.4, §2.10.2): the per-circuit call state machine
 * for outgoing and incoming calls as a pure machine with a declared table ({@link
 * org.ss7sim.isup.call.CallStateMachine}) carried out by {@link
 * org.ss7sim.isup.call.CallProcessing}, overlap signalling with SAM, release from either side with
 * T1/T5, the call timers T7, T8, T9 and T33, dual seizure with automatic repeat attempt, and the
 * call-control interface the simulator's SSP uses ({@link org.ss7sim.isup.call.CallControl}, {@link
 * org.ss7sim.isup.call.CallControlUser}).
 */
package org.ss7sim.isup.call;
