package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.EnquireLink;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.testkit.VirtualClock;

/**
 * An SMSC that answers submit_sm once its store has committed (group commit): the response leaves
 * only then, on the session's thread, and the session goes on meanwhile.
 */
class DeferredSubmitTest {
  private final List<Consumer<SubmitResult>> held = new ArrayList<>();

  private final SmscService deferring =
      new SmscService() {
        @Override
        public SubmitResult submit(Submission submission) {
          throw new AssertionError("the session must use the deferred form");
        }

        @Override
        public void submit(Submission submission, Consumer<SubmitResult> answer) {
          held.add(answer);
        }
      };

  @Test
  void submit_sm_resp_leaves_only_when_the_service_answers_and_then_on_the_session_thread()
      throws Exception {
    SmppServer server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")), deferring);
    ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    SessionHarness h = new SessionHarness(server, new VirtualClock(), tasks);
    assertThat(h.answer(SessionHarness.bind(BindType.TRANSCEIVER, "esme1", "secret")).status())
        .isEqualTo(CommandStatus.OK);

    assertThat(h.receive(SessionHarness.submit(7, "one"))).isEmpty();
    assertThat(h.receive(SessionHarness.submit(8, "two"))).isEmpty();
    // the session is not blocked: enquire_link is answered while both wait for the store
    assertThat(h.answer(new EnquireLink(CommandStatus.OK, 9)).sequence()).isEqualTo(9);
    assertThat(held).hasSize(2);

    // the store commits on its own thread: nothing is sent from there
    Thread store =
        new Thread(
            () -> {
              held.get(1).accept(SubmitResult.accepted("id-2"));
              held.get(0).accept(SubmitResult.rejected(CommandStatus.SYSTEM_ERROR));
            });
    store.start();
    store.join();
    int before = h.sent.size();
    assertThat(tasks).hasSize(2);
    h.runTasks();
    List<Pdu> out = h.sent.subList(before, h.sent.size());
    assertThat(out).hasSize(2);
    SubmitSmResp second = (SubmitSmResp) out.get(0);
    assertThat(second.sequence()).isEqualTo(8);
    assertThat(second.status()).isEqualTo(CommandStatus.OK);
    assertThat(second.messageId()).isEqualTo("id-2");
    assertThat(out.get(1).sequence()).isEqualTo(7);
    assertThat(out.get(1).status()).isEqualTo(CommandStatus.SYSTEM_ERROR);
  }

  @Test
  void an_answer_on_the_session_thread_is_sent_at_once() {
    SmppServer server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
            new SmscService() {
              @Override
              public SubmitResult submit(Submission submission) {
                return SubmitResult.accepted("now");
              }
            });
    SessionHarness h = new SessionHarness(server, new VirtualClock(), new ArrayDeque<>());
    h.answer(SessionHarness.bind(BindType.TRANSCEIVER, "esme1", "secret"));
    SubmitSmResp r = (SubmitSmResp) h.answer(SessionHarness.submit(3, "x"));
    assertThat(r.messageId()).isEqualTo("now");
  }
}
