package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.mtp.MtpTransfer;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.mtp.ServiceIndicator;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.testkit.Tshark;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.transport.loop.NodeLoop;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * The "done when": an STP (PC 100), two ASPs (both PC 1, loadshare AS behind the STP) and
 * an SGP (PC 2) over TCP loopback on one event loop. DATA flows both ways across the STP by point
 * code, survives the loss of one ASP, and one ASP's full session is written to a pcap that tshark
 * decodes without a malformed frame.
 */
class StpOverTcpTest {
  private static final PointCode PC_ASPS = PointCode.itu(1);
  private static final PointCode PC_SGP = PointCode.itu(2);
  private static final PointCode PC_STP = PointCode.itu(100);

  /** SCCP UDT carrying an SCMG SST, from the jss7 vector "from Cisco ITP" (tshark: sccp:sccpmg). */
  private static final Octets SCCP_SST = sccpSst();

  private final NodeLoop loop = NodeLoop.start("stp-test");
  private final List<M3uaNode> nodes = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    loop.call(
        () -> {
          nodes.forEach(M3uaNode::stop);
          return null;
        },
        5_000);
    loop.close();
  }

  private static Octets sccpSst() {
    try {
      Data d =
          (Data)
              M3uaCodec.decode(
                  GoldenVectors.named("m3ua.tsv", "jss7-MessageFactoryTest-testSst").bytes());
      return d.protocolData().userData();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private M3uaNodeBuilder node(PointCode pc) {
    return M3uaNode.builder()
        .localPointCode(pc)
        .owner(loop)
        .timers(loop.timers())
        .transport(loop.tcp())
        .ackTimeout(Duration.ofMillis(200))
        .recoveryTimer(Duration.ofMillis(500));
  }

  private static AssociationConfig client(String name, Object address) {
    return AssociationConfig.client(name, (InetSocketAddress) address)
        .withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));
  }

  private <T> T onLoop(java.util.concurrent.Callable<T> task) throws Exception {
    return loop.call(task, 5_000);
  }

  /** Waits (bounded: 10 s) until {@code condition}, checked on the loop every 10 ms, holds. */
  private void await(String what, BooleanSupplier condition) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Runnable[] check = new Runnable[1];
    check[0] =
        () -> {
          if (condition.getAsBoolean()) {
            done.complete(null);
          } else if (!done.isDone()) {
            loop.timers().schedule(Duration.ofMillis(10), check[0]);
          }
        };
    loop.execute(check[0]);
    try {
      done.get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      done.complete(null);
      throw new AssertionError("timed out waiting for " + what);
    }
  }

  private static MtpTransfer sccp(PointCode opc, PointCode dpc, int sls) {
    return sccp(opc, dpc, sls, 0);
  }

  /** The message priority tags the test phase, so late arrivals are counted in the right phase. */
  private static MtpTransfer sccp(PointCode opc, PointCode dpc, int sls, int phase) {
    return new MtpTransfer(
        opc, dpc, ServiceIndicator.SCCP, NetworkIndicator.NATIONAL, phase, sls, SCCP_SST);
  }

  private static long inPhase(Counting u, int phase) {
    synchronized (u.all) {
      return u.all.stream().filter(t -> t.messagePriority() == phase).count();
    }
  }

  /** A thread-safe counting user part. */
  static final class Counting implements org.ss7sim.mtp.MtpUser {
    final List<MtpTransfer> all = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onTransfer(MtpTransfer indication) {
      all.add(indication);
    }
  }

  @Test
  void stp_two_asps_and_an_sgp_exchange_data_both_ways_and_survive_an_asp_failure(@TempDir Path dir)
      throws Exception {
    Path pcap = dir.resolve("asp2-session.pcap");
    PcapWriter writer = PcapWriter.create(pcap);
    Endpoint aspEnd = Endpoint.of("10.0.0.1", 40001);
    Endpoint stpEnd = Endpoint.of("10.0.0.100", 2905);
    Tracer toPcap = new PcapTracer(writer, loop.timers(), aspEnd, link -> stpEnd, false);

    Counting sgpUser = new Counting();
    Counting asp1User = new Counting();
    Counting asp2User = new Counting();
    M3uaNode sgp =
        node(PC_SGP)
            .server(
                "sgp",
                TransportKind.TCP,
                AssociationConfig.server("sgp", new InetSocketAddress("127.0.0.1", 0)))
            .applicationServer(new AsConfig("as-stp", 20, TrafficModeType.OVERRIDE))
            .route(PC_ASPS, "as-stp")
            .route(PC_STP, "as-stp")
            .build();
    // start() binds servers and blocks until bound, so it runs here, not on the loop.
    sgp.register(ServiceIndicator.SCCP, sgpUser);
    sgp.start();
    M3uaNode stp =
        node(PC_STP)
            .server(
                "stp",
                TransportKind.TCP,
                AssociationConfig.server("stp", new InetSocketAddress("127.0.0.1", 0)))
            .applicationServer(new AsConfig("as-a", 10, TrafficModeType.LOADSHARE))
            .link(
                new AspLinkConfig(
                    "to-sgp",
                    TransportKind.TCP,
                    client("to-sgp", sgp.serverAddress("sgp")),
                    List.of(20L),
                    TrafficModeType.OVERRIDE,
                    100L,
                    false))
            .route(PC_ASPS, "as-a")
            .route(PC_SGP, "to-sgp")
            .build();
    stp.start();
    M3uaNode asp1 =
        node(PC_ASPS)
            .link(
                new AspLinkConfig(
                    "l",
                    TransportKind.TCP,
                    client("asp1", stp.serverAddress("stp")),
                    List.of(10L),
                    TrafficModeType.LOADSHARE,
                    1L,
                    false))
            .route(PC_SGP, "l")
            .build();
    M3uaNode asp2 =
        node(PC_ASPS)
            .tracer(toPcap)
            .heartbeat(Duration.ofSeconds(30), Duration.ofSeconds(5))
            .link(
                new AspLinkConfig(
                    "l",
                    TransportKind.TCP,
                    client("asp2", stp.serverAddress("stp")),
                    List.of(10L),
                    TrafficModeType.LOADSHARE,
                    2L,
                    false))
            .route(PC_SGP, "l")
            .build();
    nodes.addAll(List.of(asp1, asp2, stp, sgp));
    asp1.register(ServiceIndicator.SCCP, asp1User);
    asp2.register(ServiceIndicator.SCCP, asp2User);
    asp1.start();
    asp2.start();
    await(
        "all links active and destinations accessible",
        () ->
            asp1.linkState("l") == AspState.ASP_ACTIVE
                && asp2.linkState("l") == AspState.ASP_ACTIVE
                && stp.linkState("to-sgp") == AspState.ASP_ACTIVE
                && sgp.accessible(PC_ASPS)
                && asp1.accessible(PC_SGP)
                && asp2.accessible(PC_SGP));

    // Both ways across the STP: 100 from each ASP to the SGP's PC, 200 from the SGP to the ASPs'
    // PC.
    onLoop(
        () -> {
          for (int i = 0; i < 100; i++) {
            asp1.transfer(sccp(PC_ASPS, PC_SGP, i & 15));
            asp2.transfer(sccp(PC_ASPS, PC_SGP, i & 15));
          }
          for (int i = 0; i < 200; i++) {
            sgp.transfer(sccp(PC_SGP, PC_ASPS, i & 15));
          }
          return null;
        });
    await(
        "first 400 messages delivered",
        () -> sgpUser.all.size() == 200 && asp1User.all.size() + asp2User.all.size() == 200);
    assertThat(asp1User.all).hasSize(100);
    assertThat(asp2User.all).hasSize(100);
    assertThat(sgpUser.all)
        .allMatch(
            t ->
                t.opc().equals(PC_ASPS) && t.dpc().equals(PC_SGP) && t.userData().equals(SCCP_SST));
    assertThat(onLoop(() -> stp.counter(Counter.FORWARDED))).isEqualTo(400);

    // ASP 1 fails under traffic: 100 messages go out before the STP can know (phase 1), 100 after
    // it has seen the failure (phase 2).
    onLoop(
        () -> {
          asp1.stop();
          for (int i = 0; i < 100; i++) {
            sgp.transfer(sccp(PC_SGP, PC_ASPS, i & 15, 1));
          }
          return null;
        });
    await("STP sees ASP 1 gone", () -> stp.activeAspCount("as-a") == 1);
    onLoop(
        () -> {
          for (int i = 0; i < 100; i++) {
            sgp.transfer(sccp(PC_SGP, PC_ASPS, i & 15, 2));
          }
          return null;
        });
    await("messages after failover delivered", () -> inPhase(asp2User, 2) == 100);
    // ASP 2's association is FIFO: every phase-1 message for it arrived before the phase-2 ones.
    long inFlight = inPhase(asp1User, 1) + inPhase(asp2User, 1);
    System.out.printf(
        "ASP failure: in flight 100 sent, %d received (ASP1 %d, ASP2 %d), %d lost;"
            + " after failover 100 sent, %d received, 0 lost%n",
        inFlight, inPhase(asp1User, 1), inPhase(asp2User, 1), 100 - inFlight, inPhase(asp2User, 2));
    assertThat(inPhase(asp1User, 2)).isZero();
    assertThat(inPhase(asp2User, 1))
        .as("ASP 2's share of the in-flight messages")
        .isGreaterThanOrEqualTo(50);

    // ASP 2's session ends gracefully: BEAT, ASPIA, ASPDN (all traced).
    onLoop(
        () -> {
          asp2.heartbeat("l");
          asp2.deactivate("l");
          return null;
        });
    await("ASP 2 inactive", () -> asp2.linkState("l") == AspState.ASP_INACTIVE);
    onLoop(
        () -> {
          asp2.aspDown("l");
          return null;
        });
    await("ASP 2 down", () -> asp2.linkState("l") == AspState.ASP_DOWN);
    writer.close();
    assertTsharkDecodesTheSession(pcap);
  }

  private void assertTsharkDecodesTheSession(Path pcap) {
    Tshark.assumeInstalled();
    List<List<String>> rows =
        Tshark.fields(pcap, List.of(), "m3ua.message_class", "m3ua.message_type");
    List<String> types = rows.stream().map(r -> r.get(0) + "/" + r.get(1)).distinct().toList();
    // ASPUP, ASPUP ACK, ASPAC, ASPAC ACK, NTFY, DATA, BEAT, BEAT ACK, ASPIA, ASPIA ACK, ASPDN,
    // ASPDN ACK
    assertThat(types)
        .contains(
            "3/1", "3/4", "4/1", "4/3", "0/1", "1/1", "3/3", "3/6", "4/2", "4/4", "3/2", "3/5");
    assertThat(types.indexOf("3/1")).isLessThan(types.indexOf("4/1"));
    assertThat(types.indexOf("4/1")).isLessThan(types.indexOf("1/1"));
    assertThat(types.indexOf("1/1")).isLessThan(types.indexOf("4/2"));
    assertThat(types.indexOf("4/2")).isLessThan(types.indexOf("3/2"));
    assertThat(
            Tshark.fields(
                pcap,
                List.of("-Y", "m3ua.message_class == 3 && m3ua.message_type == 1"),
                "m3ua.asp_identifier"))
        // an ASP repeats ASP Up / ASP Active when the ack is late (ack timeout 200 ms here, which a
        // loaded machine can exceed): every copy carries the same parameters
        .isNotEmpty()
        .containsOnly(List.of("2"));
    assertThat(
            Tshark.fields(
                pcap,
                List.of("-Y", "m3ua.message_class == 4 && m3ua.message_type == 1"),
                "m3ua.traffic_mode_type",
                "m3ua.routing_context"))
        .isNotEmpty()
        .containsOnly(List.of("2", "10"));
    List<List<String>> data =
        Tshark.fields(
            pcap,
            List.of("-Y", "m3ua.message_class == 1"),
            "m3ua.routing_context",
            "m3ua.protocol_data_opc",
            "m3ua.protocol_data_dpc",
            "m3ua.protocol_data_si",
            "m3ua.protocol_data_ni",
            "frame.protocols");
    assertThat(data).isNotEmpty();
    assertThat(data)
        .allSatisfy(
            r -> {
              assertThat(r.subList(0, 5))
                  .isIn(List.of("10", "1", "2", "3", "2"), List.of("10", "2", "1", "3", "2"));
              assertThat(r.get(5)).endsWith("m3ua:sccp:sccpmg");
            });
    assertThat(
            Tshark.fields(
                pcap,
                List.of("-Y", "m3ua.message_class == 0 && m3ua.message_type == 1"),
                "m3ua.status_type",
                "m3ua.status_info"))
        .contains(List.of("1", "4"));
    assertThat(
            Tshark.fields(
                pcap,
                List.of("-Y", "m3ua.message_class == 3 && m3ua.message_type == 6"),
                "m3ua.heartbeat_data"))
        .containsExactly(List.of("0000000000000000"));
    // Every frame: version 1, reserved 0, the length field equal to the bytes tshark saw, PPID 3.
    List<List<String>> all =
        Tshark.fields(
            pcap,
            List.of(),
            "m3ua.version",
            "m3ua.reserved",
            "m3ua.message_length",
            "sctp.chunk_length",
            "sctp.data_payload_proto_id",
            "sctp.data_sid",
            "m3ua.message_class");
    assertThat(all)
        .allSatisfy(
            r -> {
              assertThat(r.get(0)).isEqualTo("1");
              assertThat(Integer.decode(r.get(1))).isZero();
              assertThat(Integer.parseInt(r.get(2))).isEqualTo(Integer.parseInt(r.get(3)) - 16);
              assertThat(r.get(4)).isEqualTo("3");
              // TCP has one stream: the tracer records stream 0 for everything.
              assertThat(Integer.decode(r.get(5))).isZero();
            });
    assertThat(
            Tshark.fields(
                pcap,
                List.of("-Y", "m3ua.message_class == 4 && m3ua.message_type == 2"),
                "m3ua.routing_context"))
        .containsExactly(List.of("10"));
    assertThat(
            Tshark.fields(
                pcap,
                List.of("-Y", "m3ua.message_class == 3 && m3ua.message_type == 4"),
                "m3ua.asp_identifier"))
        // an ASP repeats ASP Up / ASP Active when the ack is late (ack timeout 200 ms here, which a
        // loaded machine can exceed): every copy carries the same parameters
        .isNotEmpty()
        .containsOnly(List.of("2"));
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
  }
}
