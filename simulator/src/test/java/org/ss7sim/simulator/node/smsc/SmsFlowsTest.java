package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.config.scenario.Alphabet;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.msc.Msc;
import org.ss7sim.testkit.Tshark;

/**
 * DESIGN.md §3 flow 3 on the demo network over TCP loopback: the ESME submits, the SMSC asks the
 * HLR and forwards to the MSC, the receipt comes back; failures and the absent subscriber who
 * returns; the SMSC restarted with messages pending delivers each exactly once.
 */
class SmsFlowsTest {
  @TempDir Path dir;
  DemoNetwork demo;

  @AfterEach
  void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private DemoNetwork.Result submit(String flow, String to, SmsOptions o) {
    Esme esme = demo.net.attachment("esme1", Esme.class).orElseThrow();
    DemoNetwork.Result r = new DemoNetwork.Result();
    esme.submit(flow, to, o, r);
    return r;
  }

  private static SmsOptions text(String text) {
    return new SmsOptions("1000", Optional.of(text), text.length(), Alphabet.GSM7, true);
  }

  private Msc msc() {
    return (Msc) demo.net.node("msc").flatMap(SimNode::logic).orElseThrow();
  }

  @Test
  void submit_sm_then_sri_for_sm_then_mt_forward_sm_then_receipt() throws Exception {
    demo = new DemoNetwork(dir);
    Outcome o = submit("sms-1", "9990110000042", text("Hello")).await(Duration.ofSeconds(15));
    assertThat(o.success()).isTrue();
    assertThat(msc().delivered().get("9990110000042")).hasSize(1);
    assertThat(demo.tracer.flow("sms-1"))
        .extracting(e -> e.label())
        .contains("submit_sm_resp")
        .containsSubsequence(
            "submit_sm",
            "TC-BEGIN sendRoutingInfoForSm",
            "TC-END result",
            "TC-BEGIN mtForwardSm",
            "TC-END result",
            "deliver_sm",
            "deliver_sm_resp");
    assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(5))).isEmpty();
    demo.flush();
    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
    // SMPP command ids: submit_sm 4, submit_sm_resp 0x80000004, deliver_sm 5, deliver_sm_resp
    assertThat(Tshark.field(demo.pcap, List.of("-Y", "smpp"), "smpp.command_id"))
        .containsSubsequence("0x00000004", "0x80000004", "0x00000005", "0x80000005");
    // MAP local opcodes: sendRoutingInfoForSM 45, mt-forwardSM 44
    assertThat(Tshark.field(demo.pcap, List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .containsSubsequence("45", "45", "44", "44");
  }

  @Test
  void long_and_ucs2_messages_arrive_as_segments() throws Exception {
    demo = new DemoNetwork(dir);
    String longText = "x".repeat(300);
    Outcome l = submit("sms-long", "9990110000007", text(longText)).await(Duration.ofSeconds(15));
    Outcome u =
        submit(
                "sms-ucs2",
                "9990110000008",
                new SmsOptions("1000", Optional.of("Привет"), 6, Alphabet.UCS2, true))
            .await(Duration.ofSeconds(15));
    assertThat(l.success()).isTrue();
    assertThat(u.success()).isTrue();
    // 300 GSM 7-bit characters: two segments of 153 at most
    assertThat(msc().delivered().get("9990110000007")).hasSize(2);
    assertThat(msc().delivered().get("9990110000008")).hasSize(1);
  }

  @Test
  void long_message_goes_in_one_dialogue_begin_continue_end_with_more_messages_to_send()
      throws Exception {
    ConcatenationMsc msc = new ConcatenationMsc();
    demo =
        new DemoNetwork(
            org.ss7sim.simulator.config.ConfigLoader.demoNetwork(),
            dir,
            (kinds, n) -> n.name().equals("msc") ? msc : null);
    Outcome o =
        submit("sms-concat", "9990110000007", text("z".repeat(400))).await(Duration.ofSeconds(15));
    assertThat(o.success()).isTrue();
    // 400 GSM 7-bit characters: three segments of 153 at most, all in one dialogue
    assertThat(msc.segments)
        .extracting(ConcatenationMsc.Segment::moreMessagesToSend)
        .containsExactly(true, true, false);
    assertThat(msc.segments)
        .extracting(ConcatenationMsc.Segment::dialogue)
        .containsOnly(msc.segments.get(0).dialogue());
    assertThat(demo.tracer.flow("sms-concat"))
        .extracting(e -> e.label())
        .containsSubsequence(
            "TC-BEGIN sendRoutingInfoForSm",
            "TC-END result",
            "TC-BEGIN mtForwardSm",
            "TC-CONTINUE result",
            "TC-CONTINUE mtForwardSm",
            "TC-CONTINUE result",
            "TC-CONTINUE mtForwardSm",
            "TC-END result",
            "deliver_sm");
    assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(5))).isEmpty();
    demo.flush();
    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
    // the MT-ForwardSM dialogue as tshark reads it (local opcode 44), every message once per hop:
    // Begin (otid only), Continue (both ids), End (dtid only), all of the SMSC's one transaction
    List<List<String>> rows =
        Tshark.fields(
            demo.pcap,
            List.of("-Y", "gsm_old.localValue == 44"),
            "tcap.otid",
            "tcap.dtid",
            "gsm_sms.tp-mms");
    String smscTid = rows.get(0).get(0);
    assertThat(rows)
        .extracting(r -> r.get(1).isEmpty() ? "Begin" : r.get(0).isEmpty() ? "End" : "Continue")
        .containsExactly(
            "Begin", "Begin", // segment 1
            "Continue", "Continue", // its result
            "Continue", "Continue", // segment 2
            "Continue", "Continue", // its result
            "Continue", "Continue", // segment 3
            "End", "End"); // its result
    assertThat(rows).allSatisfy(r -> assertThat(r.subList(0, 2)).contains(smscTid));
    // TP-More-Messages-to-Send (TS 23.040 §9.2.3.2): 0 = more to come, on all but the last
    assertThat(rows)
        .extracting(r -> r.get(2))
        .filteredOn(v -> !v.isEmpty())
        .containsExactly("0", "0", "0", "0", "1", "1");
  }

  @Test
  void unknown_subscriber_gets_an_undeliverable_receipt_with_the_map_error() throws Exception {
    demo = new DemoNetwork(dir);
    Outcome o =
        submit("sms-unknown", "9990199999999", text("nobody")).await(Duration.ofSeconds(15));
    assertThat(o.success()).isFalse();
    assertThat(o.cause()).isEqualTo("unknown_subscriber");
  }

  @Test
  void absent_subscriber_is_served_after_alert_service_centre() throws Exception {
    demo = new DemoNetwork(dir);
    DemoNetwork.Result r = submit("sms-absent", "9990120000003", text("later"));
    Thread.sleep(500);
    assertThat(r.outcomeNow()).isEmpty();
    demo.kinds.subscribers().change("9990120000003", SubscriberState.ATTACHED);
    assertThat(r.await(Duration.ofSeconds(15)).success()).isTrue();
    assertThat(msc().delivered().get("9990120000003")).hasSize(1);
  }

  @Test
  void messages_pending_when_the_smsc_stops_are_delivered_exactly_once_after_it_starts_again()
      throws Exception {
    demo = new DemoNetwork(dir);
    List<String> to = List.of("9990120000005", "9990120000006", "9990120000007");
    List<DemoNetwork.Result> results = new java.util.ArrayList<>();
    for (int i = 0; i < to.size(); i++) {
      results.add(submit("sms-r" + i, to.get(i), text("pending " + i)));
    }
    Thread.sleep(500);
    Smsc smsc = (Smsc) demo.net.node("smsc").flatMap(SimNode::logic).orElseThrow();
    assertThat(smsc.stored(StoredMessage.State.WAITING)).isEqualTo(3);
    demo.net.stopNode("smsc");
    demo.net.restartNode("smsc");
    demo.net.awaitLinks(Duration.ofSeconds(10));
    for (String msisdn : to) {
      demo.kinds.subscribers().change(msisdn, SubscriberState.ATTACHED);
    }
    for (DemoNetwork.Result r : results) {
      assertThat(r.await(Duration.ofSeconds(20)).success()).isTrue();
    }
    for (String msisdn : to) {
      assertThat(msc().delivered().get(msisdn)).as(msisdn).hasSize(1);
    }
    Smsc restarted = (Smsc) demo.net.node("smsc").flatMap(SimNode::logic).orElseThrow();
    assertThat(restarted.stored(StoredMessage.State.DELIVERED)).isEqualTo(3);
  }

  @Test
  void mo_forward_sm_to_a_short_code_reaches_the_esme_owning_it_as_deliver_sm() throws Exception {
    demo = new DemoNetwork(dir);
    SimNode mscNode = demo.net.node("msc").orElseThrow();
    DemoNetwork.Result r = new DemoNetwork.Result();
    mscNode.execute(
        () -> msc().sendMo("mo-1", "9990110000001", "999010000003", "1234", "VOTE YES", r));
    assertThat(r.await(Duration.ofSeconds(15)).success()).isTrue();
    Esme esme = demo.net.attachment("esme1", Esme.class).orElseThrow();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (esme.mobileOriginated().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(esme.mobileOriginated()).hasSize(1);
    org.ss7sim.smpp.pdu.DeliverSm mo = esme.mobileOriginated().get(0);
    assertThat(mo.source().address()).isEqualTo("9990110000001");
    assertThat(mo.destination().address()).isEqualTo("1234");
    assertThat(new String(mo.payload().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("VOTE YES");
  }

  @Test
  void message_to_a_subscriber_absent_past_its_validity_expires_with_an_expired_receipt()
      throws Exception {
    String yaml =
        new String(
                getClass()
                    .getResourceAsStream("/org/ss7sim/simulator/demo-network.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("    smpp_port: 2775", "    smpp_port: 0\n    validity: 1s");
    demo =
        new DemoNetwork(
            org.ss7sim.simulator.config.ConfigLoader.parseNetwork("short-validity", yaml), dir);
    Outcome o =
        submit("sms-expire", "9990120000009", text("too late")).await(Duration.ofSeconds(15));
    assertThat(o.success()).isFalse();
    assertThat(o.cause()).isEqualTo("expired");
    assertThat(msc().delivered().get("9990120000009")).isNull();
  }

  @Test
  void msc_speaking_only_map_v2_gets_the_segments_as_forward_sm_after_the_version_fallback()
      throws Exception {
    demo =
        new DemoNetwork(
            org.ss7sim.simulator.config.ConfigLoader.demoNetwork(),
            dir,
            (kinds, n) ->
                n.name().equals("msc")
                    ? new Msc(
                        n,
                        kinds.subscribers(),
                        org.ss7sim.map.service.MapConfig.defaults()
                            .withMaxVersion(
                                org.ss7sim.map.operation.MapApplicationContext.SHORT_MSG_MT_RELAY,
                                2))
                    : null);
    Outcome o =
        submit("sms-v2", "9990110000011", text("y".repeat(200))).await(Duration.ofSeconds(15));
    assertThat(o.success()).isTrue();
    assertThat(msc().delivered().get("9990110000011")).hasSize(2);
    demo.flush();
    Tshark.assumeInstalled();
    // the v3 context refused with the v2 one offered (TC-ABORT with an AARE), then v2 dialogues
    assertThat(
            Tshark.field(
                demo.pcap,
                List.of("-Y", "tcap.application_context_name"),
                "tcap.application_context_name"))
        .anySatisfy(acn -> assertThat(acn).endsWith(".25.2"));
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
  }
}
