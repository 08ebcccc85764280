package org.ss7sim.smpp.server;

import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.EsmClass;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.SmppTime;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.wire.Octets;

/**
 * One message an ESME submitted (submit_sm, data_sm, or one destination of submit_multi), as the
 * SMSC node receives it. Times are parsed; {@code null} means none was given.
 *
 * @param payload short_message, or message_payload when that TLV is present
 * @param request the PDU as received
 */
public record Submission(
    EsmeBind bind,
    Address source,
    Address destination,
    EsmClass esmClass,
    int protocolId,
    int priorityFlag,
    SmppTime scheduleDeliveryTime,
    SmppTime validityPeriod,
    RegisteredDelivery registeredDelivery,
    DataCoding dataCoding,
    Octets payload,
    Tlvs tlvs,
    Pdu request) {}
