package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.network.DemoNetwork;

/**
 * query_sm, cancel_sm and replace_sm (SMPP 3.4 §4.8-4.10) and replace_if_present_flag (§5.2.18)
 * from jSMPP against the simulator's SMSC and its durable store, and schedule_delivery_time
 * honoured, on the demo network over loopback ({@link CloudhopperMessageManagementTest}: the same
 * from Cloudhopper).
 */
class MessageManagementTest {
  @TempDir Path dir;
  DemoNetwork demo;
  DemoSmsc demoSmsc;
  JsmppEsme esme;
  SMPPSession session;

  /** The demo network this class runs against (its SMSC on an in-memory store). */
  DemoNetwork network(Path dir) throws Exception {
    return new DemoNetwork(dir);
  }

  @BeforeEach
  void start() throws Exception {
    demo = network(dir);
    demoSmsc = new DemoSmsc(demo);
    esme = JsmppEsme.bind(demoSmsc.smsc().smppAddress().getPort(), "esme1");
    session = esme.session();
  }

  @AfterEach
  void stop() {
    if (esme != null) {
      esme.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private String submit(String to, String text, String schedule) throws Exception {
    return esme.submit("", to, text, schedule, SMSCDeliveryReceipt.DEFAULT, false);
  }

  private MessageState state(String id) throws Exception {
    return session
        .queryShortMessage(id, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "1000")
        .getMessageState();
  }

  private static int status(ThrowingRunnable r) {
    try {
      r.run();
    } catch (NegativeResponseException e) {
      return e.getCommandStatus();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return 0;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void a_waiting_message_is_queried_cancelled_and_never_delivered() throws Exception {
    String id = submit("9990120000001", "cancel me", null); // an absent subscriber
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(15), () -> demoSmsc.waiting(1))).isTrue();
    assertThat(state(id)).isEqualTo(MessageState.ENROUTE);

    session.cancelShortMessage(
        "",
        id,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        "1000",
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        "9990120000001");
    assertThat(state(id)).isEqualTo(MessageState.DELETED);
    assertThat(demoSmsc.smsc().stored(StoredMessage.State.DELETED)).isEqualTo(1);
    // final now: a second cancel fails (ESME_RCANCELFAIL 0x11)
    assertThat(
            status(
                () ->
                    session.cancelShortMessage(
                        "",
                        id,
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        "1000",
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        "")))
        .isEqualTo(0x11);
    // the subscriber returns: nothing is delivered to it
    demo.kinds.subscribers().change("9990120000001", SubscriberState.ATTACHED);
    String after = submit("9990120000001", "after", null);
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(15), () -> demoSmsc.deliveredTexts("9990120000001").size() == 1))
        .isTrue();
    assertThat(demoSmsc.deliveredTexts("9990120000001")).containsExactly("after");
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(10), () -> stateOf(after) == MessageState.DELIVERED))
        .isTrue();
  }

  private MessageState stateOf(String id) {
    try {
      return state(id);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void unknown_ids_and_another_source_are_answered_as_unknown() throws Exception {
    // ESME_RINVMSGID 0x0C
    assertThat(status(() -> state("00000000000000999999"))).isEqualTo(0x0C);
    String id = submit("9990120000002", "mine", null);
    assertThat(
            status(
                () ->
                    session.queryShortMessage(
                        id, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "2000")))
        .isEqualTo(0x0C);
  }

  @Test
  void a_replaced_waiting_message_is_delivered_with_the_new_text() throws Exception {
    String id = submit("9990120000003", "old text", null);
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(15), () -> demoSmsc.waiting(1))).isTrue();
    session.replaceShortMessage(
        id,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        "1000",
        null,
        null,
        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
        (byte) 0,
        "new text".getBytes(StandardCharsets.ISO_8859_1));
    demo.kinds.subscribers().change("9990120000003", SubscriberState.ATTACHED);
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(15), () -> !demoSmsc.deliveredTexts("9990120000003").isEmpty()))
        .isTrue();
    assertThat(demoSmsc.deliveredTexts("9990120000003")).containsExactly("new text");
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(10), () -> stateOf(id) == MessageState.DELIVERED))
        .isTrue();
    // final: replace fails now (ESME_RREPLACEFAIL 0x13)
    assertThat(
            status(
                () ->
                    session.replaceShortMessage(
                        id,
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        "1000",
                        null,
                        null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                        (byte) 0,
                        "too late".getBytes(StandardCharsets.ISO_8859_1))))
        .isEqualTo(0x13);
  }

  @Test
  void a_scheduled_message_is_not_attempted_before_its_time() throws Exception {
    long submitted = System.nanoTime();
    // relative time (SMPP 3.4 §7.1.1): 3 seconds from now
    String id = submit("9990110000021", "later", "000000000003000R");
    // an attached subscriber: delivered at once unless the schedule holds it
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(2), () -> !demoSmsc.deliveredTexts("9990110000021").isEmpty()))
        .isFalse();
    assertThat(state(id)).isEqualTo(MessageState.ENROUTE);
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(15), () -> !demoSmsc.deliveredTexts("9990110000021").isEmpty()))
        .isTrue();
    assertThat(System.nanoTime() - submitted)
        .isGreaterThanOrEqualTo(Duration.ofMillis(2900).toNanos());
    assertThat(demoSmsc.deliveredTexts("9990110000021")).containsExactly("later");
    // before it is due, it can still be cancelled
    String second = submit("9990110000022", "never", "000000000010000R");
    session.cancelShortMessage(
        "",
        second,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        "1000",
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        "");
    assertThat(state(second)).isEqualTo(MessageState.DELETED);
  }

  @Test
  void cancel_by_destination_right_after_submit_finds_the_message_just_accepted() throws Exception {
    String to = "9990110000023";
    // scheduled an hour ahead: waiting in the store, no attempt under way
    String id = submit(to, "cancel all to me", "000000010000000R");
    session.cancelShortMessage(
        "",
        "", // no message_id: every message from this source to this destination
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        JsmppEsme.SOURCE,
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        to);
    assertThat(state(id)).isEqualTo(MessageState.DELETED);
  }

  @Test
  void replace_if_present_replaces_the_pending_message_with_the_same_addresses_and_service_type()
      throws Exception {
    String to = "9990120000004"; // absent: messages wait until it is attached
    String first = esme.submit("", to, "first", null, SMSCDeliveryReceipt.DEFAULT, false);
    assertThat(DemoSmsc.eventually(Duration.ofSeconds(15), () -> demoSmsc.waiting(1))).isTrue();
    // flag set: replaces the waiting message (same source, destination, service_type)
    String second = esme.submit("", to, "second", null, SMSCDeliveryReceipt.DEFAULT, true);
    assertThat(second).isNotEqualTo(first);
    assertThat(state(first)).isEqualTo(MessageState.DELETED);
    assertThat(state(second)).isEqualTo(MessageState.ENROUTE);
    // flag unset: stored beside it
    String third = esme.submit("", to, "third", null, SMSCDeliveryReceipt.DEFAULT, false);
    assertThat(state(second)).isEqualTo(MessageState.ENROUTE);
    // flag set, another service_type: nothing to replace
    String other = esme.submit("VMA", to, "other", null, SMSCDeliveryReceipt.DEFAULT, true);
    assertThat(List.of(state(second), state(third), state(other)))
        .containsOnly(MessageState.ENROUTE);
    assertThat(demoSmsc.smsc().stored(StoredMessage.State.DELETED)).isEqualTo(1);

    demo.kinds.subscribers().change(to, SubscriberState.ATTACHED);
    assertThat(
            DemoSmsc.eventually(
                Duration.ofSeconds(20),
                () ->
                    List.of(second, third, other).stream()
                        .allMatch(id -> stateOf(id) == MessageState.DELIVERED)))
        .isTrue();
    assertThat(demoSmsc.deliveredTexts(to)).containsExactlyInAnyOrder("second", "third", "other");
    assertThat(state(first)).isEqualTo(MessageState.DELETED);
  }
}
