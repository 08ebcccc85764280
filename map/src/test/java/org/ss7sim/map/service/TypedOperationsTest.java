package org.ss7sim.map.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.LocationInfoWithLmsi;
import org.ss7sim.map.message.RoutingInfoForSmArg;
import org.ss7sim.map.message.RoutingInfoForSmRes;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.TcapConfig;
import org.ss7sim.tcap.TcapStack;
import org.ss7sim.tcap.testing.FakeSccpNetwork;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/** The MAP service used through typed operation descriptors: no cast on either side. */
class TypedOperationsTest {
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
  final List<AddressString> askedFor = new ArrayList<>();
  boolean unknown;

  /** An HLR written against the typed indication. */
  final TypedMapUser hlr =
      inv ->
          inv.as(MapOperations.SEND_ROUTING_INFO_FOR_SM)
              .ifPresent(
                  sri -> {
                    RoutingInfoForSmArg a = sri.argument();
                    askedFor.add(a.msisdn());
                    if (unknown) {
                      sri.returnError(MapError.of(MapErrorCode.UNKNOWN_SUBSCRIBER));
                    } else {
                      sri.returnResult(RoutingInfoForSmRes.of(IMSI, LocationInfoWithLmsi.of(MSC)));
                    }
                    sri.dialogue().close();
                  });

  final MapStack smsc = new MapStack(tcapA, (d, id, op, arg) -> {}, MapConfig.defaults());
  final MapStack hlrStack = new MapStack(tcapB, hlr, MapConfig.defaults());
  final List<Confirmation<RoutingInfoForSmRes>> confirmations = new ArrayList<>();

  @AfterEach
  void no_dialogue_is_left_behind() {
    assertThat(tcapA.dialogueCount()).isZero();
    assertThat(tcapB.dialogueCount()).isZero();
  }

  void sriForSm() {
    MapDialogue d = smsc.open(SMSC, HLR, MapApplicationContext.SHORT_MSG_GATEWAY, 3);
    d.invoke(
        MapOperations.SEND_ROUTING_INFO_FOR_SM,
        RoutingInfoForSmArg.of(MSISDN, true, SCA),
        confirmations::add);
    d.send();
    net.pump();
  }

  @Test
  void sri_for_sm_result_arrives_typed() {
    sriForSm();
    assertThat(askedFor).containsExactly(MSISDN);
    assertThat(confirmations).hasSize(1);
    Confirmation<RoutingInfoForSmRes> c = confirmations.get(0);
    assertThat(c.succeeded()).isTrue();
    if (c instanceof Confirmation.Result<RoutingInfoForSmRes> r) {
      assertThat(r.result().imsi()).isEqualTo(IMSI);
      assertThat(r.result().locationInfoWithLmsi().networkNodeNumber()).isEqualTo(MSC);
    }
  }

  @Test
  void sri_for_sm_error_arrives_as_a_typed_error() {
    unknown = true;
    sriForSm();
    assertThat(confirmations).hasSize(1);
    assertThat(confirmations.get(0)).isInstanceOf(Confirmation.Error.class);
    assertThat(((Confirmation.Error<RoutingInfoForSmRes>) confirmations.get(0)).error().code())
        .isEqualTo(MapErrorCode.UNKNOWN_SUBSCRIBER);
  }

  @Test
  void an_invocation_narrows_only_to_its_own_operation() {
    sriForSm();
    Invocation<?, ?> inv =
        Invocation.of(
            null,
            org.ss7sim.tcap.component.InvokeId.of(1),
            org.ss7sim.map.operation.MapOperation.SEND_ROUTING_INFO_FOR_SM,
            RoutingInfoForSmArg.of(MSISDN, true, SCA));
    assertThat(inv.as(MapOperations.MT_FORWARD_SM)).isEmpty();
    assertThat(inv.as(MapOperations.SEND_ROUTING_INFO_FOR_SM)).isPresent();
    assertThat(inv.is(MapOperations.SEND_ROUTING_INFO_FOR_SM)).isTrue();
  }
}
