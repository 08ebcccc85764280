package org.ss7sim.tcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ss7sim.tcap.testing.FakeSccpNetwork.ADDRESS_A;
import static org.ss7sim.tcap.testing.FakeSccpNetwork.ADDRESS_B;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.component.ReturnError;
import org.ss7sim.tcap.component.ReturnResult;
import org.ss7sim.tcap.dialogue.Aare;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.dialogue.Abrt;
import org.ss7sim.tcap.dialogue.AssociateResult;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.tcap.transaction.DialogueState;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** The TC service end to end between two stacks over a fake SCCP, on a virtual clock. */
class TcapStackTest {
  static final ObjectIdentifier SHORT_MSG_MT_RELAY_V3 = ObjectIdentifier.parse("0.4.0.0.1.0.25.3");
  static final ObjectIdentifier SHORT_MSG_MT_RELAY_V2 = ObjectIdentifier.parse("0.4.0.0.1.0.25.2");
  static final OperationCode MT_FORWARD_SM = OperationCode.local(44);
  static final Octets ARGUMENT = Octets.fromHex("3006 8004 00010203");
  static final Octets RESULT = Octets.fromHex("3003 040100");

  final VirtualClock clock = new VirtualClock();
  final FakeSccpNetwork net = new FakeSccpNetwork();
  final TcapConfig config = TcapConfig.defaults().withIdleTimeout(Duration.ofSeconds(60));
  TcapStack a = new TcapStack(net.a, Ssn.MSC, clock, config);
  TcapStack b = new TcapStack(net.b, Ssn.HLR, clock, config);
  final RecordingUser userA = new RecordingUser();
  final RecordingUser userB = new RecordingUser();
  boolean expectLeftovers;

  @BeforeEach
  void bind() {
    a.bind(userA);
    b.bind(userB);
  }

  @AfterEach
  void no_dialogue_or_invoke_is_left_behind() {
    if (!expectLeftovers) {
      assertThat(a.dialogueCount()).as("dialogues left in A").isZero();
      assertThat(b.dialogueCount()).as("dialogues left in B").isZero();
      assertThat(a.pendingInvokeCount()).isZero();
      assertThat(b.pendingInvokeCount()).isZero();
    }
  }

  Dialogue beginFromA(OperationClass cls) {
    Dialogue d = a.newDialogue(ADDRESS_A, ADDRESS_B, SHORT_MSG_MT_RELAY_V3);
    d.invoke(MT_FORWARD_SM, ARGUMENT, cls, Duration.ofSeconds(30));
    d.begin();
    net.pump();
    return d;
  }

  /** Hands bytes to stack B as if A's SCCP had sent them. */
  void toB(String hex) {
    net.b.receive(ADDRESS_B, ADDRESS_A, Octets.fromHex(hex));
    net.pump();
  }

  @Nested
  class BasicDialogues {
    @Test
    void begin_answered_by_end_with_result_delivers_the_result_and_releases_both_sides() {
      userB.onBegin =
          ind -> {
            Invoke inv = (Invoke) ind.components().get(0);
            ind.dialogue().returnResultLast(inv.invokeId(), inv.opCode(), RESULT);
            ind.dialogue().end();
          };
      Dialogue d = beginFromA(OperationClass.CLASS_1);

      BeginIndication begin = userB.last(BeginIndication.class);
      assertThat(begin.applicationContext()).isEqualTo(SHORT_MSG_MT_RELAY_V3);
      assertThat(begin.components())
          .containsExactly(new Invoke(InvokeId.of(1), null, MT_FORWARD_SM, ARGUMENT));
      EndIndication end = userA.last(EndIndication.class);
      assertThat(end.dialogue()).isSameAs(d);
      assertThat(end.applicationContext()).isEqualTo(SHORT_MSG_MT_RELAY_V3);
      assertThat(end.components())
          .containsExactly(new ReturnResult(InvokeId.of(1), true, MT_FORWARD_SM, RESULT));
      assertThat(d.isOpen()).isFalse();

      List<TcMessage> wire = net.messages();
      Begin sent = (Begin) wire.get(0);
      assertThat(sent.otid()).isEqualTo(d.localTransactionId());
      assertThat(sent.dialoguePortion().pdu()).isEqualTo(Aarq.of(SHORT_MSG_MT_RELAY_V3, null));
      End answer = (End) wire.get(1);
      assertThat(answer.dtid()).isEqualTo(sent.otid());
      assertThat(((Aare) answer.dialoguePortion().pdu()).result())
          .isEqualTo(AssociateResult.ACCEPTED);
    }

    @Test
    void continue_then_end_moves_through_initiation_and_active() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      Dialogue d = beginFromA(OperationClass.CLASS_1);
      Dialogue atB = userB.last(BeginIndication.class).dialogue();
      assertThat(d.state()).isEqualTo(DialogueState.ACTIVE);
      assertThat(atB.state()).isEqualTo(DialogueState.ACTIVE);
      ContinueIndication cont = userA.last(ContinueIndication.class);
      assertThat(cont.applicationContext()).isEqualTo(SHORT_MSG_MT_RELAY_V3);
      assertThat(d.remoteTransactionId()).isEqualTo(atB.localTransactionId());

      atB.returnResultLast(InvokeId.of(1), MT_FORWARD_SM, RESULT);
      atB.continueWith();
      net.pump();
      Continue second = (Continue) net.last();
      assertThat(second.dialoguePortion()).as("only the first answer carries the AARE").isNull();
      assertThat(a.pendingInvokeCount()).isZero();

      d.end();
      net.pump();
      assertThat(userB.last(EndIndication.class).dialogue()).isSameAs(atB);
    }

    @Test
    void dialogue_without_application_context_has_no_dialogue_portion() {
      userB.onBegin = ind -> ind.dialogue().end();
      Dialogue d = a.newDialogue(ADDRESS_A, ADDRESS_B, null);
      d.invoke(MT_FORWARD_SM, ARGUMENT, OperationClass.CLASS_4, Duration.ofSeconds(5));
      d.begin();
      net.pump();
      assertThat(net.messages()).allMatch(m -> m.dialoguePortion() == null);
      assertThat(userB.last(BeginIndication.class).applicationContext()).isNull();
    }

    @Test
    void prearranged_end_releases_without_sending() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      Dialogue d = beginFromA(OperationClass.CLASS_4);
      int sent = net.wire.size();
      d.endPrearranged();
      userB.last(BeginIndication.class).dialogue().endPrearranged();
      assertThat(net.wire).hasSize(sent);
    }

    @Test
    void requests_the_state_does_not_allow_are_refused() {
      Dialogue d = a.newDialogue(ADDRESS_A, ADDRESS_B, SHORT_MSG_MT_RELAY_V3);
      assertThatThrownBy(d::continueWith).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(d::end).isInstanceOf(IllegalStateException.class);
      d.begin();
      assertThatThrownBy(d::begin).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(d::end).isInstanceOf(IllegalStateException.class);
      d.userAbort(null);
      assertThat(net.wire).hasSize(1);
      assertThatThrownBy(d::continueWith)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("released");
      net.pump();
      assertThat(b.dialogueCount()).isOne();
      b.dialogue(userB.last(BeginIndication.class).dialogue().id()).userAbort(null);
      net.pump();
    }

    @Test
    void unidirectional_carries_components_and_the_audt_context() {
      a.sendUnidirectional(
          ADDRESS_A,
          ADDRESS_B,
          SHORT_MSG_MT_RELAY_V3,
          List.of(new Invoke(InvokeId.of(0), null, MT_FORWARD_SM, ARGUMENT)));
      net.pump();
      UnidirectionalIndication uni = userB.last(UnidirectionalIndication.class);
      assertThat(uni.applicationContext()).isEqualTo(SHORT_MSG_MT_RELAY_V3);
      assertThat(uni.remoteAddress()).isEqualTo(ADDRESS_A);
      assertThat(uni.components()).hasSize(1);
    }
  }

  @Nested
  class Aborts {
    @Test
    void user_abort_from_the_responder_reaches_the_initiator_with_user_information() {
      Octets why = Octets.fromHex("2803 0201 01");
      userB.onBegin = ind -> ind.dialogue().userAbort(why);
      beginFromA(OperationClass.CLASS_1);
      AbortIndication abort = userA.last(AbortIndication.class);
      assertThat(abort.kind()).isEqualTo(AbortIndication.Kind.USER);
      assertThat(((Abrt) abort.dialoguePortion().pdu()).source())
          .isEqualTo(Abrt.AbortSource.DIALOGUE_SERVICE_USER);
      assertThat(abort.userInformation()).isEqualTo(why);
    }

    @Test
    void user_abort_from_the_initiator_in_active_state() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      Dialogue d = beginFromA(OperationClass.CLASS_1);
      d.userAbort(null);
      net.pump();
      assertThat(userB.last(AbortIndication.class).kind()).isEqualTo(AbortIndication.Kind.USER);
    }

    @Test
    void refused_application_context_names_the_supported_one_for_version_fallback() {
      userB.onBegin = ind -> ind.dialogue().refuseApplicationContext(SHORT_MSG_MT_RELAY_V2);
      beginFromA(OperationClass.CLASS_1);
      AbortIndication abort = userA.last(AbortIndication.class);
      assertThat(abort.kind()).isEqualTo(AbortIndication.Kind.USER);
      assertThat(abort.applicationContextNotSupported()).isEqualTo(SHORT_MSG_MT_RELAY_V2);
      Abort wire = (Abort) net.last();
      assertThat(((Aare) wire.dialoguePortion().pdu()).result())
          .isEqualTo(AssociateResult.REJECT_PERMANENT);
    }

    @Test
    void continue_for_an_unknown_dialogue_is_answered_with_p_abort_unrecognized_transaction_id() {
      toB("650c 4804 0000abcd 4904 12345678");
      Abort abort = (Abort) net.last();
      assertThat(abort.dtid()).isEqualTo(TransactionId.of(0xabcd));
      assertThat(abort.pAbortCause()).isEqualTo(PAbortCause.UNRECOGNIZED_TRANSACTION_ID);
      assertThat(b.counters().discardedUnknownDialogue()).isOne();
    }

    @Test
    void p_abort_from_the_peer_is_a_provider_abort_indication() {
      userB.onBegin = ind -> {};
      Dialogue d = beginFromA(OperationClass.CLASS_1);
      Dialogue atB = userB.last(BeginIndication.class).dialogue();
      net.a.receive(
          ADDRESS_A,
          ADDRESS_B,
          TcMessageCodec.encode(
              Abort.provider(d.localTransactionId(), PAbortCause.RESOURCE_LIMITATION)));
      AbortIndication abort = userA.last(AbortIndication.class);
      assertThat(abort.kind()).isEqualTo(AbortIndication.Kind.PROVIDER);
      assertThat(abort.pAbortCause()).isEqualTo(PAbortCause.RESOURCE_LIMITATION);
      atB.endPrearranged();
    }

    @Test
    void end_and_abort_for_unknown_dialogues_are_dropped_without_answer() {
      toB("6406 4904 00000099");
      toB("6709 4904 00000099 4a0101");
      assertThat(net.wire).isEmpty();
      assertThat(b.counters().discardedUnknownDialogue()).isEqualTo(2);
    }
  }

  @Nested
  class Timers {
    @Test
    void invocation_timer_expiry_gives_a_cancel_indication_and_frees_the_invoke() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      Dialogue d = beginFromA(OperationClass.CLASS_1);
      assertThat(a.pendingInvokeCount()).isOne();
      clock.advance(Duration.ofSeconds(29));
      assertThat(userA.all(RecordingUser.InvokeTimeout.class)).isEmpty();
      clock.advance(Duration.ofSeconds(2));
      assertThat(userA.last(RecordingUser.InvokeTimeout.class).invokeId())
          .isEqualTo(InvokeId.of(1));
      assertThat(a.pendingInvokeCount()).isZero();
      d.end();
      net.pump();
    }

    @Test
    void idle_dialogues_are_aborted_on_both_sides_and_users_told() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      beginFromA(OperationClass.CLASS_4);
      clock.advance(Duration.ofSeconds(61));
      net.pump();
      assertThat(userA.last(AbortIndication.class).kind())
          .isEqualTo(AbortIndication.Kind.IDLE_TIMEOUT);
      assertThat(userB.last(AbortIndication.class).kind())
          .isEqualTo(AbortIndication.Kind.IDLE_TIMEOUT);
      assertThat(a.counters().idleTimeouts()).isOne();
    }

    @Test
    void traffic_restarts_the_idle_timer() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      Dialogue d = beginFromA(OperationClass.CLASS_4);
      clock.advance(Duration.ofSeconds(50));
      d.continueWith();
      net.pump();
      clock.advance(Duration.ofSeconds(50));
      assertThat(d.isOpen()).isTrue();
      d.end();
      net.pump();
    }
  }

  @Nested
  class ComponentSublayer {
    Dialogue atB;

    Dialogue open(OperationClass cls) {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      Dialogue d = beginFromA(cls);
      atB = userB.last(BeginIndication.class).dialogue();
      return d;
    }

    @Test
    void result_for_an_unknown_invoke_is_rejected_to_the_peer_and_reported_locally() {
      Dialogue d = open(OperationClass.CLASS_1);
      atB.returnResultLast(InvokeId.of(77), MT_FORWARD_SM, RESULT);
      atB.continueWith();
      net.pump();
      RecordingUser.LocalReject rej = userA.last(RecordingUser.LocalReject.class);
      assertThat(rej.reject())
          .isEqualTo(
              new Reject(
                  InvokeId.of(77),
                  RejectProblem.ReturnResultProblem.UNRECOGNIZED_INVOKE_ID.problem()));
      assertThat(userA.last(ContinueIndication.class).components()).isEmpty();
      d.end();
      net.pump();
      assertThat(userB.last(EndIndication.class).components()).containsExactly(rej.reject());
    }

    @Test
    void result_for_a_class_2_operation_is_unexpected() {
      Dialogue d = open(OperationClass.CLASS_2);
      atB.returnResultLast(InvokeId.of(1), MT_FORWARD_SM, RESULT);
      atB.continueWith();
      net.pump();
      assertThat(userA.last(RecordingUser.LocalReject.class).reject().problem())
          .isEqualTo(RejectProblem.ReturnResultProblem.RETURN_RESULT_UNEXPECTED.problem());
      d.userAbort(null);
      net.pump();
    }

    @Test
    void error_for_a_class_3_operation_is_unexpected_and_for_class_1_is_delivered() {
      Dialogue d = open(OperationClass.CLASS_3);
      atB.returnError(InvokeId.of(1), ErrorCode.local(27), null);
      atB.continueWith();
      net.pump();
      assertThat(userA.last(RecordingUser.LocalReject.class).reject().problem())
          .isEqualTo(RejectProblem.ReturnErrorProblem.RETURN_ERROR_UNEXPECTED.problem());
      InvokeId second =
          d.invoke(MT_FORWARD_SM, ARGUMENT, OperationClass.CLASS_1, Duration.ofSeconds(10));
      d.continueWith();
      net.pump();
      atB.returnError(second, ErrorCode.local(27), null);
      atB.end();
      net.pump();
      assertThat(userA.last(EndIndication.class).components())
          .containsExactly(new ReturnError(second, ErrorCode.local(27), null));
    }

    @Test
    void result_not_last_keeps_the_invocation_until_the_last() {
      Dialogue d = open(OperationClass.CLASS_1);
      atB.returnResultNotLast(InvokeId.of(1), MT_FORWARD_SM, RESULT);
      atB.continueWith();
      net.pump();
      assertThat(d.isPending(InvokeId.of(1))).isTrue();
      atB.returnResultLast(InvokeId.of(1), MT_FORWARD_SM, RESULT);
      atB.end();
      net.pump();
      assertThat(userA.last(EndIndication.class).components()).hasSize(1);
    }

    @Test
    void linked_invoke_must_refer_to_a_pending_invocation() {
      Dialogue d = open(OperationClass.CLASS_1);
      atB.invoke(
          OperationCode.local(46),
          null,
          OperationClass.CLASS_4,
          Duration.ofSeconds(5),
          InvokeId.of(1));
      atB.invoke(
          OperationCode.local(46),
          null,
          OperationClass.CLASS_4,
          Duration.ofSeconds(5),
          InvokeId.of(9));
      atB.continueWith();
      net.pump();
      assertThat(userA.last(ContinueIndication.class).components()).hasSize(1);
      assertThat(userA.last(RecordingUser.LocalReject.class).reject())
          .isEqualTo(
              new Reject(
                  InvokeId.of(2), RejectProblem.InvokeProblem.UNRECOGNIZED_LINKED_ID.problem()));
      d.userAbort(null);
      net.pump();
    }

    @Test
    void received_reject_releases_the_invocation() {
      Dialogue d = open(OperationClass.CLASS_1);
      atB.reject(InvokeId.of(1), RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
      atB.continueWith();
      net.pump();
      assertThat(d.isPending(InvokeId.of(1))).isFalse();
      assertThat(userA.last(ContinueIndication.class).components()).hasSize(1);
      d.end();
      net.pump();
    }

    @Test
    void mistyped_component_in_a_begin_is_rejected_with_the_answer() {
      userB.onBegin = ind -> ind.dialogue().end();
      // Begin, otid 1, component portion: Invoke with id 5 and a BOOLEAN where the opcode belongs
      toB("6210 4804 00000001 6c08 a106 020105 010100");
      RecordingUser.LocalReject rej = userB.last(RecordingUser.LocalReject.class);
      assertThat(rej.reject())
          .isEqualTo(
              new Reject(InvokeId.of(5), RejectProblem.General.MISTYPED_COMPONENT.problem()));
      End answer = (End) net.last();
      assertThat(answer.components()).containsExactly(rej.reject());
    }

    @Test
    void unrecognized_component_type_is_rejected() {
      userB.onBegin = ind -> ind.dialogue().end();
      toB("6210 4804 00000001 6c08 a506 020105 020100");
      End answer = (End) net.last();
      assertThat(answer.components())
          .containsExactly(
              new Reject(InvokeId.of(5), RejectProblem.General.UNRECOGNIZED_COMPONENT.problem()));
    }

    @Test
    void user_cancel_forgets_the_invocation() {
      Dialogue d = open(OperationClass.CLASS_1);
      d.cancel(InvokeId.of(1));
      assertThat(a.pendingInvokeCount()).isZero();
      d.end();
      net.pump();
    }
  }

  /** Q.774 §3.2.2.3: an invoke id held by a received invoke the TC-user has not answered. */
  @Nested
  class DuplicateInvokeIds {
    Dialogue d;
    Dialogue atB;

    void open() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      d = beginFromA(OperationClass.CLASS_1);
      atB = userB.last(BeginIndication.class).dialogue();
    }

    /** A Continue from A to B carrying {@code components}, as A's peer might send it. */
    void continueToB(Component... components) {
      net.b.receive(
          ADDRESS_B,
          ADDRESS_A,
          TcMessageCodec.encode(
              new Continue(
                  d.localTransactionId(), atB.localTransactionId(), null, List.of(components))));
      net.pump();
    }

    Invoke invoke(int id) {
      return new Invoke(InvokeId.of(id), null, MT_FORWARD_SM, ARGUMENT);
    }

    Reject duplicate(int id) {
      return new Reject(InvokeId.of(id), RejectProblem.InvokeProblem.DUPLICATE_INVOKE_ID.problem());
    }

    @Test
    void second_invoke_with_the_same_id_in_one_begin_is_rejected_and_not_delivered() {
      userB.onBegin = ind -> ind.dialogue().end();
      net.b.receive(
          ADDRESS_B,
          ADDRESS_A,
          TcMessageCodec.encode(
              new Begin(
                  TransactionId.of(7),
                  null,
                  List.<Component>of(
                      invoke(1),
                      new Invoke(InvokeId.of(1), null, OperationCode.local(46), null)))));
      net.pump();
      assertThat(userB.last(BeginIndication.class).components()).containsExactly(invoke(1));
      assertThat(userB.last(RecordingUser.LocalReject.class).reject()).isEqualTo(duplicate(1));
      assertThat(((End) net.last()).components()).containsExactly(duplicate(1));
      assertThat(b.counters().rejectsSent()).isOne();
    }

    @Test
    void invoke_reusing_the_id_of_an_unanswered_invoke_is_rejected_with_the_next_answer() {
      open();
      continueToB(invoke(2), invoke(1));
      ContinueIndication cont = userB.last(ContinueIndication.class);
      assertThat(cont.components())
          .as("the new id is delivered, the duplicate is not")
          .containsExactly(invoke(2));
      assertThat(userB.last(RecordingUser.LocalReject.class).reject()).isEqualTo(duplicate(1));
      net.wire.clear();
      atB.continueWith();
      net.pump();
      assertThat(((Continue) net.messages().get(0)).components()).containsExactly(duplicate(1));
      d.userAbort(null);
      net.pump();
    }

    @ParameterizedTest(name = "{0} frees the id: {1}")
    @CsvSource({"RESULT_LAST, true", "ERROR, true", "U_REJECT, true", "RESULT_NOT_LAST, false"})
    void the_users_last_answer_frees_the_invoke_id(String answer, boolean freed) {
      open();
      InvokeId one = InvokeId.of(1);
      switch (answer) {
        case "RESULT_LAST" -> atB.returnResultLast(one, MT_FORWARD_SM, RESULT);
        case "ERROR" -> atB.returnError(one, ErrorCode.local(27), null);
        case "U_REJECT" ->
            atB.reject(one, RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
        default -> atB.returnResultNotLast(one, MT_FORWARD_SM, RESULT);
      }
      atB.continueWith();
      net.pump();
      userB.events.clear();

      continueToB(invoke(1));

      if (freed) {
        assertThat(userB.last(ContinueIndication.class).components()).containsExactly(invoke(1));
        assertThat(userB.all(RecordingUser.LocalReject.class)).isEmpty();
      } else {
        assertThat(userB.last(ContinueIndication.class).components()).isEmpty();
        assertThat(userB.last(RecordingUser.LocalReject.class).reject()).isEqualTo(duplicate(1));
      }
      d.userAbort(null);
      net.pump();
    }

    @Test
    void invoke_ids_held_by_one_dialogue_do_not_affect_another() {
      open();
      Dialogue first = d;
      Dialogue firstAtB = atB;
      open();
      continueToB(invoke(1));
      assertThat(userB.last(ContinueIndication.class).dialogue()).isSameAs(atB);
      assertThat(userB.last(RecordingUser.LocalReject.class).reject()).isEqualTo(duplicate(1));
      firstAtB.returnResultLast(InvokeId.of(1), MT_FORWARD_SM, RESULT);
      firstAtB.end();
      d.userAbort(null);
      net.pump();
      assertThat(first.isOpen()).isFalse();
    }
  }

  /** Q.774 §3.2.2, figure A.4: the invoke id after the last result or error. */
  @Nested
  class WaitForReject {
    Dialogue d;
    Dialogue atB;

    void open(OperationClass cls) {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      d = beginFromA(cls);
      atB = userB.last(BeginIndication.class).dialogue();
    }

    void answer(boolean error) {
      if (error) {
        atB.returnError(InvokeId.of(1), ErrorCode.local(27), null);
      } else {
        atB.returnResultLast(InvokeId.of(1), MT_FORWARD_SM, RESULT);
      }
      atB.continueWith();
      net.pump();
    }

    RejectProblem problemOfLateAnswer(boolean error) {
      int before = userA.all(RecordingUser.LocalReject.class).size();
      answer(error);
      List<RecordingUser.LocalReject> rejects = userA.all(RecordingUser.LocalReject.class);
      assertThat(rejects).hasSize(before + 1);
      assertThat(userA.last(ContinueIndication.class).components()).isEmpty();
      return rejects.get(before).reject().problem();
    }

    @ParameterizedTest(name = "{0} error={1}")
    @CsvSource({"CLASS_1, false", "CLASS_3, false", "CLASS_1, true", "CLASS_2, true"})
    void a_late_duplicate_answer_is_rejected_until_the_reject_timer_runs_out(
        OperationClass cls, boolean error) {
      open(cls);
      answer(error);
      assertThat(userA.last(ContinueIndication.class).components()).hasSize(1);
      assertThat(d.isPending(InvokeId.of(1))).isFalse();
      assertThat(a.pendingInvokeCount()).isZero();

      RejectProblem unexpected =
          error
              ? RejectProblem.ReturnErrorProblem.RETURN_ERROR_UNEXPECTED.problem()
              : RejectProblem.ReturnResultProblem.RETURN_RESULT_UNEXPECTED.problem();
      assertThat(problemOfLateAnswer(error)).isEqualTo(unexpected);

      clock.advance(TcapStack.REJECT_TIMEOUT.plusMillis(200));
      RejectProblem unknown =
          error
              ? RejectProblem.ReturnErrorProblem.UNRECOGNIZED_INVOKE_ID.problem()
              : RejectProblem.ReturnResultProblem.UNRECOGNIZED_INVOKE_ID.problem();
      assertThat(problemOfLateAnswer(error)).isEqualTo(unknown);
      clock.advance(Duration.ofSeconds(40));
      assertThat(userA.all(RecordingUser.InvokeTimeout.class))
          .as("the reject timer is not an invocation timeout")
          .isEmpty();
      d.end();
      net.pump();
    }

    @Test
    void the_invoke_id_stays_reserved_while_waiting_for_reject() {
      open(OperationClass.CLASS_1);
      answer(false);
      for (int i = 0; i < 255; i++) {
        d.invoke(MT_FORWARD_SM, null, OperationClass.CLASS_4, Duration.ofSeconds(30));
      }
      assertThatThrownBy(
              () -> d.invoke(MT_FORWARD_SM, null, OperationClass.CLASS_4, Duration.ofSeconds(30)))
          .isInstanceOf(IllegalStateException.class);
      clock.advance(TcapStack.REJECT_TIMEOUT.plusMillis(200));
      assertThat(d.invoke(MT_FORWARD_SM, null, OperationClass.CLASS_4, Duration.ofSeconds(30)))
          .isEqualTo(InvokeId.of(1));
      d.userAbort(null);
      net.pump();
    }

    @Test
    void the_user_rejecting_the_result_ends_the_wait() {
      open(OperationClass.CLASS_1);
      answer(false);
      d.reject(InvokeId.of(1), RejectProblem.ReturnResultProblem.MISTYPED_PARAMETER.problem());
      d.continueWith();
      net.pump();
      assertThat(userB.last(ContinueIndication.class).components())
          .containsExactly(
              new Reject(
                  InvokeId.of(1), RejectProblem.ReturnResultProblem.MISTYPED_PARAMETER.problem()));
      assertThat(problemOfLateAnswer(false))
          .isEqualTo(RejectProblem.ReturnResultProblem.UNRECOGNIZED_INVOKE_ID.problem());
      d.end();
      net.pump();
    }
  }

  /** Q.774 §3.1.4.2: ids of a message for an established dialogue that do not match it. */
  @Nested
  class TransactionIdsOfAnActiveDialogue {
    Dialogue d;
    Dialogue atB;

    @BeforeEach
    void open() {
      userB.onBegin = ind -> ind.dialogue().continueWith();
      d = beginFromA(OperationClass.CLASS_1);
      atB = userB.last(BeginIndication.class).dialogue();
      net.wire.clear();
    }

    void continueToA(TransactionId otid) {
      net.a.receive(
          ADDRESS_A,
          ADDRESS_B,
          TcMessageCodec.encode(
              new Continue(otid, d.localTransactionId(), null, List.<Component>of())));
      net.pump();
    }

    @ParameterizedTest(name = "otid {0} octets {1}")
    @CsvSource({"2, 4", "1, 2", "1, 1", "0x01000000, 4", "0xffffffff, 4"})
    void continue_whose_otid_is_not_the_learned_remote_id_is_p_aborted_and_the_user_told(
        String value, int length) {
      TransactionId wrong = new TransactionId((int) Long.decode(value).longValue(), length);
      assertThat(wrong).isNotEqualTo(d.remoteTransactionId());

      continueToA(wrong);

      assertThat(userA.all(ContinueIndication.class)).hasSize(1);
      AbortIndication abort = userA.last(AbortIndication.class);
      assertThat(abort.dialogue()).isSameAs(d);
      assertThat(abort.kind()).isEqualTo(AbortIndication.Kind.PROVIDER);
      assertThat(abort.pAbortCause()).isEqualTo(PAbortCause.INCORRECT_TRANSACTION_PORTION);
      assertThat(d.isOpen()).isFalse();
      assertThat(a.counters().discardedBadTransactionPortion()).isOne();
      List<TcMessage> sent = net.messages();
      assertThat(sent)
          .containsExactly(
              Abort.provider(wrong, PAbortCause.INCORRECT_TRANSACTION_PORTION),
              Abort.provider(atB.localTransactionId(), PAbortCause.INCORRECT_TRANSACTION_PORTION));
      AbortIndication atBAbort = userB.last(AbortIndication.class);
      assertThat(atBAbort.dialogue()).isSameAs(atB);
      assertThat(atBAbort.pAbortCause()).isEqualTo(PAbortCause.INCORRECT_TRANSACTION_PORTION);
    }

    @Test
    void continue_with_the_learned_remote_id_is_accepted() {
      continueToA(atB.localTransactionId());
      assertThat(userA.all(ContinueIndication.class)).hasSize(2);
      assertThat(userA.all(AbortIndication.class)).isEmpty();
      assertThat(net.wire).isEmpty();
      d.end();
      net.pump();
    }

    @Test
    void end_with_a_destination_id_shorter_than_ours_does_not_reach_the_dialogue() {
      // our ids are 4 octets; the same value in 2 octets names no dialogue of ours
      net.a.receive(
          ADDRESS_A,
          ADDRESS_B,
          TcMessageCodec.encode(
              new End(
                  new TransactionId(d.localTransactionId().value(), 2),
                  null,
                  List.<Component>of())));
      net.pump();
      assertThat(d.isOpen()).isTrue();
      assertThat(userA.all(EndIndication.class)).isEmpty();
      assertThat(a.counters().discardedUnknownDialogue()).isOne();
      assertThat(net.wire).as("an End is never answered").isEmpty();
      d.end();
      net.pump();
    }
  }

  @Nested
  class BadInput {
    @Test
    void unrecognized_message_type_with_an_otid_gets_p_abort() {
      toB("6306 4804 00000007");
      Abort abort = (Abort) net.last();
      assertThat(abort.dtid()).isEqualTo(TransactionId.of(7));
      assertThat(abort.pAbortCause()).isEqualTo(PAbortCause.UNRECOGNIZED_MESSAGE_TYPE);
    }

    @Test
    void badly_formatted_transaction_portion_gets_p_abort() {
      toB("6209 4804 00000007 6c03 02");
      assertThat(((Abort) net.last()).pAbortCause())
          .isEqualTo(PAbortCause.BADLY_FORMATTED_TRANSACTION_PORTION);
    }

    @Test
    void begin_with_a_dtid_is_an_incorrect_transaction_portion() {
      toB("620c 4804 00000007 4904 00000001");
      assertThat(((Abort) net.last()).pAbortCause())
          .isEqualTo(PAbortCause.INCORRECT_TRANSACTION_PORTION);
    }

    @Test
    void transaction_id_longer_than_four_octets_cannot_be_answered_and_is_counted() {
      toB("6207 4805 0000000007");
      assertThat(net.wire).isEmpty();
      assertThat(b.counters().discardedBadTransactionPortion()).isOne();
    }

    @Test
    void begin_with_a_dialogue_portion_other_than_aarq_is_aborted_by_the_provider() {
      toB("621a 4804 00000001 6b12 2810 0607 00118605010101 a005 6403 800100");
      Abort abort = (Abort) net.last();
      assertThat(((Abrt) abort.dialoguePortion().pdu()).source())
          .isEqualTo(Abrt.AbortSource.DIALOGUE_SERVICE_PROVIDER);
    }

    @Test
    void random_bytes_never_escape_as_exceptions_and_leave_no_dialogues() {
      Random random = new Random(7);
      Octets seed =
          TcMessageCodec.encode(
              new Begin(
                  TransactionId.of(1),
                  null,
                  List.<Component>of(new Invoke(InvokeId.of(1), null, MT_FORWARD_SM, ARGUMENT))));
      for (int i = 0; i < 3000; i++) {
        byte[] bytes = seed.toByteArray();
        if (i % 2 == 0) {
          bytes = new byte[random.nextInt(40)];
          random.nextBytes(bytes);
        } else {
          for (int k = 0; k < 1 + random.nextInt(3); k++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
        }
        net.b.receive(ADDRESS_B, ADDRESS_A, Octets.wrap(bytes));
      }
      net.pump();
      assertThat(b.counters().userCallbackFailures()).isZero();
      clock.advance(Duration.ofSeconds(61));
      net.pump();
    }
  }

  @Nested
  class Limits {
    @Test
    void begins_beyond_the_dialogue_limit_get_p_abort_resource_limitation() {
      b = new TcapStack(net.b, Ssn.HLR, clock, config.withMaxDialogues(2));
      b.bind(userB);
      beginFromA(OperationClass.CLASS_4);
      beginFromA(OperationClass.CLASS_4);
      beginFromA(OperationClass.CLASS_4);
      assertThat(b.dialogueCount()).isEqualTo(2);
      Abort abort = (Abort) net.last();
      assertThat(abort.pAbortCause()).isEqualTo(PAbortCause.RESOURCE_LIMITATION);
      assertThat(userA.last(AbortIndication.class).pAbortCause())
          .isEqualTo(PAbortCause.RESOURCE_LIMITATION);
      assertThat(b.counters().refusedResourceLimitation()).isOne();
      TcapStack small = new TcapStack(net.a, Ssn.MSC, clock, config.withMaxDialogues(1));
      small.newDialogue(ADDRESS_A, ADDRESS_B, null);
      assertThatThrownBy(() -> small.newDialogue(ADDRESS_A, ADDRESS_B, null))
          .isInstanceOf(IllegalStateException.class);
      clock.advance(Duration.ofSeconds(61));
      net.pump();
    }

    @Test
    void transaction_ids_are_unique_among_open_dialogues() {
      java.util.Set<Long> ids = new java.util.HashSet<>();
      for (int i = 0; i < 1000; i++) {
        Dialogue d = a.newDialogue(ADDRESS_A, ADDRESS_B, null);
        assertThat(ids.add(d.id())).isTrue();
        if (i % 3 == 0) {
          d.endPrearranged();
          ids.remove(d.id());
        }
      }
      clock.advance(Duration.ofSeconds(61));
    }
  }

  @Test
  void returned_begin_gives_a_notice_indication_and_keeps_the_dialogue() {
    net.a.returnNext = true;
    Dialogue d = beginFromA(OperationClass.CLASS_4);
    NoticeIndication notice = userA.last(NoticeIndication.class);
    assertThat(notice.dialogue()).isSameAs(d);
    assertThat(notice.reportCause()).isEqualTo(ReturnCause.SUBSYSTEM_FAILURE);
    assertThat(d.isOpen()).isTrue();
    d.userAbort(null);
  }
}
