/**
 * The SIP gateway node kind (docs/sip-gateway.md): {@link
 * org.ss7sim.simulator.node.sipgw.SipGatewayNode} carries out SIP ⇄ ISUP interworking, which is
 * pure code here: the mapping tables of ITU-T Q.1912.5 (profile C, SIP without encapsulated ISUP)
 * and 3GPP TS 29.163 (INVITE ⇄ IAM with number normalisation and presentation, 18x ⇄ ACM/CPG, 200 ⇄
 * ANM/CON, cause ⇄ status, BYE/CANCEL ⇄ REL) in {@link org.ss7sim.simulator.node.sipgw.IamMapping},
 * {@link org.ss7sim.simulator.node.sipgw.CauseMapping} and {@link
 * org.ss7sim.simulator.node.sipgw.ProgressMapping}, and {@link
 * org.ss7sim.simulator.node.sipgw.SipIsupCall}, the interworking state machine of one call from
 * either side, whose actions are requests of the sip module's {@code SipCalls} and the isup
 * module's {@code CallControl}.
 */
package org.ss7sim.simulator.node.sipgw;
