package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.smpp.session.WireTap;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/**
 * Issue 17, "traces that pair up": the wire taps of client and server see every PDU with the
 * sequence number it carried, the bind and unbind included, so each response pairs with its
 * request; both sides see the same PDUs in the same order.
 */
class WireTapTest {
  private record Seen(boolean outbound, Pdu pdu) {
    String key() {
      return pdu.commandId() + "#" + pdu.sequence();
    }
  }

  private static final class Recorder implements WireTap {
    final List<Seen> seen = new ArrayList<>();
    final CompletableFuture<Void> unbound = new CompletableFuture<>();

    @Override
    public synchronized void onPdu(String peer, boolean outbound, Octets pdu, long timeMillis) {
      try {
        Pdu p = PduCodec.decode(pdu);
        seen.add(new Seen(outbound, p));
        if (p.commandId() == CommandId.UNBIND_RESP) {
          unbound.complete(null);
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    synchronized List<Seen> snapshot() {
      return new ArrayList<>(seen);
    }
  }

  @Test
  void every_pdu_is_tapped_with_its_wire_sequence_and_each_response_pairs_with_its_request()
      throws Exception {
    Recorder serverTap = new Recorder();
    Recorder clientTap = new Recorder();
    try (StreamEventLoops loops = StreamEventLoops.create(1, "tap-test")) {
      MemorySmsc smsc = new MemorySmsc(100, true);
      SmppServer server =
          new SmppServer(
              SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
              smsc,
              serverTap);
      smsc.receiptsVia(server);
      InetSocketAddress a =
          server.listen(loops, new InetSocketAddress("127.0.0.1", 0), Optional.empty());
      SmppClient client =
          new SmppClient(
              loops,
              SmppClientConfig.of(a, "esme1", "secret", BindType.TRANSCEIVER),
              new EsmeListener() {},
              clientTap);
      client.start().get(10, TimeUnit.SECONDS);
      for (int i = 0; i < 3; i++) {
        SubmitSm sm =
            SubmitSm.of(
                    Address.international("447700900001"),
                    Address.international("44770090010" + i),
                    DataCoding.SMSC_DEFAULT,
                    Octets.fromHex("6869"))
                .withRegisteredDelivery(RegisteredDelivery.RECEIPT);
        client.submit(sm).get(10, TimeUnit.SECONDS);
      }
      client.close();
      serverTap.unbound.get(10, TimeUnit.SECONDS);
      clientTap.unbound.get(10, TimeUnit.SECONDS);
      server.close();
    }
    List<Seen> c = clientTap.snapshot();
    List<Seen> s = serverTap.snapshot();

    assertThat(c.get(0).pdu().commandId()).isEqualTo(CommandId.BIND_TRANSCEIVER);
    assertThat(c.get(0).outbound()).isTrue();
    assertThat(c.get(1).pdu().commandId()).isEqualTo(CommandId.BIND_TRANSCEIVER_RESP);
    assertThat(c.get(1).pdu().sequence()).isEqualTo(c.get(0).pdu().sequence());
    List<Integer> submitSeqs =
        c.stream()
            .filter(x -> x.pdu().commandId() == CommandId.SUBMIT_SM)
            .map(x -> x.pdu().sequence())
            .toList();
    assertThat(submitSeqs).hasSize(3).doesNotHaveDuplicates().doesNotContain(0);
    assertThat(c.stream().map(x -> x.pdu().commandId()))
        .contains(
            CommandId.DELIVER_SM,
            CommandId.DELIVER_SM_RESP,
            CommandId.UNBIND,
            CommandId.UNBIND_RESP);
    pairsUp(c);
    pairsUp(s);
    // the server saw the same PDUs, mirrored: what one sent the other received, in order
    assertThat(s.stream().filter(x -> !x.outbound()).map(Seen::key))
        .containsExactlyElementsOf(c.stream().filter(Seen::outbound).map(Seen::key).toList());
    assertThat(s.stream().filter(Seen::outbound).map(Seen::key))
        .containsExactlyElementsOf(c.stream().filter(x -> !x.outbound()).map(Seen::key).toList());
  }

  /** Each response follows a request of the other direction with the same sequence_number. */
  private static void pairsUp(List<Seen> seen) {
    for (int i = 0; i < seen.size(); i++) {
      Seen r = seen.get(i);
      if (!r.pdu().isResponse()) {
        continue;
      }
      long requestCode = r.pdu().commandCode() & 0x7fffffffL;
      boolean found = false;
      for (int j = 0; j < i && !found; j++) {
        Seen q = seen.get(j);
        found =
            q.outbound() != r.outbound()
                && q.pdu().commandCode() == requestCode
                && q.pdu().sequence() == r.pdu().sequence();
      }
      assertThat(found).as("request before " + r.key()).isTrue();
    }
  }
}
