package org.ss7sim.smpp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindTransceiver;
import org.ss7sim.smpp.pdu.BindTransceiverResp;
import org.ss7sim.smpp.pdu.BindType;
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
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.pdu.Unbind;
import org.ss7sim.smpp.pdu.UnbindResp;
import org.ss7sim.smpp.session.BindState;
import org.ss7sim.smpp.session.SmppLink;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** The ESME session machine on a virtual clock, against a scripted SMSC. */
class ClientSessionTest {
  private VirtualClock clock;
  private final List<Pdu> sent = new ArrayList<>();
  private final List<DeliveryReceipt> receipts = new ArrayList<>();
  private boolean closed;
  private ClientSession session;

  @BeforeEach
  void start() {
    clock = new VirtualClock();
    SmppClientConfig config =
        SmppClientConfig.of(
                new InetSocketAddress("127.0.0.1", 2775), "esme1", "secret", BindType.TRANSCEIVER)
            .withWindowSize(2);
    session =
        new ClientSession(
            config,
            new EsmeListener() {
              @Override
              public void onReceipt(DeliveryReceipt receipt) {
                receipts.add(receipt);
              }
            },
            new SmppLink() {
              @Override
              public void send(byte[] pdu) {
                try {
                  sent.add(PduCodec.decode(Octets.wrap(pdu)));
                } catch (MalformedMessageException e) {
                  throw new AssertionError(e);
                }
              }

              @Override
              public void close() {
                closed = true;
              }
            },
            clock,
            new ClientCounters());
  }

  private void receive(Pdu pdu) {
    session.onFrame(Octets.wrap(PduCodec.encode(pdu)));
  }

  private void bind() {
    receive(
        new BindTransceiverResp(CommandStatus.OK, sent.get(0).sequence(), "SS7SIM", Tlvs.EMPTY));
  }

  private static SubmitSm message(String text) {
    return SubmitSm.of(
        Address.international("0015550100"),
        Address.international("0015550199"),
        DataCoding.SMSC_DEFAULT,
        Octets.wrap(text.getBytes(StandardCharsets.US_ASCII)));
  }

  @Nested
  class Binding {
    @Test
    void the_bind_goes_out_first_and_its_response_binds_the_session() {
      assertThat(sent).singleElement().isInstanceOf(BindTransceiver.class);
      bind();
      assertThat(session.state()).isEqualTo(BindState.BOUND_TRX);
      assertThat(session.bound()).isCompleted();
    }

    @Test
    void a_refused_bind_closes_the_link() {
      receive(
          new BindTransceiverResp(
              CommandStatus.INVALID_PASSWORD, sent.get(0).sequence(), "SS7SIM", Tlvs.EMPTY));
      assertThat(session.bound()).isCompletedExceptionally();
      assertThat(closed).isTrue();
    }

    @Test
    void no_bind_response_within_the_response_timeout_closes_the_link() {
      clock.advance(Duration.ofSeconds(11));
      assertThat(session.bound()).isCompletedExceptionally();
      assertThat(closed).isTrue();
    }
  }

  @Nested
  class Windowing {
    @Test
    void requests_beyond_the_window_wait_for_a_response() {
      bind();
      CompletableFuture<Pdu> a = session.request(message("a"));
      CompletableFuture<Pdu> b = session.request(message("b"));
      CompletableFuture<Pdu> c = session.request(message("c"));
      assertThat(sent.stream().filter(p -> p instanceof SubmitSm)).hasSize(2);
      receive(new SubmitSmResp(CommandStatus.OK, sent.get(1).sequence(), "m1", Tlvs.EMPTY));
      assertThat(a).isCompletedWithValueMatching(p -> ((SubmitSmResp) p).messageId().equals("m1"));
      assertThat(sent.stream().filter(p -> p instanceof SubmitSm)).hasSize(3);
      receive(new GenericNack(CommandStatus.INVALID_COMMAND_LENGTH, sent.get(2).sequence()));
      assertThat(b).isCompletedWithValueMatching(p -> p instanceof GenericNack);
      assertThat(c).isNotDone();
    }

    @Test
    void an_unanswered_request_fails_after_the_response_timeout() {
      bind();
      CompletableFuture<Pdu> a = session.request(message("a"));
      clock.advance(Duration.ofSeconds(11));
      assertThat(a).isCompletedExceptionally();
    }

    @Test
    void submitting_before_the_bind_is_refused_locally() {
      assertThat(session.request(message("early"))).isCompletedExceptionally();
    }
  }

  @Nested
  class FromTheSmsc {
    @Test
    void a_receipt_is_acknowledged_and_handed_to_the_listener() {
      bind();
      Instant t = Instant.parse("2026-01-01T00:00:00Z");
      DeliverSm d =
          new DeliveryReceipt("abc", 1, 1, t, t, MessageState.DELIVERED, 0, "hi")
              .toDeliverSm(Address.international("0015550199"), Address.international("0015550100"))
              .withSequence(77);
      receive(d);
      assertThat(sent.get(sent.size() - 1))
          .isEqualTo(new DeliverSmResp(CommandStatus.OK, 77, "", Tlvs.EMPTY));
      assertThat(receipts).singleElement().extracting(DeliveryReceipt::messageId).isEqualTo("abc");
    }

    @Test
    void enquire_link_is_answered_and_an_idle_link_is_probed() {
      bind();
      receive(new EnquireLink(CommandStatus.OK, 5));
      assertThat(sent.get(sent.size() - 1)).isEqualTo(new EnquireLinkResp(CommandStatus.OK, 5));
      clock.advance(Duration.ofSeconds(31));
      assertThat(sent.get(sent.size() - 1)).isInstanceOf(EnquireLink.class);
      clock.advance(Duration.ofSeconds(11));
      assertThat(closed).isTrue();
    }

    @Test
    void an_unbind_from_the_smsc_is_answered_and_closes() {
      bind();
      receive(new Unbind(CommandStatus.OK, 8));
      assertThat(sent.get(sent.size() - 1)).isEqualTo(new UnbindResp(CommandStatus.OK, 8));
      assertThat(closed).isTrue();
    }
  }
}
