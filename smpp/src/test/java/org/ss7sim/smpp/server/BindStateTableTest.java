package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CancelSm;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DataSm;
import org.ss7sim.smpp.pdu.EsmClass;
import org.ss7sim.smpp.pdu.MultiDestination;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.QuerySm;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.ReplaceSm;
import org.ss7sim.smpp.pdu.SubmitMulti;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.session.BindState;
import org.ss7sim.testkit.VirtualClock;
import org.ss7sim.wire.Octets;

/**
 * SMPP 3.4 §2.3 table 2-1 for the ESME's requests: which are allowed in which bind state. One row
 * per (state, request): the answer's status. Allowed submit-class requests reach the SMSC service,
 * which here accepts submissions and refuses query/cancel/replace and the broadcast commands (its
 * defaults).
 */
class BindStateTableTest {
  private static final Address A = Address.international("0015550100");
  private static final Address B = Address.international("0015550199");
  private static final CommandStatus OK = CommandStatus.OK;
  private static final CommandStatus WRONG = CommandStatus.INVALID_BIND_STATUS;

  static Stream<Arguments> table() {
    Object[][] rows = {
      // request, OPEN, BOUND_TX, BOUND_RX, BOUND_TRX
      {submit(), WRONG, OK, WRONG, OK},
      {data(), WRONG, OK, WRONG, OK},
      {multi(), WRONG, OK, WRONG, OK},
      {
        new QuerySm(OK, 9, "1", A),
        WRONG,
        CommandStatus.QUERY_FAILED,
        WRONG,
        CommandStatus.QUERY_FAILED
      },
      {
        new CancelSm(OK, 9, "", "1", A, B),
        WRONG,
        CommandStatus.CANCEL_FAILED,
        WRONG,
        CommandStatus.CANCEL_FAILED
      },
      {
        new ReplaceSm(OK, 9, "1", A, "", "", RegisteredDelivery.NONE, 0, Octets.EMPTY, Tlvs.EMPTY),
        WRONG,
        CommandStatus.REPLACE_FAILED,
        WRONG,
        CommandStatus.REPLACE_FAILED
      },
      {
        new org.ss7sim.smpp.pdu.QueryBroadcastSm(OK, 9, "1", A, Tlvs.EMPTY),
        WRONG,
        CommandStatus.BROADCAST_QUERY_FAILED,
        WRONG,
        CommandStatus.BROADCAST_QUERY_FAILED
      },
      {
        new org.ss7sim.smpp.pdu.CancelBroadcastSm(OK, 9, "", "1", A, Tlvs.EMPTY),
        WRONG,
        CommandStatus.BROADCAST_CANCEL_FAILED,
        WRONG,
        CommandStatus.BROADCAST_CANCEL_FAILED
      },
      {new org.ss7sim.smpp.pdu.EnquireLink(OK, 9), OK, OK, OK, OK},
      {new org.ss7sim.smpp.pdu.Unbind(OK, 9), WRONG, OK, OK, OK},
      {
        SessionHarness.bind(BindType.TRANSCEIVER, "esme1", "secret").withSequence(9),
        OK,
        CommandStatus.ALREADY_BOUND,
        CommandStatus.ALREADY_BOUND,
        CommandStatus.ALREADY_BOUND
      },
    };
    BindState[] states = {
      BindState.OPEN, BindState.BOUND_TX, BindState.BOUND_RX, BindState.BOUND_TRX
    };
    return Stream.of(rows)
        .flatMap(
            r ->
                Stream.of(0, 1, 2, 3)
                    .map(i -> Arguments.of(states[i], ((Pdu) r[0]).commandId(), r[0], r[i + 1])));
  }

  @ParameterizedTest(name = "{1} in {0} -> {3}")
  @MethodSource("table")
  void each_request_in_each_state_gets_the_status_of_the_table(
      BindState state, CommandId id, Pdu request, CommandStatus expected) {
    VirtualClock clock = new VirtualClock();
    SmppServer server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
            submission -> SubmitResult.accepted("1"));
    SessionHarness h = new SessionHarness(server, clock, new ArrayDeque<>());
    if (state != BindState.OPEN) {
      BindType type =
          switch (state) {
            case BOUND_TX -> BindType.TRANSMITTER;
            case BOUND_RX -> BindType.RECEIVER;
            default -> BindType.TRANSCEIVER;
          };
      h.receive(SessionHarness.bind(type, "esme1", "secret"));
      assertThat(h.session.state()).isEqualTo(state);
    }
    List<Pdu> out = h.receive(request);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).sequence()).isEqualTo(9);
    assertThat(out.get(0).isResponse()).isTrue();
    assertThat(out.get(0).status()).isEqualTo(expected);
  }

  private static Pdu submit() {
    return SessionHarness.submit(9, "table");
  }

  private static Pdu data() {
    return new DataSm(
        OK,
        9,
        "",
        A,
        B,
        EsmClass.DEFAULT,
        RegisteredDelivery.NONE,
        DataCoding.SMSC_DEFAULT,
        Tlvs.EMPTY);
  }

  private static Pdu multi() {
    return new SubmitMulti(
        OK,
        9,
        "",
        A,
        List.of(new MultiDestination.Sme(B)),
        EsmClass.DEFAULT,
        0,
        0,
        "",
        "",
        RegisteredDelivery.NONE,
        0,
        DataCoding.SMSC_DEFAULT,
        0,
        Octets.EMPTY,
        Tlvs.EMPTY);
  }
}
