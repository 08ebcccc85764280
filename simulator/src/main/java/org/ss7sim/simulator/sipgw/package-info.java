/**
 * SIP ⇄ ISUP interworking of the SIP gateway node, as pure code: the mapping tables of ITU-T
 * Q.1912.5 (profile C, SIP without encapsulated ISUP) and 3GPP TS 29.163 (INVITE ⇄ IAM with number
 * normalisation and presentation, 18x ⇄ ACM/CPG, 200 ⇄ ANM/CON, cause ⇄ status, BYE/CANCEL ⇄ REL)
 * in {@link org.ss7sim.simulator.sipgw.IamMapping}, {@link org.ss7sim.simulator.sipgw.CauseMapping}
 * and {@link org.ss7sim.simulator.sipgw.ProgressMapping}, and {@link
 * org.ss7sim.simulator.sipgw.SipIsupCall}, the interworking state machine of one call from either
 * side, whose actions are requests of the sip module's {@code SipCalls} and the isup module's
 * {@code CallControl}. The node that carries them out is not wired yet (docs/sip-gateway.md).
 */
package org.ss7sim.simulator.sipgw;
