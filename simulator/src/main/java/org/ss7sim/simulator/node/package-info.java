/**
 * The node kinds of DESIGN.md §3, one package each, on top of their stacks: {@code node.hlr} (the
 * HLR), {@code node.msc} (MSC/VLR: mobility, mobile calls, USSD, MO short messages), {@code
 * node.ssp} (the switch: ISUP call control, simulated lines, the IN trigger, the gateway MSC
 * procedure), {@code node.scp} (INAP/CAMEL service logic, prepaid), {@code node.smsc} (the SMS
 * centre and its ESMEs), {@code node.sipgw} (the SIP ⇄ ISUP gateway) and {@code node.attacker} (the
 * SS7 attacker of docs/security.md). This package holds what several kinds share: the subscriber
 * directory ({@link org.ss7sim.simulator.node.Subscribers}), SCCP addresses, the ISUP trunk groups
 * of a switching node ({@link org.ss7sim.simulator.node.Trunks}), Q.850 causes, and the outcome of
 * one attempt as the scenario engine counts it ({@link org.ss7sim.simulator.node.Outcome}). The
 * kinds use this package, never each other (LayeringTest).
 */
package org.ss7sim.simulator.node;
