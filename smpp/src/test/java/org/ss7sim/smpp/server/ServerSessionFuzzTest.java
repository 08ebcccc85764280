package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/**
 * Mutated submit_sm on a bound session: each is answered by at most one PDU, a response with the
 * request's sequence number, no exception escapes, and the session still serves a good submit.
 */
class ServerSessionFuzzTest {
  @Test
  void mutated_submits_are_answered_and_the_session_keeps_serving() {
    SmppServer server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
            new MemorySmsc(1_000_000, false));
    SessionHarness h = new SessionHarness(server, new VirtualClock(), new ArrayDeque<>());
    h.receive(SessionHarness.bind(BindType.TRANSCEIVER, "esme1", "secret"));
    Random random = new Random(9);
    byte[] good = PduCodec.encode(SessionHarness.submit(5, "fuzzing the session"));
    for (int i = 0; i < 3000; i++) {
      byte[] m = org.ss7sim.smpp.pdu.PduMutationTest.mutate(good.clone(), random);
      if (m.length < 16) {
        continue; // the transport's framing answers these (see BadInputOverTcpTest)
      }
      fixLength(m);
      List<Pdu> out = h.receive(Octets.wrap(m));
      assertThat(out).hasSizeLessThanOrEqualTo(1);
      if (!out.isEmpty()) {
        assertThat(out.get(0).isResponse()).isTrue();
      }
      if (h.closed) {
        break;
      }
    }
    assertThat(h.closed).isFalse();
    assertThat(h.answer(SessionHarness.submit(99, "after the storm")).status())
        .isEqualTo(CommandStatus.OK);
  }

  private static void fixLength(byte[] b) {
    b[0] = (byte) (b.length >>> 24);
    b[1] = (byte) (b.length >>> 16);
    b[2] = (byte) (b.length >>> 8);
    b[3] = (byte) b.length;
  }
}
