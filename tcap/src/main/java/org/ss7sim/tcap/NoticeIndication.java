package org.ss7sim.tcap;

import org.ss7sim.sccp.ReturnCause;

/** TC-NOTICE indication (Q.771 §3.2.2.3): SCCP could not deliver a message of the dialogue. */
public record NoticeIndication(Dialogue dialogue, ReturnCause reportCause) {}
