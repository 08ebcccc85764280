package org.ss7sim.smpp.pdu;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * One PDU of every type, as a plausible session in order: ESME requests and SMSC answers. Test
 * numbers only.
 */
final class SampleSession {
  private SampleSession() {}

  /** A PDU and whether the ESME sent it (else the SMSC). */
  record Step(boolean fromEsme, Pdu pdu) {}

  static final Address ESME_NUMBER = Address.international("0015550100");
  static final Address SUBSCRIBER = Address.international("0015550199");

  static List<Step> steps() {
    CommandStatus ok = CommandStatus.OK;
    SubmitSm submit =
        SubmitSm.of(ESME_NUMBER, SUBSCRIBER, DataCoding.SMSC_DEFAULT, ascii("Hello SS7"))
            .withRegisteredDelivery(RegisteredDelivery.RECEIPT)
            .withSequence(2)
            .withTlvs(
                Tlvs.of(
                    Tlv.u16(TlvTag.USER_MESSAGE_REFERENCE, 0x1234),
                    Tlv.u16(TlvTag.SOURCE_PORT, 9200),
                    Tlv.u16(TlvTag.DESTINATION_PORT, 9201),
                    Tlv.u8(TlvTag.PAYLOAD_TYPE, 0)));
    SubmitSm ucs2 =
        new SubmitSm(
            ok,
            3,
            new ShortMessageBody(
                "CMT",
                ESME_NUMBER,
                SUBSCRIBER,
                new EsmClass(EsmClass.MODE_STORE_AND_FORWARD),
                0,
                1,
                "260101120000000+",
                "000001000000000R",
                RegisteredDelivery.RECEIPT,
                0,
                DataCoding.UCS2,
                0,
                Octets.wrap("Grüße ✓".getBytes(StandardCharsets.UTF_16BE)),
                Tlvs.of(
                    Tlv.u16(TlvTag.SAR_MSG_REF_NUM, 7),
                    Tlv.u8(TlvTag.SAR_TOTAL_SEGMENTS, 2),
                    Tlv.u8(TlvTag.SAR_SEGMENT_SEQNUM, 1),
                    Tlv.u8(TlvTag.MORE_MESSAGES_TO_SEND, 1))));
    Instant t = Instant.parse("2026-01-01T10:00:00Z");
    DeliverSm receipt =
        new DeliveryReceipt(
                "1a2b", 1, 1, t, t.plusSeconds(60), MessageState.DELIVERED, 0, "Hello SS7")
            .toDeliverSm(SUBSCRIBER, ESME_NUMBER)
            .withSequence(1);
    DeliverSm failed =
        new DeliveryReceipt("1a2c", 1, 0, t, t.plusSeconds(60), MessageState.UNDELIVERABLE, 27, "x")
            .toDeliverSm(SUBSCRIBER, ESME_NUMBER)
            .withSequence(2);
    DataSm data =
        new DataSm(
            ok,
            9,
            "",
            ESME_NUMBER,
            SUBSCRIBER,
            EsmClass.DEFAULT,
            RegisteredDelivery.NONE,
            DataCoding.OCTET_UNSPECIFIED,
            Tlvs.of(Tlv.of(TlvTag.MESSAGE_PAYLOAD, ascii("binary-ish payload"))));
    SubmitMulti multi =
        new SubmitMulti(
            ok,
            10,
            "",
            ESME_NUMBER,
            List.of(
                new MultiDestination.Sme(SUBSCRIBER),
                new MultiDestination.Sme(Address.international("0015550198")),
                new MultiDestination.DistributionList("staff")),
            EsmClass.DEFAULT,
            0,
            0,
            "",
            "",
            RegisteredDelivery.NONE,
            0,
            DataCoding.SMSC_DEFAULT,
            0,
            ascii("to many"),
            Tlvs.EMPTY);
    return List.of(
        new Step(true, new BindTransceiver(ok, 1, "esme1", "secret", "", 0x34, Address.EMPTY)),
        new Step(
            false,
            new BindTransceiverResp(
                ok, 1, "SS7SIM", Tlvs.of(Tlv.u8(TlvTag.SC_INTERFACE_VERSION, 0x34)))),
        new Step(true, submit),
        new Step(false, new SubmitSmResp(ok, 2, "1a2b", Tlvs.EMPTY)),
        new Step(true, ucs2),
        new Step(false, new SubmitSmResp(CommandStatus.THROTTLED, 3, null, Tlvs.EMPTY)),
        new Step(false, receipt),
        new Step(true, new DeliverSmResp(ok, 1, "", Tlvs.EMPTY)),
        new Step(false, failed),
        new Step(true, new DeliverSmResp(ok, 2, "", Tlvs.EMPTY)),
        new Step(true, new EnquireLink(ok, 4)),
        new Step(false, new EnquireLinkResp(ok, 4)),
        new Step(true, new QuerySm(ok, 5, "1a2b", ESME_NUMBER)),
        new Step(
            false,
            new QuerySmResp(ok, 5, "1a2b", "260101100100000+", MessageState.DELIVERED.code(), 0)),
        new Step(true, new CancelSm(ok, 6, "", "1a2b", ESME_NUMBER, SUBSCRIBER)),
        new Step(false, new CancelSmResp(CommandStatus.CANCEL_FAILED, 6)),
        new Step(
            true,
            new ReplaceSm(
                ok,
                7,
                "1a2b",
                ESME_NUMBER,
                "",
                "000002000000000R",
                RegisteredDelivery.NONE,
                0,
                ascii("replaced"),
                Tlvs.EMPTY)),
        new Step(false, new ReplaceSmResp(ok, 7)),
        new Step(true, data),
        new Step(false, new DataSmResp(ok, 9, "1a2d", Tlvs.EMPTY)),
        new Step(true, multi),
        new Step(
            false,
            new SubmitMultiResp(
                ok,
                10,
                "1a2e",
                List.of(
                    new UnsuccessfulDelivery(
                        Address.international("0015550198"), CommandStatus.INVALID_DEST_ADDRESS)),
                Tlvs.EMPTY)),
        new Step(
            false,
            new AlertNotification(
                ok, 3, SUBSCRIBER, ESME_NUMBER, Tlvs.of(Tlv.u8(TlvTag.MS_AVAILABILITY_STATUS, 0)))),
        new Step(true, new UnknownPdu(0x110, ok, 11, Octets.EMPTY)),
        new Step(false, new GenericNack(CommandStatus.INVALID_COMMAND_ID, 11)),
        new Step(false, new Outbind(ok, 4, "SS7SIM", "secret")),
        new Step(true, new Unbind(ok, 12)),
        new Step(false, new UnbindResp(ok, 12)));
  }

  static Octets ascii(String s) {
    return Octets.wrap(s.getBytes(StandardCharsets.US_ASCII));
  }
}
