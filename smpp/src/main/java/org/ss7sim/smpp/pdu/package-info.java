/**
 * SMPP 3.4 PDUs (and the SMPP 5.0 TLVs and statuses people use): one immutable record per PDU in
 * the sealed {@link org.ss7sim.smpp.pdu.Pdu} family, the {@link org.ss7sim.smpp.pdu.CommandId}
 * codes, the open {@link org.ss7sim.smpp.pdu.CommandStatus}, field values (addresses, esm_class,
 * registered_delivery, data_coding, SMPP times) and the stateless {@link
 * org.ss7sim.smpp.pdu.PduCodec}.
 *
 * <p>Spec: SMPP v3.4 (issue 1.2) §3 (PDU format, C-Octet strings, TLVs), §4 (PDU definitions), §5
 * (field definitions, command_status, TLV tags), §7 (time format); SMPP v5.0 §4.7 for added TLVs.
 * Decoding is lossless: TLVs, including unknown ones, are kept in wire order, and PDUs with an
 * unknown command_id are kept as {@link org.ss7sim.smpp.pdu.UnknownPdu}.
 */
package org.ss7sim.smpp.pdu;
