package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.tcap.testing.FakeSccpNetwork.ADDRESS_A;
import static org.ss7sim.tcap.testing.FakeSccpNetwork.ADDRESS_B;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The shell queues indications: over an SCCP that delivers synchronously (the peer answers inside
 * our request), the TC-user still hears the answer only after its request has returned, and a
 * request made inside an indication has its own indications delivered after that callback returns.
 * Indications caused by a request made outside the stack wait for the timer service (a zero-delay
 * task), the stack's own event loop.
 */
class IndicationOrderTest {
  static final ObjectIdentifier ACN = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
  static final OperationCode OP = OperationCode.local(44);

  /** Two nodes whose messages are delivered at once, inside the sender's call. */
  static final class Synchronous {
    final Map<Ssn, SccpUser> users = new HashMap<>();

    SccpService node() {
      return new SccpService() {
        @Override
        public void register(Ssn ssn, SccpUser user) {
          users.put(ssn, user);
        }

        @Override
        public void unregister(Ssn ssn) {
          users.remove(ssn);
        }

        @Override
        public void unitdata(UnitdataRequest r) {
          users
              .get(r.called().ssn())
              .onUnitdata(
                  new UnitdataIndication(
                      r.called(), r.calling(), ProtocolClass.CLASS_1, 0, true, r.data()));
        }
      };
    }
  }

  /** A TC-user that ignores what a test does not override. */
  static class Quiet implements TcUser {
    @Override
    public void onBegin(BeginIndication indication) {}

    @Override
    public void onContinue(ContinueIndication indication) {}

    @Override
    public void onEnd(EndIndication indication) {}

    @Override
    public void onAbort(AbortIndication indication) {}
  }

  final VirtualClock clock = new VirtualClock();
  final Synchronous net = new Synchronous();
  final TcapStack a = new TcapStack(net.node(), Ssn.MSC, clock, TcapConfig.defaults());
  final TcapStack b = new TcapStack(net.node(), Ssn.HLR, clock, TcapConfig.defaults());
  final List<String> log = new ArrayList<>();

  @Test
  void the_answer_to_a_begin_reaches_the_user_after_begin_returned() {
    RecordingUser userB = new RecordingUser();
    userB.onBegin =
        ind -> {
          Invoke inv = (Invoke) ind.components().get(0);
          ind.dialogue().returnResultLast(inv.invokeId(), OP, Octets.fromHex("0400"));
          ind.dialogue().end();
          log.add("B answered");
        };
    TcUser userA =
        new Quiet() {
          @Override
          public void onEnd(EndIndication indication) {
            log.add("A onEnd, open=" + indication.dialogue().isOpen());
          }
        };
    a.bind(userA);
    b.bind(userB);

    Dialogue d = a.newDialogue(ADDRESS_A, ADDRESS_B, ACN);
    d.invoke(OP, Octets.fromHex("0400"), OperationClass.CLASS_1, Duration.ofSeconds(30));
    d.begin();
    log.add("begin returned");
    clock.runDue();

    assertThat(log).containsExactly("B answered", "begin returned", "A onEnd, open=false");
    assertThat(a.dialogueCount()).isZero();
    assertThat(b.dialogueCount()).isZero();
  }

  @Test
  void a_request_made_inside_an_indication_is_answered_after_that_callback_returned() {
    RecordingUser userB = new RecordingUser();
    userB.onBegin = ind -> ind.dialogue().continueWith();
    userB.onContinue = ind -> ind.dialogue().end();
    TcUser userA =
        new Quiet() {
          @Override
          public void onContinue(ContinueIndication indication) {
            indication.dialogue().continueWith();
            log.add("A onContinue returns");
          }

          @Override
          public void onEnd(EndIndication indication) {
            log.add("A onEnd");
          }
        };
    a.bind(userA);
    b.bind(userB);

    a.newDialogue(ADDRESS_A, ADDRESS_B, ACN).begin();
    log.add("begin returned");
    clock.runDue();

    assertThat(log).containsExactly("begin returned", "A onContinue returns", "A onEnd");
    assertThat(a.dialogueCount()).isZero();
    assertThat(b.dialogueCount()).isZero();
  }
}
