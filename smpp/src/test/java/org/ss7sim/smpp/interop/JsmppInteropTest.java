package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.wire.Octets;

/**
 * jSMPP 3.0.1 binds as a transceiver to our server, submits every kind of message, and gets
 * receipts.
 */
class JsmppInteropTest {
  private SmscFixture fixture;
  private SMPPSession session;
  private final Map<String, String> receiptTextIds = new ConcurrentHashMap<>();
  private final List<String> receiptIds = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    fixture = new SmscFixture();
    session = new SMPPSession();
    session.setMessageReceiverListener(
        new MessageReceiverListener() {
          @Override
          public void onAcceptDeliverSm(DeliverSm d) throws ProcessRequestException {
            if (d.isSmscDeliveryReceipt()) {
              OptionalParameter id =
                  d.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
              String tlvId = ((OptionalParameter.COctetString) id).getValueAsString();
              try {
                receiptTextIds.put(tlvId, d.getShortMessageAsDeliveryReceipt().getId());
              } catch (Exception e) {
                receiptTextIds.put(tlvId, "unparsable: " + e);
              }
              receiptIds.add(tlvId); // last: the test thread waits on this list
            }
          }

          @Override
          public void onAcceptAlertNotification(AlertNotification a) {}

          @Override
          public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm d, Session s) {
            return null;
          }
        });
    session.connectAndBind(
        "127.0.0.1",
        fixture.port(),
        new BindParameter(
            BindType.BIND_TRX,
            "esme1",
            "secret",
            "",
            TypeOfNumber.UNKNOWN,
            NumberingPlanIndicator.UNKNOWN,
            null),
        5000);
  }

  @AfterEach
  void stop() {
    session.unbindAndClose();
    fixture.close();
  }

  @Test
  void short_long_and_ucs2_submits_get_receipts_whose_ids_match_the_submit_responses()
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (TestMessages.Message m : TestMessages.all()) {
      List<OptionalParameter> tlvs = new ArrayList<>();
      m.tlvs()
          .forEach(
              (tag, value) -> tlvs.add(new OptionalParameter.OctetString(tag.shortValue(), value)));
      String id =
          session
              .submitShortMessage(
                  "",
                  TypeOfNumber.INTERNATIONAL,
                  NumberingPlanIndicator.ISDN,
                  TestMessages.SOURCE,
                  TypeOfNumber.INTERNATIONAL,
                  NumberingPlanIndicator.ISDN,
                  TestMessages.DEST,
                  new ESMClass(m.esmClass()),
                  (byte) 0,
                  (byte) 1,
                  null,
                  null,
                  new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                  (byte) 0,
                  new org.jsmpp.bean.RawDataCoding((byte) m.dataCoding()),
                  (byte) 0,
                  m.shortMessage(),
                  tlvs.toArray(new OptionalParameter[0]))
              .getMessageId();
      ids.add(id);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (receiptIds.size() < ids.size() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      TimeUnit.MILLISECONDS.sleep(5);
    }
    assertThat(receiptIds).containsExactlyInAnyOrderElementsOf(ids);
    for (String id : ids) {
      assertThat(receiptTextIds.get(id)).isEqualTo(id);
    }
    checkStored(fixture.smsc, ids);
  }

  @Test
  void a_submit_with_an_over_long_validity_period_is_refused_and_the_session_survives()
      throws Exception {
    try {
      session.submitShortMessage(
          "",
          TypeOfNumber.INTERNATIONAL,
          NumberingPlanIndicator.ISDN,
          TestMessages.SOURCE,
          TypeOfNumber.INTERNATIONAL,
          NumberingPlanIndicator.ISDN,
          TestMessages.DEST,
          new ESMClass(),
          (byte) 0,
          (byte) 1,
          null,
          "999999999999999X",
          new RegisteredDelivery(),
          (byte) 0,
          new org.jsmpp.bean.RawDataCoding((byte) 0),
          (byte) 0,
          TestMessages.ascii("x"));
      throw new AssertionError("expected a negative response");
    } catch (NegativeResponseException e) {
      assertThat(e.getCommandStatus()).isEqualTo(CommandStatus.INVALID_EXPIRY_TIME.code());
    }
    assertThat(
            session
                .submitShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    TestMessages.SOURCE,
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    TestMessages.DEST,
                    new ESMClass(),
                    (byte) 0,
                    (byte) 1,
                    null,
                    null,
                    new RegisteredDelivery(),
                    (byte) 0,
                    new org.jsmpp.bean.RawDataCoding((byte) 0),
                    (byte) 0,
                    TestMessages.ascii("after"))
                .getMessageId())
        .isNotEmpty();
  }

  /** What the SMSC stored is what was sent: payload, data_coding, UDHI and the sar TLVs. */
  static void checkStored(MemorySmsc smsc, List<String> ids) {
    List<MemorySmsc.Stored> stored = smsc.messages();
    List<TestMessages.Message> sent = TestMessages.all();
    assertThat(stored).hasSize(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      TestMessages.Message m = sent.get(i);
      MemorySmsc.Stored s = stored.get(i);
      assertThat(s.messageId()).isEqualTo(ids.get(i));
      assertThat(s.submission().dataCoding().value()).as(m.name()).isEqualTo(m.dataCoding());
      assertThat(s.submission().esmClass().udhi()).as(m.name()).isEqualTo(m.esmClass() == 0x40);
      byte[] expected = m.tlvs().containsKey(0x0424) ? m.tlvs().get(0x0424) : m.shortMessage();
      assertThat(s.submission().payload()).as(m.name()).isEqualTo(Octets.wrap(expected));
      if (m.tlvs().containsKey(0x020F)) {
        assertThat(s.submission().tlvs().find(TlvTag.SAR_SEGMENT_SEQNUM).orElseThrow().value())
            .isEqualTo(Octets.wrap(m.tlvs().get(0x020F)));
        assertThat(s.submission().tlvs().find(TlvTag.SAR_MSG_REF_NUM).orElseThrow().unsigned())
            .isEqualTo(7);
      }
    }
  }
}
