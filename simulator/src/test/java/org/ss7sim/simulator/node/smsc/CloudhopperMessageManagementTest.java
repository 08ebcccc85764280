package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.CancelSm;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.QuerySm;
import com.cloudhopper.smpp.pdu.QuerySmResp;
import com.cloudhopper.smpp.pdu.ReplaceSm;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.Address;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.DemoNetwork;

/**
 * query_sm, cancel_sm, replace_sm (SMPP 3.4 §4.8-4.10) and replace_if_present_flag (§5.2.18) from
 * Cloudhopper (ch-smpp) against the simulator's SMSC and its durable store, on the demo network
 * over loopback: a second client library beside jSMPP's {@link MessageManagementTest}, so the
 * answers do not depend on one library's encoding of these PDUs.
 */
class CloudhopperMessageManagementTest {
  private static final Address SOURCE = new Address((byte) 1, (byte) 1, "1000");
  private static final int ENROUTE = 1;
  private static final int DELIVERED = 2;
  private static final int DELETED = 4;

  @TempDir Path dir;
  DemoNetwork demo;
  DemoSmsc demoSmsc;
  ExecutorService executor;
  DefaultSmppClient client;
  SmppSession session;
  final BlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    // an account of its own: the demo's esme1 session does not share its receipts
    demo = new DemoNetwork(DemoSmsc.withOutsideAccount("outside"), dir);
    demoSmsc = new DemoSmsc(demo);
    executor = Executors.newCachedThreadPool();
    client = new DefaultSmppClient(executor, 1);
    SmppSessionConfiguration config = new SmppSessionConfiguration();
    config.setName("cloudhopper-management");
    config.setType(SmppBindType.TRANSCEIVER);
    config.setHost("127.0.0.1");
    config.setPort(demoSmsc.smsc().smppAddress().getPort());
    config.setSystemId("outside");
    config.setPassword("secret");
    config.setConnectTimeout(10_000);
    config.setBindTimeout(10_000);
    config.setRequestExpiryTimeout(15_000);
    session =
        client.bind(
            config,
            new DefaultSmppSessionHandler() {
              @Override
              @SuppressWarnings("rawtypes") // Cloudhopper's listener method takes a raw PduRequest
              public PduResponse firePduRequestReceived(PduRequest request) {
                if (request instanceof DeliverSm d) {
                  delivered.add(d);
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
    if (client != null) {
      client.destroy();
    }
    if (executor != null) {
      executor.shutdownNow();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private String submit(String serviceType, String to, String text, boolean replaceIfPresent)
      throws Exception {
    SubmitSm sm = new SubmitSm();
    sm.setServiceType(serviceType);
    sm.setSourceAddress(SOURCE);
    sm.setDestAddress(new Address((byte) 1, (byte) 1, to));
    sm.setReplaceIfPresent((byte) (replaceIfPresent ? 1 : 0));
    sm.setRegisteredDelivery(SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED);
    sm.setShortMessage(text.getBytes(StandardCharsets.ISO_8859_1));
    SubmitSmResp resp = session.submit(sm, 15_000);
    assertThat(resp.getCommandStatus()).as("submit_sm_resp of %s", text).isZero();
    return resp.getMessageId();
  }

  /** The response to {@code request}, sent and awaited (at most 15 s). */
  private PduResponse send(PduRequest<?> request) throws Exception {
    var future = session.sendRequestPdu(request, 15_000, true);
    assertThat(future.await(15_000)).as("answer to %s", request.getName()).isTrue();
    return future.getResponse();
  }

  private QuerySmResp query(String id) throws Exception {
    QuerySm q = new QuerySm();
    q.setMessageId(id);
    q.setSourceAddress(SOURCE);
    return (QuerySmResp) send(q);
  }

  private int state(String id) {
    try {
      QuerySmResp r = query(id);
      assertThat(r.getCommandStatus()).as("query_sm_resp of %s", id).isZero();
      return r.getMessageState();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int cancel(String id) throws Exception {
    CancelSm c = new CancelSm();
    c.setMessageId(id);
    c.setSourceAddress(SOURCE);
    c.setDestAddress(new Address((byte) 0, (byte) 0, ""));
    return send(c).getCommandStatus();
  }

  private int replace(String id, String text) throws Exception {
    ReplaceSm r = new ReplaceSm();
    r.setMessageId(id);
    r.setSourceAddress(SOURCE);
    r.setShortMessage(text.getBytes(StandardCharsets.ISO_8859_1));
    // replace_sm carries the new registered_delivery (SMPP 3.4 §4.10.1): still asking for one
    r.setRegisteredDelivery(SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED);
    return send(r).getCommandStatus();
  }

  /** A receipt as Cloudhopper received it: receipted_message_id, message_state, the text form. */
  record Receipt(String id, int state, String text) {}

  /**
   * The receipts received until one for {@code id} (at most 20 s), in order: a receipt the SMSC had
   * sent earlier on this session (for a cancelled or replaced message) would be among them.
   */
  private List<Receipt> receiptsUntil(String id) throws Exception {
    List<Receipt> seen = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (seen.stream().noneMatch(r -> r.id().equals(id))) {
      DeliverSm d = delivered.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(d).as("receipt of %s within 20 s", id).isNotNull();
      assertThat(d.getEsmClass() & 0x3C).as("esm_class: SMSC delivery receipt").isEqualTo(0x04);
      seen.add(
          new Receipt(
              d.getOptionalParameter(SmppConstants.TAG_RECEIPTED_MSG_ID).getValueAsString(),
              d.getOptionalParameter(SmppConstants.TAG_MSG_STATE).getValueAsUnsignedByte(),
              new String(d.getShortMessage(), StandardCharsets.ISO_8859_1)));
    }
    return seen;
  }

  @Test
  void query_cancel_and_replace_from_cloudhopper_act_on_the_stored_messages() throws Exception {
    String to = "9990120000006"; // absent: messages wait until it is attached
    String cancelled = submit("", to, "cancel me", false);
    String replaced = submit("", to, "old text", false);
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(15), () -> demoSmsc.waiting(2))).isTrue();
    assertThat(state(cancelled)).isEqualTo(ENROUTE);

    assertThat(cancel(cancelled)).isZero();
    assertThat(state(cancelled)).isEqualTo(DELETED);
    assertThat(cancel(cancelled)).as("final: ESME_RCANCELFAIL").isEqualTo(0x11);
    assertThat(replace(replaced, "new text")).isZero();
    // unknown id: ESME_RINVMSGID
    assertThat(query("00000000000000999999").getCommandStatus()).isEqualTo(0x0C);

    demo.kinds.subscribers().change(to, SubscriberState.ATTACHED);
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(20), () -> state(replaced) == DELIVERED))
        .isTrue();
    assertThat(demoSmsc.deliveredTexts(to)).containsExactly("new text");
    QuerySmResp done = query(replaced);
    assertThat(done.getFinalDate()).as("final_date once final").isNotEmpty();
    assertThat(replace(replaced, "too late")).as("final: ESME_RREPLACEFAIL").isEqualTo(0x13);
    // one receipt, of the replaced message with its new text; none of the cancelled one
    List<Receipt> receipts = receiptsUntil(replaced);
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).state()).isEqualTo(DELIVERED);
    assertThat(receipts.get(0).text())
        .startsWith("id:" + replaced + " ")
        .contains("stat:DELIVRD")
        .endsWith("text:new text");
  }

  @Test
  void replace_if_present_from_cloudhopper_replaces_only_with_the_flag_set() throws Exception {
    String to = "9990120000007";
    String first = submit("", to, "first", false);
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(15), () -> demoSmsc.waiting(1))).isTrue();
    String kept = submit("", to, "kept", false); // flag unset: beside it
    assertThat(state(first)).isEqualTo(ENROUTE);
    // both waiting (an attempt under way is past replacing)
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(15), () -> demoSmsc.waiting(2))).isTrue();
    String last = submit("", to, "last", true); // flag set: replaces both
    assertThat(List.of(state(first), state(kept))).containsOnly(DELETED);
    assertThat(state(last)).isEqualTo(ENROUTE);

    demo.kinds.subscribers().change(to, SubscriberState.ATTACHED);
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(20), () -> state(last) == DELIVERED))
        .isTrue();
    assertThat(demoSmsc.deliveredTexts(to)).containsExactly("last");
    // the replaced messages end without a receipt (as at cancel_sm); the last one gets its own
    assertThat(receiptsUntil(last))
        .extracting(Receipt::id, Receipt::state)
        .containsExactly(tuple(last, DELIVERED));
  }
}
