package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.type.Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.DeliveryReceipt;

/**
 * Cloudhopper (ch-smpp 5.0.9) binds as a transceiver to our server, submits every kind of message,
 * gets receipts.
 */
class CloudhopperInteropTest {
  private SmscFixture fixture;
  private ExecutorService executor;
  private DefaultSmppClient client;
  private SmppSession session;
  private final List<String> receiptIds = new CopyOnWriteArrayList<>();
  private final Map<String, String> receiptTextIds = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    fixture = new SmscFixture();
    executor = Executors.newCachedThreadPool();
    client = new DefaultSmppClient(executor, 1);
    SmppSessionConfiguration config = new SmppSessionConfiguration();
    config.setName("cloudhopper-test");
    config.setType(SmppBindType.TRANSCEIVER);
    config.setHost("127.0.0.1");
    config.setPort(fixture.port());
    config.setSystemId("esme2");
    config.setPassword("secret");
    config.setWindowSize(8);
    config.setConnectTimeout(5000);
    config.setBindTimeout(5000);
    config.setRequestExpiryTimeout(5000);
    session =
        client.bind(
            config,
            new DefaultSmppSessionHandler() {
              @Override
              @SuppressWarnings("rawtypes") // Cloudhopper's listener method takes a raw PduRequest
              public PduResponse firePduRequestReceived(PduRequest request) {
                if (request instanceof DeliverSm d && (d.getEsmClass() & 0x3c) == 0x04) {
                  Tlv tlv = d.getOptionalParameter(SmppConstants.TAG_RECEIPTED_MSG_ID);
                  byte[] v = tlv.getValue();
                  String id =
                      new String(
                          v,
                          0,
                          v[v.length - 1] == 0 ? v.length - 1 : v.length,
                          StandardCharsets.US_ASCII);
                  DeliveryReceipt r =
                      DeliveryReceipt.parse(
                          new String(d.getShortMessage(), StandardCharsets.ISO_8859_1));
                  receiptTextIds.put(id, r == null ? "unparsable" : r.messageId());
                  receiptIds.add(id); // last: the test thread waits on this list
                }
                return request.createResponse();
              }
            });
  }

  @AfterEach
  void stop() {
    if (session != null) {
      session.unbind(2000);
      session.destroy();
    }
    client.destroy();
    executor.shutdownNow();
    fixture.close();
  }

  @Test
  void short_long_and_ucs2_submits_get_receipts_whose_ids_match_the_submit_responses()
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (TestMessages.Message m : TestMessages.all()) {
      SubmitSm sm = new SubmitSm();
      sm.setSourceAddress(new Address((byte) 1, (byte) 1, TestMessages.SOURCE));
      sm.setDestAddress(new Address((byte) 1, (byte) 1, TestMessages.DEST));
      sm.setEsmClass((byte) m.esmClass());
      sm.setDataCoding((byte) m.dataCoding());
      sm.setRegisteredDelivery(SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED);
      sm.setShortMessage(m.shortMessage());
      m.tlvs().forEach((tag, value) -> sm.addOptionalParameter(new Tlv(tag.shortValue(), value)));
      SubmitSmResp resp = session.submit(sm, 5000);
      assertThat(resp.getCommandStatus()).as(m.name()).isZero();
      ids.add(resp.getMessageId());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (receiptIds.size() < ids.size() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(5);
    }
    assertThat(receiptIds).containsExactlyInAnyOrderElementsOf(ids);
    for (String id : ids) {
      assertThat(receiptTextIds.get(id)).isEqualTo(id);
    }
    JsmppInteropTest.checkStored(fixture.smsc, ids);
  }

  @Test
  void enquire_link_from_cloudhopper_is_answered() throws Exception {
    var resp = session.enquireLink(new com.cloudhopper.smpp.pdu.EnquireLink(), 5000);
    assertThat(resp.getCommandStatus()).isZero();
  }
}
