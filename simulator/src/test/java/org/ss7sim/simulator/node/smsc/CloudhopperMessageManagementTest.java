package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.CancelSm;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;

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
  ExecutorService executor;
  DefaultSmppClient client;
  SmppSession session;

  @BeforeEach
  void start() throws Exception {
    demo = new DemoNetwork(dir);
    executor = Executors.newCachedThreadPool();
    client = new DefaultSmppClient(executor, 1);
    SmppSessionConfiguration config = new SmppSessionConfiguration();
    config.setName("cloudhopper-management");
    config.setType(SmppBindType.TRANSCEIVER);
    config.setHost("127.0.0.1");
    config.setPort(smsc().smppAddress().getPort());
    config.setSystemId("esme1");
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

  private Smsc smsc() {
    return (Smsc) demo.net.node("smsc").flatMap(SimNode::logic).orElseThrow();
  }

  private Msc msc() {
    return (Msc) demo.net.node("msc").flatMap(SimNode::logic).orElseThrow();
  }

  private String submit(String serviceType, String to, String text, boolean replaceIfPresent)
      throws Exception {
    SubmitSm sm = new SubmitSm();
    sm.setServiceType(serviceType);
    sm.setSourceAddress(SOURCE);
    sm.setDestAddress(new Address((byte) 1, (byte) 1, to));
    sm.setReplaceIfPresent((byte) (replaceIfPresent ? 1 : 0));
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
    return send(r).getCommandStatus();
  }

  /** Polls {@code condition} for at most {@code limit} (the network runs on its own threads). */
  private static boolean eventually(Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    return condition.getAsBoolean();
  }

  private boolean waiting(long n) {
    try {
      return smsc().stored(StoredMessage.State.WAITING) >= n;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> deliveredTexts(String msisdn) {
    return msc().delivered().getOrDefault(msisdn, List.of()).stream()
        .map(
            t -> {
              try {
                SmsTpdu.SmsDeliver d =
                    (SmsTpdu.SmsDeliver) SmsTpduCodec.decode(t, SmsDirection.TO_MOBILE);
                return d.userData().text(d.dataCodingScheme(), d.userDataHeaderIndicator());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void query_cancel_and_replace_from_cloudhopper_act_on_the_stored_messages() throws Exception {
    String to = "9990120000006"; // absent: messages wait until it is attached
    String cancelled = submit("", to, "cancel me", false);
    String replaced = submit("", to, "old text", false);
    assertThat(eventually(Duration.ofSeconds(15), () -> waiting(2))).isTrue();
    assertThat(state(cancelled)).isEqualTo(ENROUTE);

    assertThat(cancel(cancelled)).isZero();
    assertThat(state(cancelled)).isEqualTo(DELETED);
    assertThat(cancel(cancelled)).as("final: ESME_RCANCELFAIL").isEqualTo(0x11);
    assertThat(replace(replaced, "new text")).isZero();
    // unknown id: ESME_RINVMSGID
    assertThat(query("00000000000000999999").getCommandStatus()).isEqualTo(0x0C);

    demo.kinds.subscribers().change(to, SubscriberState.ATTACHED);
    assertThat(eventually(Duration.ofSeconds(20), () -> state(replaced) == DELIVERED)).isTrue();
    assertThat(deliveredTexts(to)).containsExactly("new text");
    QuerySmResp done = query(replaced);
    assertThat(done.getFinalDate()).as("final_date once final").isNotEmpty();
    assertThat(replace(replaced, "too late")).as("final: ESME_RREPLACEFAIL").isEqualTo(0x13);
  }

  @Test
  void replace_if_present_from_cloudhopper_replaces_only_with_the_flag_set() throws Exception {
    String to = "9990120000007";
    String first = submit("", to, "first", false);
    assertThat(eventually(Duration.ofSeconds(15), () -> waiting(1))).isTrue();
    String kept = submit("", to, "kept", false); // flag unset: beside it
    assertThat(state(first)).isEqualTo(ENROUTE);
    // both waiting (an attempt under way is past replacing)
    assertThat(eventually(Duration.ofSeconds(15), () -> waiting(2))).isTrue();
    String last = submit("", to, "last", true); // flag set: replaces both
    assertThat(List.of(state(first), state(kept))).containsOnly(DELETED);
    assertThat(state(last)).isEqualTo(ENROUTE);

    demo.kinds.subscribers().change(to, SubscriberState.ATTACHED);
    assertThat(eventually(Duration.ofSeconds(20), () -> state(last) == DELIVERED)).isTrue();
    assertThat(deliveredTexts(to)).containsExactly("last");
  }
}
