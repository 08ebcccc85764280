package org.ss7sim.smpp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DeliveryReceipt;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/** Our ESME client against our server on loopback. */
class SmppClientTest {
  private StreamEventLoops loops;
  private MemorySmsc smsc;
  private SmppServer server;
  private InetSocketAddress address;
  private final List<DeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
  private final AtomicInteger bounds = new AtomicInteger();
  private final EsmeListener listener =
      new EsmeListener() {
        @Override
        public void onBound() {
          bounds.incrementAndGet();
        }

        @Override
        public void onReceipt(DeliveryReceipt receipt) {
          receipts.add(receipt);
        }
      };

  @BeforeEach
  void start() {
    loops = StreamEventLoops.create(2, "client-test");
    smsc = new MemorySmsc(100_000, false);
    server =
        new SmppServer(
            SmppServerConfig.defaults(
                "SS7SIM",
                EsmeAccount.of("esme1", "secret"),
                EsmeAccount.of("capped", "secret").withSubmitsPerSecond(100)),
            smsc);
    smsc.receiptsVia(server);
    address = server.listen(loops, new InetSocketAddress("127.0.0.1", 0), Optional.empty());
  }

  @AfterEach
  void stop() {
    server.close();
    loops.close();
  }

  private static SubmitSm message(int i) {
    return SubmitSm.of(
            Address.international("0015550100"),
            Address.international("00155502" + (i % 100)),
            DataCoding.SMSC_DEFAULT,
            Octets.wrap(("load " + i).getBytes(StandardCharsets.US_ASCII)))
        .withRegisteredDelivery(RegisteredDelivery.RECEIPT);
  }

  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(5);
    }
  }

  @Test
  void binds_submits_and_receives_the_receipt_for_its_message_id() throws Exception {
    SmppClient client =
        new SmppClient(
            loops, SmppClientConfig.of(address, "esme1", "secret", BindType.TRANSCEIVER), listener);
    client.start().get(5, TimeUnit.SECONDS);
    SubmitSmResp resp = client.submit(message(1)).get(5, TimeUnit.SECONDS);
    assertThat(resp.status()).isEqualTo(CommandStatus.OK);
    await(() -> !receipts.isEmpty());
    assertThat(receipts)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.messageId()).isEqualTo(resp.messageId());
              assertThat(r.state()).isEqualTo(MessageState.DELIVERED);
            });
    client.close();
  }

  @Test
  void a_rate_driven_run_within_the_window_gets_every_response_and_receipt() throws Exception {
    SmppClient client =
        new SmppClient(
            loops,
            SmppClientConfig.of(address, "esme1", "secret", BindType.TRANSCEIVER)
                .withWindowSize(32),
            listener);
    client.start().get(5, TimeUnit.SECONDS);
    LoadResult r =
        client.submitAtRate(SmppClientTest::message, 2000, 20_000).get(20, TimeUnit.SECONDS);
    assertThat(r.accepted()).isEqualTo(2000);
    assertThat(r.rejected()).isEmpty();
    await(() -> receipts.size() >= 2000);
    assertThat(receipts).hasSize(2000);
    assertThat(client.counters().receiptsReceived()).isEqualTo(2000);
    client.close();
  }

  @Test
  void a_run_above_the_accounts_rate_sees_esme_rthrottled() throws Exception {
    SmppClient client =
        new SmppClient(
            loops,
            SmppClientConfig.of(address, "capped", "secret", BindType.TRANSMITTER)
                .withWindowSize(16),
            listener);
    client.start().get(5, TimeUnit.SECONDS);
    LoadResult r =
        client.submitAtRate(SmppClientTest::message, 400, 100_000).get(20, TimeUnit.SECONDS);
    assertThat(r.rejected()).containsKey("ESME_RTHROTTLED");
    assertThat(r.accepted()).isBetween(100, 200);
    client.close();
  }

  @Test
  void a_refused_bind_fails_start() {
    SmppClient client =
        new SmppClient(
            loops, SmppClientConfig.of(address, "esme1", "wrong", BindType.TRANSCEIVER), listener);
    assertThat(client.start()).failsWithin(5, TimeUnit.SECONDS);
    assertThat(client.isBound()).isFalse();
  }

  @Test
  void after_the_smsc_unbinds_it_the_client_reconnects_and_binds_again() throws Exception {
    SmppClient client =
        new SmppClient(
            loops,
            SmppClientConfig.of(address, "esme1", "secret", BindType.TRANSCEIVER)
                .withTimers(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMillis(50)),
            listener);
    client.start().get(5, TimeUnit.SECONDS);
    assertThat(bounds.get()).isEqualTo(1);
    server.unbind("esme1");
    await(() -> bounds.get() >= 2 && client.isBound());
    assertThat(bounds.get()).isEqualTo(2);
    assertThat(client.counters().reconnects()).isGreaterThanOrEqualTo(1);
    assertThat(client.submit(message(5)).get(5, TimeUnit.SECONDS).status())
        .isEqualTo(CommandStatus.OK);
    client.close();
  }
}
