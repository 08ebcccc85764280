package org.ss7sim.map.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.common.SmRpDa;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.error.AbsentSubscriberSmParam;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.ForwardSmArg;
import org.ss7sim.map.message.LocationInfoWithLmsi;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.message.MtForwardSmRes;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.BeginIndication;
import org.ss7sim.tcap.ContinueIndication;
import org.ss7sim.tcap.EndIndication;
import org.ss7sim.tcap.TcUser;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.component.Component;
import org.ss7sim.tcap.component.ErrorCode;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.tcap.component.OperationClass;
import org.ss7sim.tcap.component.OperationCode;
import org.ss7sim.tcap.component.Reject;
import org.ss7sim.tcap.component.RejectProblem;
import org.ss7sim.tcap.dialogue.Aarq;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.ObjectIdentifier;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/** The MAP service end to end between two stacks over back-to-back SCCP, on a virtual clock. */
class MapStackTest {
  static final SccpAddress SMSC = FakeSccpNetwork.ADDRESS_A;
  static final SccpAddress HLR = FakeSccpNetwork.ADDRESS_B;
  static final AddressString MSISDN = AddressString.international("15550001234");
  static final AddressString SCA = AddressString.international("15550009999");
  static final Imsi IMSI = new Imsi("001010000001234");
  static final AddressString MSC = AddressString.international("15550007777");

  final VirtualClock clock = new VirtualClock();
  final FakeSccpNetwork net = new FakeSccpNetwork();
  final TcapConfig tcapConfig = TcapConfig.defaults().withIdleTimeout(Duration.ofSeconds(60));
  final TcapStack tcapA = new TcapStack(net.a, Ssn.MSC, clock, tcapConfig);
  final TcapStack tcapB = new TcapStack(net.b, Ssn.HLR, clock, tcapConfig);
  final List<MapOutcome> outcomes = new ArrayList<>();

  /** An HLR that answers SRI-for-SM with a fixed result and MT-ForwardSM with success. */
  static final class Hlr implements MapUser {
    MapError errorToReturn;
    final List<MapOperation> seen = new ArrayList<>();
    final List<MapParameter> arguments = new ArrayList<>();
    boolean explode;

    @Override
    public void onInvoke(MapDialogue d, InvokeId id, MapOperation op, MapParameter arg) {
      seen.add(op);
      arguments.add(arg);
      if (explode) {
        throw new IllegalStateException("user bug");
      }
      if (errorToReturn != null) {
        d.returnError(id, errorToReturn);
      } else if (op == MapOperation.SEND_ROUTING_INFO_FOR_SM) {
        d.returnResult(id, RoutingInfoForSmRes.of(IMSI, LocationInfoWithLmsi.of(MSC)));
      } else if (op == MapOperation.MT_FORWARD_SM) {
        d.returnResult(id, MtForwardSmRes.of());
      } else if (op == MapOperation.FORWARD_SM) {
        // v2 forwardSM has no result parameter
        d.returnResult(id, null);
      }
      d.close();
    }
  }

  final Hlr hlr = new Hlr();
  MapStack mapA = new MapStack(tcapA, (d, id, op, arg) -> {}, MapConfig.defaults());
  MapStack mapB = new MapStack(tcapB, hlr, MapConfig.defaults());

  @AfterEach
  void no_dialogue_or_invoke_is_left_behind() {
    assertThat(tcapA.dialogueCount()).isZero();
    assertThat(tcapB.dialogueCount()).isZero();
    assertThat(tcapA.pendingInvokeCount()).isZero();
  }

  private MapDialogue sriForSm(int version) {
    MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, version);
    d.invoke(
        MapOperation.SEND_ROUTING_INFO_FOR_SM,
        RoutingInfoForSmArg.of(MSISDN, true, SCA),
        outcomes::add);
    d.send();
    net.pump();
    return d;
  }

  private static ObjectIdentifier acn(TcMessage m) {
    if (m instanceof Begin b
        && b.dialoguePortion() != null
        && b.dialoguePortion().pdu() instanceof Aarq aarq) {
      return aarq.applicationContext();
    }
    return null;
  }

  @Nested
  class Operations {
    @Test
    void sri_for_sm_result_reaches_the_smsc() {
      MapDialogue d = sriForSm(3);
      assertThat(outcomes).hasSize(1);
      MapOutcome.Result r = (MapOutcome.Result) outcomes.get(0);
      assertThat(((RoutingInfoForSmRes) r.result()).imsi()).isEqualTo(IMSI);
      assertThat(hlr.seen).containsExactly(MapOperation.SEND_ROUTING_INFO_FOR_SM);
      assertThat(((RoutingInfoForSmArg) hlr.arguments.get(0)).msisdn()).isEqualTo(MSISDN);
      assertThat(d.isOpen()).isFalse();
      List<TcMessage> m = net.messages();
      assertThat(m).hasSize(2);
      assertThat(acn(m.get(0))).isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.20.3"));
      assertThat(m.get(1)).isInstanceOf(End.class);
    }

    @Test
    void map_open_references_travel_in_the_aarq_user_information() {
      MapDialogue[] atB = new MapDialogue[1];
      MapStack hlrSide =
          new MapStack(
              tcapB,
              (d, id, op, arg) -> {
                atB[0] = d;
                d.returnResult(id, RoutingInfoForSmRes.of(IMSI, LocationInfoWithLmsi.of(MSC)));
                d.close();
              },
              MapConfig.defaults());
      assertThat(hlrSide).isNotNull();
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      var open =
          new org.ss7sim.map.dialogue.MapOpenInfo(
              new AddressString(1, 6, "001010000001234"), SCA, null, List.of());
      d.openInfo(open);
      d.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          outcomes::add);
      d.send();
      net.pump();
      assertThat(atB[0].peerOpenInfo()).isEqualTo(open);
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.Result.class);
    }

    @Test
    void absent_subscriber_sm_error_comes_back_with_its_diagnostic() {
      hlr.errorToReturn = MapError.absentSubscriberSm(1);
      sriForSm(3);
      MapOutcome.Error e = (MapOutcome.Error) outcomes.get(0);
      assertThat(e.error().code()).isEqualTo(MapErrorCode.ABSENT_SUBSCRIBER_SM);
      assertThat(((AbsentSubscriberSmParam) e.error().parameter()).absentSubscriberDiagnosticSm())
          .isEqualTo(1);
    }

    @Test
    void an_error_the_operation_cannot_return_is_rejected_as_unexpected() {
      hlr.errorToReturn = MapError.of(MapErrorCode.USSD_BUSY);
      sriForSm(3);
      MapOutcome.Rejected r = (MapOutcome.Rejected) outcomes.get(0);
      assertThat(r.problem())
          .isEqualTo(RejectProblem.ReturnErrorProblem.UNEXPECTED_ERROR.problem());
      assertThat(mapA.counters().unexpectedErrors()).isEqualTo(1);
    }

    @Test
    void invocation_timer_expiry_is_no_response() {
      MapStack silent = new MapStack(tcapB, (d, id, op, arg) -> {}, MapConfig.defaults());
      assertThat(silent).isNotNull();
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      d.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          outcomes::add);
      d.send();
      net.pump();
      clock.advance(Duration.ofSeconds(31));
      net.pump();
      assertThat(outcomes).containsExactly(new MapOutcome.NoResponse("invocation timer expired"));
      clock.advance(Duration.ofSeconds(61)); // idle timers clean both sides
      net.pump();
    }
  }

  @Nested
  class VersionFallback {
    @Test
    void a_v3_dialogue_to_a_v2_only_peer_succeeds_after_fallback() {
      mapB =
          new MapStack(
              tcapB,
              hlr,
              MapConfig.defaults().withMaxVersion(MapApplicationContext.SHORT_MSG_GATEWAY, 2));
      MapDialogue d = sriForSm(3);
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.Result.class);
      assertThat(d.version()).isEqualTo(2);
      assertThat(mapA.counters().versionFallbacks()).isEqualTo(1);
      assertThat(mapB.counters().refusedDialogues()).isEqualTo(1);
      List<TcMessage> m = net.messages();
      assertThat(acn(m.get(0))).isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.20.3"));
      assertThat(m.get(1)).isInstanceOf(org.ss7sim.tcap.message.Abort.class);
      assertThat(acn(m.get(2))).isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.20.2"));
      assertThat(m.get(3)).isInstanceOf(End.class);
    }

    @Test
    void mt_forward_sm_to_a_v2_peer_becomes_forward_sm() {
      mapB =
          new MapStack(
              tcapB,
              hlr,
              MapConfig.defaults().withMaxVersion(MapApplicationContext.SHORT_MSG_MT_RELAY, 2));
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_MT_RELAY, 3);
      d.invoke(MapOperation.MT_FORWARD_SM, mtForwardSm(20), outcomes::add);
      d.send();
      net.pump();
      assertThat(hlr.seen).containsExactly(MapOperation.FORWARD_SM);
      assertThat(((ForwardSmArg) hlr.arguments.get(0)).smRpUi().length()).isEqualTo(20);
      assertThat(outcomes).containsExactly(new MapOutcome.Result(null));
    }

    @Test
    void a_provider_abort_for_the_dialogue_portion_makes_a_v1_retry_without_one() {
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      d.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          outcomes::add);
      d.send();
      net.dropQueued(); // a MAP v1 node: it cannot parse the dialogue portion ...
      Begin first = (Begin) net.messages().get(0);
      net.inject(
          net.a,
          SMSC,
          HLR,
          org.ss7sim.tcap.message.TcMessageCodec.encode(
              org.ss7sim.tcap.message.Abort.provider(
                  first.otid(),
                  org.ss7sim.tcap.message.PAbortCause.INCORRECT_TRANSACTION_PORTION)));
      net.pump(); // ... and answers with a P-Abort; the retry at v1 goes to the (able) peer
      assertThat(d.version()).isEqualTo(1);
      assertThat(((Begin) net.messages().get(1)).dialoguePortion()).isNull();
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.Result.class);
    }

    @Test
    void a_refusal_with_no_lower_version_fails_the_invoke() {
      mapB =
          new MapStack(
              tcapB,
              hlr,
              MapConfig.defaults().withMaxVersion(MapApplicationContext.ANY_TIME_ENQUIRY, 2));
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.ANY_TIME_ENQUIRY, 3);
      d.invoke(
          MapOperation.ANY_TIME_INTERROGATION,
          org.ss7sim.map.message.AnyTimeInterrogationArg.of(
              new org.ss7sim.map.message.SubscriberIdentity(IMSI, null),
              org.ss7sim.map.message.RequestedInfo.of(),
              MSC),
          outcomes::add);
      d.send();
      net.pump();
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.NoResponse.class);
      assertThat(d.isOpen()).isFalse();
    }

    @Test
    void send_routing_info_falls_back_to_v2_and_the_result_takes_the_v2_shape() {
      MapStack gmscSide =
          new MapStack(
              tcapB,
              (d, id, op, arg) -> {
                d.returnResult(
                    id,
                    new org.ss7sim.map.message.SendRoutingInfoRes(
                        IMSI, AddressString.international("15550005555"), null, List.of()));
                d.close();
              },
              MapConfig.defaults()
                  .withMaxVersion(MapApplicationContext.LOCATION_INFO_RETRIEVAL, 2));
      assertThat(gmscSide).isNotNull();
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.LOCATION_INFO_RETRIEVAL, 3);
      d.invoke(
          MapOperation.SEND_ROUTING_INFO,
          org.ss7sim.map.message.SendRoutingInfoArg.of(MSISDN, 0, MSC),
          outcomes::add);
      d.send();
      net.pump();
      assertThat(d.version()).isEqualTo(2);
      var res =
          (org.ss7sim.map.message.SendRoutingInfoRes)
              ((MapOutcome.Result) outcomes.get(0)).result();
      assertThat(res.imsi()).isEqualTo(IMSI);
      assertThat(res.roamingNumber()).isEqualTo(AddressString.international("15550005555"));
      End end = (End) net.messages().get(3);
      var rr = (org.ss7sim.tcap.component.ReturnResult) end.components().get(0);
      // v2: a plain SEQUENCE starting with the untagged IMSI, not v3's [3] with imsi [9]
      assertThat(rr.parameter().toHex())
          .isEqualTo("3013" + "0408" + "00010100001032f4" + "0407" + "915155005055f5");
    }

    @Test
    void v1_dialogue_has_no_dialogue_portion_and_is_understood() {
      sriForSm(1);
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.Result.class);
      Begin b = (Begin) net.messages().get(0);
      assertThat(b.dialoguePortion()).isNull();
      assertThat(hlr.seen).containsExactly(MapOperation.SEND_ROUTING_INFO_FOR_SM);
    }
  }

  private static MtForwardSmArg mtForwardSm(int uiLength) {
    return MtForwardSmArg.of(
        new SmRpDa.ByImsi(IMSI), new SmRpOa.ServiceCentre(SCA), Octets.wrap(new byte[uiLength]));
  }

  @Nested
  class FittingIntoSccp {
    @Test
    void a_full_mt_forward_sm_opens_with_an_empty_begin_and_invokes_in_continue() {
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_MT_RELAY, 3);
      d.invoke(MapOperation.MT_FORWARD_SM, mtForwardSm(160), outcomes::add);
      d.send();
      net.pump();
      List<TcMessage> m = net.messages();
      assertThat(m).hasSize(4);
      Begin begin = (Begin) m.get(0);
      assertThat(begin.components()).isEmpty();
      assertThat(acn(begin)).isEqualTo(MapApplicationContext.SHORT_MSG_MT_RELAY.oid(3));
      assertThat(((Continue) m.get(1)).components()).isEmpty(); // the HLR/MSC accepts
      assertThat(((Continue) m.get(2)).components()).hasSize(1); // the invoke
      assertThat(m.get(3)).isInstanceOf(End.class);
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.Result.class);
      assertThat(d.isOpen()).isFalse();
    }

    @Test
    void with_xudt_segmentation_the_big_mt_forward_sm_goes_in_the_begin() {
      mapA =
          new MapStack(tcapA, (d, id, op, arg) -> {}, MapConfig.defaults().withSegmentation(true));
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_MT_RELAY, 3);
      d.invoke(MapOperation.MT_FORWARD_SM, mtForwardSm(160), outcomes::add);
      d.send();
      net.pump();
      assertThat(((Begin) net.messages().get(0)).components()).hasSize(1);
      assertThat(net.messages()).hasSize(2);
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.Result.class);
    }

    @Test
    void a_short_mt_forward_sm_goes_in_the_begin() {
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_MT_RELAY, 3);
      d.invoke(MapOperation.MT_FORWARD_SM, mtForwardSm(30), outcomes::add);
      d.send();
      net.pump();
      assertThat(((Begin) net.messages().get(0)).components()).hasSize(1);
    }
  }

  /** A raw TC-user on side A, to send what no well-behaved MAP stack would. */
  static final class RawTcUser implements TcUser {
    final List<Component> received = new ArrayList<>();

    @Override
    public void onBegin(BeginIndication indication) {}

    @Override
    public void onContinue(ContinueIndication indication) {
      received.addAll(indication.components());
    }

    @Override
    public void onEnd(EndIndication indication) {
      received.addAll(indication.components());
    }

    @Override
    public void onAbort(AbortIndication indication) {}
  }

  @Nested
  class BadInput {
    final RawTcUser raw = new RawTcUser();

    private void rawInvoke(int opCode, String parameterHex) {
      tcapA.bind(raw);
      var d = tcapA.newDialogue(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY.oid(3));
      d.invoke(
          OperationCode.local(opCode),
          parameterHex == null ? null : Octets.fromHex(parameterHex),
          OperationClass.CLASS_1,
          Duration.ofSeconds(30));
      d.begin();
      net.pump();
    }

    @Test
    void an_argument_missing_a_mandatory_component_is_rejected_as_mistyped() {
      rawInvoke(45, "3009800791515500102143"); // SRI-for-SM with only the MSISDN
      assertThat(raw.received).hasSize(1);
      Reject r = (Reject) raw.received.get(0);
      assertThat(r.problem()).isEqualTo(RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
      assertThat(mapB.counters().mistypedParameters()).isEqualTo(1);
      assertThat(hlr.seen).isEmpty();
    }

    @Test
    void garbage_bytes_as_argument_are_rejected_as_mistyped() {
      rawInvoke(45, "0403010203"); // an OCTET STRING where a SEQUENCE belongs
      assertThat(((Reject) raw.received.get(0)).problem())
          .isEqualTo(RejectProblem.InvokeProblem.MISTYPED_PARAMETER.problem());
    }

    @Test
    void an_operation_outside_the_context_is_rejected_as_unrecognized() {
      rawInvoke(2, "3000"); // updateLocation in shortMsgGatewayContext
      assertThat(((Reject) raw.received.get(0)).problem())
          .isEqualTo(RejectProblem.InvokeProblem.UNRECOGNIZED_OPERATION.problem());
      assertThat(mapB.counters().unrecognizedOperations()).isEqualTo(1);
    }

    @Test
    void a_user_callback_that_throws_aborts_the_dialogue_and_nothing_escapes() {
      hlr.explode = true;
      sriForSm(3);
      assertThat(mapB.counters().userFailures()).isEqualTo(1);
      assertThat(outcomes).hasSize(1).first().isInstanceOf(MapOutcome.NoResponse.class);
    }

    @Test
    void a_result_that_does_not_decode_is_rejected_and_reported() {
      MapStack hlrRaw =
          new MapStack(
              tcapB,
              (d, id, op, arg) -> {
                d.tcapDialogue()
                    .returnResultLast(id, OperationCode.local(45), Octets.fromHex("3003020101"));
                d.tcapDialogue().end();
              },
              MapConfig.defaults());
      assertThat(hlrRaw).isNotNull();
      sriForSm(3);
      MapOutcome.Rejected r = (MapOutcome.Rejected) outcomes.get(0);
      assertThat(r.problem())
          .isEqualTo(RejectProblem.ReturnResultProblem.MISTYPED_PARAMETER.problem());
      assertThat(r.byPeer()).isFalse();
    }

    @Test
    void an_unknown_error_code_is_rejected_as_unrecognized() {
      MapStack hlrRaw =
          new MapStack(
              tcapB,
              (d, id, op, arg) -> {
                d.tcapDialogue().returnError(id, ErrorCode.local(99), null);
                d.tcapDialogue().end();
              },
              MapConfig.defaults());
      assertThat(hlrRaw).isNotNull();
      sriForSm(3);
      assertThat(((MapOutcome.Rejected) outcomes.get(0)).problem())
          .isEqualTo(RejectProblem.ReturnErrorProblem.UNRECOGNIZED_ERROR.problem());
    }
  }

  /**
   * Confirmations caused by a MAP-user request (TS 29.002 §14: a request is answered by
   * confirmations and indications, never inside it) reach the listener only after the request has
   * returned: invokes failed by MAP-CLOSE or MAP-U-ABORT, a class 4 invoke sent by MAP-DELIMITER.
   */
  @Nested
  class ConfirmationsAfterTheRequest {
    boolean inRequest;
    final List<Boolean> heardInsideRequest = new ArrayList<>();

    void listen(MapOutcome o) {
      heardInsideRequest.add(inRequest);
      outcomes.add(o);
    }

    void request(Runnable r) {
      inRequest = true;
      try {
        r.run();
      } finally {
        inRequest = false;
      }
    }

    /** An HLR that confirms the dialogue with an empty TC-CONTINUE and never answers. */
    MapDialogue establishedWithAPendingInvoke() {
      new MapStack(tcapB, (d, id, op, arg) -> d.send(), MapConfig.defaults());
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      d.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          this::listen);
      d.send();
      net.pump();
      assertThat(d.state()).isEqualTo(MapDialogueMachine.State.DIALOGUE_ESTABLISHED);
      assertThat(d.pendingCount()).isEqualTo(1);
      return d;
    }

    @Test
    void close_fails_the_pending_invoke_after_close_returned() {
      MapDialogue d = establishedWithAPendingInvoke();
      request(d::close);
      assertThat(outcomes).as("nothing inside close()").isEmpty();
      clock.runDue();
      assertThat(outcomes).containsExactly(new MapOutcome.NoResponse("dialogue closed locally"));
      assertThat(heardInsideRequest).containsExactly(false);
      net.pump();
    }

    @Test
    void abort_fails_the_pending_invoke_after_abort_returned() {
      MapDialogue d = establishedWithAPendingInvoke();
      request(d::abort);
      assertThat(outcomes).as("nothing inside abort()").isEmpty();
      clock.runDue();
      assertThat(outcomes).containsExactly(new MapOutcome.NoResponse("aborted by the local user"));
      assertThat(heardInsideRequest).containsExactly(false);
      net.pump();
    }

    @Test
    void abort_before_the_peer_answered_fails_the_invoke_after_abort_returned() {
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      d.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          this::listen);
      request(
          () -> {
            d.send();
            d.abort();
          });
      clock.runDue();
      assertThat(outcomes).containsExactly(new MapOutcome.NoResponse("aborted by the local user"));
      assertThat(heardInsideRequest).containsExactly(false);
      net.pump();
    }

    @Test
    void a_class_4_invoke_is_confirmed_after_the_delimiter_returned() {
      MapStack quiet = new MapStack(tcapB, (dd, id, op, arg) -> {}, MapConfig.defaults());
      assertThat(quiet).isNotNull();
      MapDialogue d = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_ALERT, 1);
      d.invoke(
          MapOperation.ALERT_SERVICE_CENTRE_WITHOUT_RESULT,
          org.ss7sim.map.message.AlertServiceCentreArg.of(MSISDN, SCA),
          this::listen);
      request(d::send);
      assertThat(outcomes).as("nothing inside send()").isEmpty();
      clock.runDue();
      assertThat(outcomes).containsExactly(new MapOutcome.Result(null));
      assertThat(heardInsideRequest).containsExactly(false);
      net.pump();
      clock.advance(Duration.ofSeconds(61)); // the v1 dialogue ends on the idle timers
      net.pump();
    }

    @Test
    void a_close_made_inside_an_indication_confirms_after_that_callback_returned() {
      List<String> order = new ArrayList<>();
      int[] invokes = new int[1];
      new MapStack(
          tcapB,
          (dd, id, op, arg) -> {
            if (invokes[0]++ == 0) {
              dd.send(); // the first dialogue: confirmed, never answered
            } else {
              dd.returnResult(id, RoutingInfoForSmRes.of(IMSI, LocationInfoWithLmsi.of(MSC)));
              dd.close();
            }
          },
          MapConfig.defaults());
      MapDialogue first = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      first.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          o -> order.add("first: " + o));
      first.send();
      net.pump();
      // a second dialogue whose result's listener closes the first one
      MapDialogue second = mapA.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
      second.invoke(
          MapOperation.SEND_ROUTING_INFO_FOR_SM,
          RoutingInfoForSmArg.of(MSISDN, true, SCA),
          o -> {
            first.close();
            order.add("second's result listener returns");
          });
      second.send();
      net.pump();
      assertThat(order)
          .containsExactly(
              "second's result listener returns",
              "first: NoResponse[reason=dialogue closed locally]");
      net.pump();
    }
  }
}
