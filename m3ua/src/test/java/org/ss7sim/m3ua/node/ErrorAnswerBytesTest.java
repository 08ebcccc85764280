package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.node.Fixture.asp;
import static org.ss7sim.m3ua.node.Fixture.serverAt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.m3ua.message.AffectedPointCode;
import org.ss7sim.m3ua.message.AspActive;
import org.ss7sim.m3ua.message.AspActiveAck;
import org.ss7sim.m3ua.message.AspUp;
import org.ss7sim.m3ua.message.AspUpAck;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.DestinationAvailable;
import org.ss7sim.m3ua.message.DestinationRestricted;
import org.ss7sim.m3ua.message.DestinationStateAudit;
import org.ss7sim.m3ua.message.DestinationUnavailable;
import org.ss7sim.m3ua.message.DestinationUserPartUnavailable;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.M3uaMessage;
import org.ss7sim.m3ua.message.Notify;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.m3ua.message.UserCause;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Every ERR a node answers a peer with, as the bytes on the wire (RFC 4666 §3.8.1): one row per
 * cause, for an SGP answering an ASP and for an ASP answering its SGP. The expected message is
 * written out octet by octet (common header: version 1, class 0 MGMT, type 0 ERR, length; Error
 * Code tag 0x000c; Routing Context tag 0x0006; Diagnostic Information tag 0x0007), so answering
 * with another code (Protocol Error, 0x07, for Invalid Parameter Value, 0x11, say) fails the row.
 * The SGP serves AS RC 10 (loadshare); the ASP's link is for RC 10.
 */
class ErrorAnswerBytesTest {
  private static final List<AffectedPointCode> PC5 = List.of(AffectedPointCode.of(5));

  /** How far the peer gets before the message under test. */
  enum Before {
    NOTHING,
    ASP_UP,
    ASP_ACTIVE
  }

  private static Octets err(String code, String... routingContexts) {
    StringBuilder rc = new StringBuilder();
    if (routingContexts.length > 0) {
      rc.append("0006").append(String.format("%04x", 4 + 4 * routingContexts.length));
      for (String r : routingContexts) {
        rc.append(r);
      }
    }
    int length = 8 + 8 + rc.length() / 2;
    return Octets.fromHex(
        "01000000" + String.format("%08x", length) + "000c0008" + "000000" + code + rc);
  }

  private static Octets errWithDiagnostic(String code, String offending) {
    int diagnostic = 4 + offending.length() / 2; // the offending message is whole, 8-aligned here
    return Octets.fromHex(
        "01000000"
            + String.format("%08x", 8 + 8 + diagnostic)
            + "000c0008000000"
            + code
            + "0007"
            + String.format("%04x", diagnostic)
            + offending);
  }

  private static Data data(List<Long> rcs, long opc, long dpc, int si, int ni, int mp) {
    return new Data(
        null,
        rcs,
        new ProtocolData(opc, dpc, si, ni, mp, 0, Octets.fromHex("00")),
        null,
        List.of());
  }

  private static Arguments row(
      String cause, Before before, Consumer<Fixture.RawPeer> act, Octets expected) {
    return Arguments.of(cause, before, act, expected);
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        // ---- decoding (§3.8.1 and §1.4.x: the code the decoder names, offending octets echoed)
        row(
            "version 2: Invalid Version",
            Before.NOTHING,
            p -> p.sendRaw("0200030100000008"),
            errWithDiagnostic("01", "0200030100000008")),
        row(
            "class 5: Unsupported Message Class",
            Before.NOTHING,
            p -> p.sendRaw("0100050100000008"),
            errWithDiagnostic("03", "0100050100000008")),
        row(
            "ASPSM type 9: Unsupported Message Type",
            Before.NOTHING,
            p -> p.sendRaw("0100030900000008"),
            errWithDiagnostic("04", "0100030900000008")),
        row(
            "length field below the header: Protocol Error",
            Before.NOTHING,
            p -> p.sendRaw("0100030100000004"),
            errWithDiagnostic("07", "0100030100000004")),
        row(
            "parameter length 2: Parameter Field Error",
            Before.NOTHING,
            p -> p.sendRaw("01000301000000100011000200000000"),
            errWithDiagnostic("12", "01000301000000100011000200000000")),
        row(
            "DATA without Protocol Data: Missing Parameter",
            Before.NOTHING,
            p -> p.sendRaw("0100010100000008"),
            errWithDiagnostic("16", "0100010100000008")),
        // ---- state (§3.8.1 Unexpected Message; §4.3.4)
        row(
            "ASP Active before ASP Up: Unexpected Message",
            Before.NOTHING,
            p -> p.send(new AspActive(null, List.of(10L), null, List.of())),
            err("06", "0000000a")),
        row(
            "DATA with RC while ASP-INACTIVE: Unexpected Message",
            Before.ASP_UP,
            p -> p.send(data(List.of(10L), 1, 2, 3, 2, 0)),
            err("06")),
        row(
            "DATA without RC while ASP-INACTIVE: Unexpected Message",
            Before.ASP_UP,
            p -> p.send(data(List.of(), 1, 2, 3, 2, 0)),
            err("06")),
        row(
            "DUNA from an ASP: Unexpected Message",
            Before.ASP_ACTIVE,
            p -> p.send(new DestinationUnavailable(null, List.of(10L), PC5, null, List.of())),
            err("06")),
        row(
            "DAVA from an ASP: Unexpected Message",
            Before.ASP_ACTIVE,
            p -> p.send(new DestinationAvailable(null, List.of(10L), PC5, null, List.of())),
            err("06")),
        row(
            "DRST from an ASP: Unexpected Message",
            Before.ASP_ACTIVE,
            p -> p.send(new DestinationRestricted(null, List.of(10L), PC5, null, List.of())),
            err("06")),
        row(
            "DUPU from an ASP: Unexpected Message",
            Before.ASP_ACTIVE,
            p ->
                p.send(
                    new DestinationUserPartUnavailable(
                        null, List.of(10L), PC5, new UserCause(0, 3), null, List.of())),
            err("06")),
        row(
            "ASP Up Ack to an SGP (single exchange): Unexpected Message",
            Before.ASP_UP,
            p -> p.send(new AspUpAck(null, null, List.of())),
            err("06")),
        row(
            "NTFY to an SGP (single exchange): Unexpected Message",
            Before.ASP_UP,
            p -> p.send(new Notify(Status.AS_ACTIVE, null, List.of(10L), null, List.of())),
            err("06")),
        row(
            "ASP Up on stream 3: Invalid Stream Identifier (§4.3.4: ASPSM on stream 0)",
            Before.NOTHING,
            p -> p.association.send(3, 3, M3uaCodec.encode(new AspUp(null, null, List.of()))),
            err("09")),
        // ---- routing contexts and traffic mode (§3.8.1, §4.3.4.3)
        row(
            "ASP Active for RC 99: Invalid Routing Context",
            Before.ASP_UP,
            p -> p.send(new AspActive(null, List.of(99L), null, List.of())),
            err("19", "00000063")),
        row(
            "DATA for RC 99: Invalid Routing Context",
            Before.ASP_ACTIVE,
            p -> p.send(data(List.of(99L), 1, 2, 3, 2, 0)),
            err("19", "00000063")),
        row(
            "ASP Active override on a loadshare AS: Unsupported Traffic Mode Type",
            Before.ASP_UP,
            p -> p.send(new AspActive(TrafficModeType.OVERRIDE, List.of(10L), null, List.of())),
            err("05", "0000000a")),
        // ---- values (§3.8.1 Invalid Parameter Value)
        row(
            "DATA to point code 16384 under ITU: Invalid Parameter Value",
            Before.ASP_ACTIVE,
            p -> p.send(data(List.of(10L), 1, 16384, 3, 2, 0)),
            err("11", "0000000a")),
        row(
            "DATA with SI 16: Invalid Parameter Value",
            Before.ASP_ACTIVE,
            p -> p.send(data(List.of(10L), 2, 1, 16, 2, 0)),
            err("11", "0000000a")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void the_sgp_answers_with_the_rfc_s_error_code_byte(
      String cause, Before before, Consumer<Fixture.RawPeer> act, Octets expected) {
    Fixture f = new Fixture();
    M3uaNode sgp =
        f.node(2)
            .server("sgp", TransportKind.IN_JVM, serverAt(2905))
            .applicationServer(new AsConfig("as1", 10, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(1), "as1")
            .build();
    sgp.start();
    Fixture.RawPeer p = f.new RawPeer(2905);
    if (before != Before.NOTHING) {
      p.send(new AspUp(null, null, List.of()));
    }
    if (before == Before.ASP_ACTIVE) {
      p.send(new AspActive(null, List.of(10L), null, List.of()));
    }
    f.settle();
    int already = p.receivedBytes.size();
    act.accept(p);
    f.settle();
    assertThat(p.receivedBytes.subList(already, p.receivedBytes.size()))
        .as(cause)
        .containsExactly(expected);
  }

  /** A scripted SGP for the ASP-side rows: acknowledges ASP Up, and ASP Active when told to. */
  private static final class ScriptedSgp implements AssociationListener {
    final List<Octets> receivedErrors = new ArrayList<>();
    final boolean ackActive;
    Association peer;

    ScriptedSgp(Fixture f, int port, boolean ackActive) {
      this.ackActive = ackActive;
      f.transport.listen(serverAt(port), this);
    }

    void send(M3uaMessage m) {
      peer.send(0, 3, M3uaCodec.encode(m));
    }

    @Override
    public void onUp(Association a) {
      peer = a;
    }

    @Override
    public void onDown(Association a, String cause) {}

    @Override
    public void onMessage(Association a, int stream, long ppid, Octets payload) {
      M3uaMessage m;
      try {
        m = M3uaCodec.decode(payload);
      } catch (MalformedMessageException e) {
        throw new AssertionError("ASP sent undecodable bytes " + payload, e);
      }
      switch (m.type()) {
        case ASPUP -> send(new AspUpAck(null, null, List.of()));
        case ASPAC -> {
          if (ackActive) {
            send(new AspActiveAck(null, ((AspActive) m).routingContexts(), null, List.of()));
          }
        }
        case ERR -> receivedErrors.add(payload);
        default -> {}
      }
    }
  }

  static Stream<Arguments> aspAnswers() {
    return Stream.of(
        Arguments.of(
            "ASP Up to an ASP (single exchange): Unexpected Message",
            true,
            new AspUp(null, null, List.of()),
            err("06")),
        Arguments.of(
            "ASP Active to an ASP (single exchange): Unexpected Message",
            true,
            new AspActive(null, List.of(10L), null, List.of()),
            err("06")),
        Arguments.of(
            "DAUD to an ASP: Unexpected Message",
            true,
            new DestinationStateAudit(null, List.of(10L), PC5, null, List.of()),
            err("06")),
        Arguments.of(
            "DATA while ASP-INACTIVE (no ASP Active Ack yet): Unexpected Message",
            false,
            data(List.of(10L), 2, 1, 3, 2, 0),
            err("06")),
        Arguments.of(
            "DATA for RC 99 the ASP is not active in: Invalid Routing Context",
            true,
            data(List.of(99L), 2, 1, 3, 2, 0),
            err("19", "00000063")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aspAnswers")
  void the_asp_answers_with_the_rfc_s_error_code_byte(
      String cause, boolean ackActive, M3uaMessage sent, Octets expected) {
    Fixture f = new Fixture();
    ScriptedSgp sgp = new ScriptedSgp(f, 2905, ackActive);
    M3uaNode asp =
        f.node(1)
            .link(asp("a", 2905, 10, TrafficModeType.LOADSHARE))
            .route(PointCode.itu(2), "a")
            .build();
    asp.start();
    f.settle();
    f.settle();
    assertThat(sgp.receivedErrors).isEmpty();
    sgp.send(sent);
    f.settle();
    assertThat(sgp.receivedErrors).as(cause).containsExactly(expected);
  }
}
