package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.smpp.server.SessionHarness.bind;
import static org.ss7sim.smpp.server.SessionHarness.raw;
import static org.ss7sim.smpp.server.SessionHarness.submit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindResponse;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliverSmResp;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.EnquireLink;
import org.ss7sim.smpp.pdu.EnquireLinkResp;
import org.ss7sim.smpp.pdu.GenericNack;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.pdu.Unbind;
import org.ss7sim.smpp.pdu.UnbindResp;
import org.ss7sim.smpp.session.BindState;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

class ServerSessionTest {
  private VirtualClock clock;
  private ArrayDeque<Runnable> tasks;
  private MemorySmsc smsc;
  private SmppServer server;

  @BeforeEach
  void setUp() {
    clock = new VirtualClock();
    tasks = new ArrayDeque<>();
    SmppServerConfig config =
        SmppServerConfig.defaults(
                "SS7SIM",
                EsmeAccount.of("esme1", "secret").withMaxBinds(2),
                EsmeAccount.of("slow", "secret").withSubmitsPerSecond(10),
                EsmeAccount.of("typed", "secret")
                    .withSystemType("VMS")
                    .withSourceAddresses("001555\\d+"))
            .withWindowSize(2)
            .withDeliveryLimits(3, 1000);
    smsc = new MemorySmsc(5, true);
    server = new SmppServer(config, smsc);
    smsc.receiptsVia(server);
  }

  private SessionHarness session() {
    return new SessionHarness(server, clock, tasks);
  }

  private SessionHarness bound(BindType type, String systemId) {
    SessionHarness h = session();
    assertThat(h.receive(bind(type, systemId, "secret")).get(0).status())
        .isEqualTo(CommandStatus.OK);
    return h;
  }

  @Nested
  class Binding {
    @Test
    void
        a_transceiver_bind_with_the_right_password_is_bound_and_answered_with_the_smsc_system_id() {
      SessionHarness h = session();
      Pdu resp = h.answer(bind(BindType.TRANSCEIVER, "esme1", "secret"));
      assertThat(resp.commandId()).isEqualTo(CommandId.BIND_TRANSCEIVER_RESP);
      assertThat(((BindResponse) resp).systemId()).isEqualTo("SS7SIM");
      assertThat(
              ((BindResponse) resp)
                  .tlvs()
                  .find(TlvTag.SC_INTERFACE_VERSION)
                  .orElseThrow()
                  .unsigned())
          .isEqualTo(0x34);
      assertThat(h.session.state()).isEqualTo(BindState.BOUND_TRX);
      assertThat(server.binds()).extracting(EsmeBind::systemId).containsExactly("esme1");
    }

    @Test
    void a_wrong_password_gets_esme_rinvpaswd_and_the_session_stays_open() {
      SessionHarness h = session();
      assertThat(h.answer(bind(BindType.TRANSMITTER, "esme1", "guess")).status())
          .isEqualTo(CommandStatus.INVALID_PASSWORD);
      assertThat(h.session.state()).isEqualTo(BindState.OPEN);
      assertThat(h.answer(bind(BindType.TRANSMITTER, "esme1", "secret")).status())
          .isEqualTo(CommandStatus.OK);
    }

    @Test
    void an_unknown_system_id_gets_esme_rinvsysid() {
      assertThat(session().answer(bind(BindType.RECEIVER, "nobody", "secret")).status())
          .isEqualTo(CommandStatus.INVALID_SYSTEM_ID);
    }

    @Test
    void a_system_type_other_than_the_configured_one_gets_esme_rinvsystyp() {
      assertThat(session().answer(bind(BindType.TRANSMITTER, "typed", "secret")).status())
          .isEqualTo(CommandStatus.INVALID_SYSTEM_TYPE);
    }

    @Test
    void a_second_bind_on_a_bound_session_gets_esme_ralybnd() {
      SessionHarness h = bound(BindType.TRANSMITTER, "esme1");
      assertThat(h.answer(bind(BindType.RECEIVER, "esme1", "secret")).status())
          .isEqualTo(CommandStatus.ALREADY_BOUND);
      assertThat(h.session.state()).isEqualTo(BindState.BOUND_TX);
    }

    @Test
    void binds_beyond_the_account_limit_get_esme_rbindfail() {
      bound(BindType.TRANSMITTER, "esme1");
      bound(BindType.RECEIVER, "esme1");
      assertThat(session().answer(bind(BindType.TRANSCEIVER, "esme1", "secret")).status())
          .isEqualTo(CommandStatus.BIND_FAILED);
    }

    @Test
    void a_connection_that_does_not_bind_within_the_bind_timeout_is_closed() {
      SessionHarness h = session();
      h.advance(Duration.ofSeconds(9));
      assertThat(h.closed).isFalse();
      h.advance(Duration.ofSeconds(2));
      assertThat(h.closed).isTrue();
      assertThat(h.session.state()).isEqualTo(BindState.CLOSED);
    }
  }

  @Nested
  class BindStates {
    @Test
    void submit_sm_before_bind_gets_esme_rinvbndsts_and_a_bind_still_works_after() {
      SessionHarness h = session();
      Pdu resp = h.answer(submit(7, "early"));
      assertThat(resp)
          .isEqualTo(new SubmitSmResp(CommandStatus.INVALID_BIND_STATUS, 7, null, Tlvs.EMPTY));
      assertThat(h.answer(bind(BindType.TRANSCEIVER, "esme1", "secret")).status())
          .isEqualTo(CommandStatus.OK);
      assertThat(server.counters().wrongBindState()).isEqualTo(1);
    }

    @Test
    void submit_sm_on_a_receiver_bind_gets_esme_rinvbndsts() {
      SessionHarness h = bound(BindType.RECEIVER, "esme1");
      assertThat(h.answer(submit(2, "hi")).status()).isEqualTo(CommandStatus.INVALID_BIND_STATUS);
    }

    @Test
    void enquire_link_is_answered_before_and_after_bind() {
      SessionHarness h = session();
      assertThat(h.answer(new EnquireLink(CommandStatus.OK, 5)))
          .isEqualTo(new EnquireLinkResp(CommandStatus.OK, 5));
      h.answer(bind(BindType.TRANSMITTER, "esme1", "secret"));
      assertThat(h.answer(new EnquireLink(CommandStatus.OK, 6)))
          .isEqualTo(new EnquireLinkResp(CommandStatus.OK, 6));
    }

    @Test
    void unbind_is_answered_then_the_connection_closes_and_the_bind_is_gone() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      assertThat(h.answer(new Unbind(CommandStatus.OK, 9)))
          .isEqualTo(new UnbindResp(CommandStatus.OK, 9));
      assertThat(h.closed).isTrue();
      assertThat(h.session.state()).isEqualTo(BindState.CLOSED);
      assertThat(server.binds()).isEmpty();
    }

    @Test
    void unbind_before_bind_gets_esme_rinvbndsts() {
      assertThat(session().answer(new Unbind(CommandStatus.OK, 3)).status())
          .isEqualTo(CommandStatus.INVALID_BIND_STATUS);
    }

    @Test
    void deliver_sm_from_an_esme_gets_esme_rinvcmdid() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      DeliverSm d =
          DeliverSm.of(Address.EMPTY, Address.EMPTY, DataCoding.SMSC_DEFAULT, Octets.EMPTY)
              .withSequence(4);
      assertThat(h.answer(d))
          .isEqualTo(new DeliverSmResp(CommandStatus.INVALID_COMMAND_ID, 4, "", Tlvs.EMPTY));
    }
  }

  @Nested
  class BadInput {
    @Test
    void an_unknown_command_id_gets_generic_nack_esme_rinvcmdid_and_the_session_survives() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      assertThat(h.answer(raw(0x110, 77, "")))
          .isEqualTo(new GenericNack(CommandStatus.INVALID_COMMAND_ID, 77));
      assertThat(h.answer(submit(78, "still here")).status()).isEqualTo(CommandStatus.OK);
    }

    @Test
    void a_command_length_outside_the_limits_gets_generic_nack_esme_rinvcmdlen() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      h.session.onFramingError(0xf0000011L, Octets.fromHex("f000001100000110000000000a342ee7"));
      assertThat(h.last())
          .isEqualTo(new GenericNack(CommandStatus.INVALID_COMMAND_LENGTH, 0x0a342ee7));
    }

    @Test
    void an_over_long_source_address_gets_esme_rinvsrcadr_and_the_session_survives() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      String longAddr = "31".repeat(25) + "00";
      Octets frame =
          raw(
              4,
              11,
              "00"
                  + "0101"
                  + longAddr
                  + "010131323300"
                  + "000000"
                  + "00"
                  + "00"
                  + "00000000"
                  + "00");
      assertThat(h.answer(frame))
          .isEqualTo(new SubmitSmResp(CommandStatus.INVALID_SOURCE_ADDRESS, 11, null, Tlvs.EMPTY));
      assertThat(h.answer(submit(12, "ok")).status()).isEqualTo(CommandStatus.OK);
    }

    @Test
    void an_over_long_system_id_in_a_bind_gets_esme_rinvsysid() {
      Octets frame = raw(9, 1, "41".repeat(20) + "00" + "00" + "00" + "34" + "0000" + "00");
      assertThat(session().answer(frame).status()).isEqualTo(CommandStatus.INVALID_SYSTEM_ID);
    }

    @Test
    void a_tlv_running_past_the_end_gets_esme_rinvoptparstream() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      String body =
          "00"
              + "010131323300"
              + "010134353600"
              + "000000"
              + "00"
              + "00"
              + "00000000"
              + "00"
              + "04240010abcd";
      assertThat(h.answer(raw(4, 20, body)).status()).isEqualTo(CommandStatus.INVALID_TLV_STREAM);
    }

    @Test
    void a_known_tlv_with_the_wrong_length_gets_esme_rinvparlen() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      String body =
          "00"
              + "010131323300"
              + "010134353600"
              + "000000"
              + "00"
              + "00"
              + "00000000"
              + "00"
              + "020c000101";
      assertThat(h.answer(raw(4, 21, body)).status())
          .isEqualTo(CommandStatus.INVALID_PARAMETER_LENGTH);
    }

    @Test
    void sm_length_beyond_the_body_gets_esme_rinvmsglen() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      String body =
          "00"
              + "010131323300"
              + "010134353600"
              + "000000"
              + "00"
              + "00"
              + "00000000"
              + "10"
              + "4142";
      assertThat(h.answer(raw(4, 22, body)).status())
          .isEqualTo(CommandStatus.INVALID_MESSAGE_LENGTH);
    }

    @Test
    void an_enquire_link_with_a_body_gets_esme_rinvcmdlen() {
      assertThat(session().answer(raw(0x15, 23, "00")))
          .isEqualTo(new EnquireLinkResp(CommandStatus.INVALID_COMMAND_LENGTH, 23));
    }

    @Test
    void an_invalid_schedule_time_gets_esme_rinvsched() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      String sched = "3939393939393939393939393939395800"; // 15 digits then 'X'
      String body =
          "00" + "010131323300" + "010134353600" + "000000" + sched + "00" + "00000000" + "00";
      assertThat(h.answer(raw(4, 24, body)).status())
          .isEqualTo(CommandStatus.INVALID_SCHEDULE_TIME);
    }

    @Test
    void a_source_address_outside_the_account_range_gets_esme_rinvsrcadr() {
      SessionHarness h = session();
      h.answer(
          new org.ss7sim.smpp.pdu.BindTransmitter(
              CommandStatus.OK, 1, "typed", "secret", "VMS", 0x34, Address.EMPTY));
      assertThat(h.answer(submit(2, "x")).status()).isEqualTo(CommandStatus.OK);
      Pdu other =
          org.ss7sim.smpp.pdu.SubmitSm.of(
                  Address.international("4477"),
                  Address.international("1"),
                  DataCoding.SMSC_DEFAULT,
                  Octets.EMPTY)
              .withSequence(3);
      assertThat(h.answer(other).status()).isEqualTo(CommandStatus.INVALID_SOURCE_ADDRESS);
    }
  }

  @Nested
  class Overload {
    @Test
    void submits_above_the_configured_rate_get_esme_rthrottled_until_time_refills_the_bucket() {
      SessionHarness h = bound(BindType.TRANSMITTER, "slow");
      smsc = null;
      int ok = 0;
      int throttled = 0;
      for (int i = 0; i < 15; i++) {
        CommandStatus st = h.answer(submit(10 + i, "m")).status();
        if (st.isOk() || st.equals(CommandStatus.MESSAGE_QUEUE_FULL)) {
          ok++;
        } else if (st.equals(CommandStatus.THROTTLED)) {
          throttled++;
        }
      }
      assertThat(ok).isEqualTo(10);
      assertThat(throttled).isEqualTo(5);
      h.advance(Duration.ofMillis(300));
      assertThat(h.answer(submit(40, "m")).status()).isNotEqualTo(CommandStatus.THROTTLED);
    }

    @Test
    void a_full_store_answers_esme_rmsgqful() {
      SessionHarness h = bound(BindType.TRANSMITTER, "esme1");
      for (int i = 0; i < 5; i++) {
        assertThat(h.answer(submit(i + 2, "m")).status()).isEqualTo(CommandStatus.OK);
      }
      assertThat(h.answer(submit(9, "m")).status()).isEqualTo(CommandStatus.MESSAGE_QUEUE_FULL);
    }
  }

  @Nested
  class Delivery {
    @Test
    void a_receipt_follows_the_submit_response_with_receipted_message_id_and_message_state() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      List<Pdu> out =
          h.receive(submit(5, "hello receipt").withRegisteredDelivery(RegisteredDelivery.RECEIPT));
      assertThat(out).hasSize(2);
      SubmitSmResp resp = (SubmitSmResp) out.get(0);
      DeliverSm receipt = (DeliverSm) out.get(1);
      assertThat(receipt.esmClass().isDeliveryReceipt()).isTrue();
      assertThat(receipt.tlvs().find(TlvTag.RECEIPTED_MESSAGE_ID).orElseThrow().text())
          .isEqualTo(resp.messageId());
      assertThat(receipt.tlvs().find(TlvTag.MESSAGE_STATE).orElseThrow().unsigned())
          .isEqualTo(MessageState.DELIVERED.code());
      DeliveryReceipt r = DeliveryReceipt.parse(new String(receipt.shortMessage().toByteArray()));
      assertThat(r.messageId()).isEqualTo(resp.messageId());
      assertThat(r.state()).isEqualTo(MessageState.DELIVERED);
      assertThat(r.text()).isEqualTo("hello receipt");
      assertThat(receipt.destination().address()).isEqualTo("0015550001");
    }

    @Test
    void a_deliver_sm_waits_while_no_receiver_is_bound_and_goes_out_when_one_binds() {
      SessionHarness tx = bound(BindType.TRANSMITTER, "esme1");
      CompletableFuture<DeliverSmResp> f = server.deliver("esme1", mo(1));
      tx.runTasks();
      assertThat(tx.sent).noneMatch(p -> p instanceof DeliverSm);
      assertThat(server.queuedDeliveries("esme1")).isEqualTo(1);
      SessionHarness rx = bound(BindType.RECEIVER, "esme1");
      DeliverSm d = (DeliverSm) rx.last();
      rx.receive(new DeliverSmResp(CommandStatus.OK, d.sequence(), "", Tlvs.EMPTY));
      assertThat(f).isCompletedWithValueMatching(r -> r.status().isOk());
    }

    @Test
    void the_window_limits_deliver_sm_outstanding_on_one_bind() {
      SessionHarness rx = bound(BindType.RECEIVER, "esme1");
      for (int i = 0; i < 5; i++) {
        server.deliver("esme1", mo(i));
      }
      rx.runTasks();
      List<Pdu> delivered = rx.sent.stream().filter(p -> p instanceof DeliverSm).toList();
      assertThat(delivered).hasSize(2);
      rx.receive(new DeliverSmResp(CommandStatus.OK, delivered.get(0).sequence(), "", Tlvs.EMPTY));
      assertThat(rx.sent.stream().filter(p -> p instanceof DeliverSm)).hasSize(3);
    }

    @Test
    void a_refused_deliver_sm_is_retried_after_the_interval_and_given_up_after_the_last_attempt() {
      SessionHarness rx = bound(BindType.RECEIVER, "esme1");
      CompletableFuture<DeliverSmResp> f = server.deliver("esme1", mo(1));
      for (int attempt = 1; attempt <= 3; attempt++) {
        rx.runTasks();
        DeliverSm d = (DeliverSm) rx.last();
        rx.receive(
            new DeliverSmResp(CommandStatus.TEMPORARY_APP_ERROR, d.sequence(), "", Tlvs.EMPTY));
        if (attempt < 3) {
          assertThat(f).isNotDone();
          rx.advance(Duration.ofSeconds(5));
        }
      }
      assertThat(f)
          .isCompletedWithValueMatching(r -> r.status().equals(CommandStatus.TEMPORARY_APP_ERROR));
      assertThat(server.counters().deliveriesRetried()).isEqualTo(2);
      assertThat(server.counters().deliveriesFailed()).isEqualTo(1);
    }

    @Test
    void an_unanswered_deliver_sm_is_sent_again_after_the_response_timeout_and_retry_interval() {
      SessionHarness rx = bound(BindType.RECEIVER, "esme1");
      server.deliver("esme1", mo(1));
      rx.runTasks();
      long first = rx.sent.stream().filter(p -> p instanceof DeliverSm).count();
      rx.advance(Duration.ofSeconds(16));
      assertThat(rx.sent.stream().filter(p -> p instanceof DeliverSm).count()).isEqualTo(first + 1);
      assertThat(server.counters().responseTimeouts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void deliver_sm_outstanding_on_a_lost_connection_go_to_another_bind() {
      SessionHarness a = bound(BindType.RECEIVER, "esme1");
      CompletableFuture<DeliverSmResp> f = server.deliver("esme1", mo(1));
      a.runTasks();
      SessionHarness b = bound(BindType.TRANSCEIVER, "esme1");
      a.session.onDown();
      a.runTasks();
      DeliverSm d = (DeliverSm) b.last();
      b.receive(new DeliverSmResp(CommandStatus.OK, d.sequence(), "", Tlvs.EMPTY));
      assertThat(f).isCompleted();
    }

    @Test
    void mo_routing_finds_the_receiver_whose_address_range_covers_the_destination() {
      SessionHarness rx = session();
      rx.receive(
          org.ss7sim.smpp.pdu.BindRequest.of(
              BindType.RECEIVER, 1, "esme1", "secret", "", 0x34, new Address(0, 0, "12[0-9]{2}")));
      assertThat(server.systemIdServing(Address.international("1234"))).contains("esme1");
      assertThat(server.systemIdServing(Address.international("5555"))).isEmpty();
    }

    private DeliverSm mo(int i) {
      return DeliverSm.of(
          Address.international("0015550009"),
          Address.international("1234"),
          DataCoding.SMSC_DEFAULT,
          Octets.wrap(("mo " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
  }

  @Nested
  class EnquireLinkTimers {
    @Test
    void an_idle_bound_session_sends_enquire_link_and_closes_when_it_goes_unanswered() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      h.advance(Duration.ofSeconds(31));
      assertThat(h.last()).isInstanceOf(EnquireLink.class);
      assertThat(h.closed).isFalse();
      h.advance(Duration.ofSeconds(11));
      assertThat(h.closed).isTrue();
    }

    @Test
    void an_answered_enquire_link_keeps_the_session() {
      SessionHarness h = bound(BindType.TRANSCEIVER, "esme1");
      h.advance(Duration.ofSeconds(31));
      h.receive(new EnquireLinkResp(CommandStatus.OK, h.last().sequence()));
      h.advance(Duration.ofSeconds(11));
      assertThat(h.closed).isFalse();
      assertThat(h.session.state()).isEqualTo(BindState.BOUND_TRX);
    }
  }
}
