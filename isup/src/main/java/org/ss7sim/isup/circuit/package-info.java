/**
 * Circuit management and circuit supervision (ITU-T Q.764 §2.8–§2.10, §2.9.1.4): trunk groups of
 * circuits per remote point code, circuit selection and dual seizure control, maintenance and
 * hardware blocking (BLO/UBL, CGB/CGU), circuit and group reset (RSC, GRS), circuit group query
 * (CQM), the supervision timers T12–T23 and the configurable Q.764 timer values. This end's
 * blocking and reset of each circuit are pure state machines ({@link
 * org.ss7sim.isup.circuit.BlockingStateMachine}, {@link org.ss7sim.isup.circuit.ResetStateMachine})
 * carried out by {@link org.ss7sim.isup.circuit.CircuitSupervision}.
 */
package org.ss7sim.isup.circuit;
