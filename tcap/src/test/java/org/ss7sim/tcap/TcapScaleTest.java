package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.sccp.SccpService;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataRequest;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/**
 * A million open dialogues, each with a pending invoke: ids unique, every one found by id, the
 * limit answered with P-Abort, and all of them cleaned up by their timers. (Heap per dialogue is
 * measured by {@code bench}'s DialogueHeapMain, not here.)
 */
class TcapScaleTest {
  static final int N = 1_000_000;

  @Test
  void a_million_dialogues_open_are_found_limited_and_cleaned_up() throws Exception {
    VirtualClock clock = new VirtualClock();
    List<UnitdataRequest> sent = new ArrayList<>();
    SccpUser[] bound = new SccpUser[1];
    SccpService sccp =
        new SccpService() {
          @Override
          public void register(Ssn ssn, SccpUser user) {
            bound[0] = user;
          }

          @Override
          public void unregister(Ssn ssn) {}

          @Override
          public void unitdata(UnitdataRequest request) {
            if (request.data().get(0) == 0x67) {
              sent.add(request);
            }
          }
        };
    TcapStack stack =
        new TcapStack(sccp, Ssn.MSC, clock, TcapConfig.defaults().withMaxDialogues(N));
    RecordingUser user = new RecordingUser();
    stack.bind(user);
    Octets argument = MtForwardSmSample.argument();
    long[] ids = new long[N];
    for (int i = 0; i < N; i++) {
      Dialogue d = stack.newDialogue(FakeSccpNetwork.ADDRESS_A, FakeSccpNetwork.ADDRESS_B, null);
      d.invoke(OperationCode.local(44), argument, OperationClass.CLASS_1, Duration.ofSeconds(20));
      d.begin();
      ids[i] = d.id();
    }
    assertThat(stack.dialogueCount()).isEqualTo(N);
    assertThat(stack.pendingInvokeCount()).isEqualTo(N);
    for (int i = 0; i < N; i++) {
      assertThat(stack.dialogue(ids[i]).id()).isEqualTo(ids[i]);
    }

    bound[0].onUnitdata(
        new org.ss7sim.sccp.UnitdataIndication(
            FakeSccpNetwork.ADDRESS_A,
            FakeSccpNetwork.ADDRESS_B,
            org.ss7sim.sccp.ProtocolClass.CLASS_1,
            0,
            true,
            Octets.fromHex("6206 4804 01020304")));
    Abort refusal = (Abort) TcMessageCodec.decode(sent.get(0).data());
    assertThat(refusal.pAbortCause()).isEqualTo(PAbortCause.RESOURCE_LIMITATION);
    assertThat(stack.dialogueCount()).isEqualTo(N);

    clock.advance(Duration.ofSeconds(21));
    assertThat(stack.pendingInvokeCount()).isZero();
    assertThat(stack.counters().invokeTimeouts()).isEqualTo(N);
    user.events.clear();
    clock.advance(Duration.ofSeconds(60));
    assertThat(stack.dialogueCount()).isZero();
    assertThat(stack.counters().idleTimeouts()).isEqualTo(N);
    assertThat(clock.pendingTimers()).isZero();
  }
}
