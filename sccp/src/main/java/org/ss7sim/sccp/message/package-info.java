/**
 * Connectionless SCCP messages (Q.713 §4.10–§4.19): UDT, UDTS, XUDT, XUDTS, LUDT and LUDTS as
 * immutable records in the sealed family {@link org.ss7sim.sccp.message.SccpMessage}, their
 * parameters (Q.713 §3) and the stateless {@link org.ss7sim.sccp.message.SccpMessageCodec}.
 * Connection-oriented messages (CR, CC, DT1 …) are recognised by type and refused.
 */
package org.ss7sim.sccp.message;
