package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.m3ua.testing.RfcPeer;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.LocationQuery;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.msc.Msc;

/**
 * {@code examples/external-hlr.yaml} against an external HLR written from the specs with
 * hand-written bytes (M3UA RFC 4666, SCCP Q.713, TCAP Q.773, MAP TS 29.002; not the project's
 * codecs): the simulated MSC's anyTimeInterrogations, translated by the simulated STP, reach the
 * HLR on its link's routing context (40) at its point code (1-4-1) and nothing else does; the HLR
 * answers one with a result, one with the error unknownSubscriber, one with a reject, aborts one
 * and leaves one unanswered. Each attempt ends as the answer says, and the results count what the
 * external HLR answered per outcome. The file's M3UA ports are made ephemeral here.
 */
class ExternalHlrByHandTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final int HLR = PointCode.parse("1-4-1").value();
  private static final int STP = PointCode.parse("1-1-1").value();

  @TempDir Path dir;
  SimNetwork net;
  int ni;

  @BeforeEach
  void start() throws Exception {
    String yaml =
        Files.readString(
                Path.of(System.getProperty("ss7sim.root", ".."))
                    .resolve("examples/external-hlr.yaml"))
            .replaceAll("127\\.0\\.0\\.1:294[56]", "127.0.0.1:0");
    Network n = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("external-hlr.yaml"), yaml));
    NodeKinds kinds = new NodeKinds(n, true, dir);
    net = SimNetwork.start(n, Set.of(), null, kinds::logicFor);
    ni = n.node("stp").orElseThrow().networkIndicator().code();
  }

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  /** An ATI from the simulated MSC about {@code msisdn}; completes with its outcome. */
  private CompletableFuture<Outcome> ati(String msisdn) {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    SimNode msc = net.node("msc").orElseThrow();
    Msc logic = (Msc) msc.logic().orElseThrow();
    msc.execute(
        () ->
            logic.query(
                LocationQuery.ATI,
                "ati-" + msisdn,
                msisdn,
                new AttemptListener() {
                  @Override
                  public void onOutcome(Outcome o) {
                    outcome.complete(o);
                  }

                  @Override
                  public void onEnded() {}
                }));
    return outcome;
  }

  /** The next BEGIN the HLR receives, checked for the HLR link's RC and the HLR's point code. */
  private static Begin nextBegin(RfcPeer hlr) throws Exception {
    for (int i = 0; i < 50; i++) {
      RfcPeer.Message m = hlr.read();
      if (!m.is(RfcPeer.TRANSFER, RfcPeer.DATA)) {
        continue;
      }
      assertThat(m.u32(RfcPeer.TAG_ROUTING_CONTEXT)).isEqualTo(40);
      byte[] pd = m.parameter(RfcPeer.TAG_PROTOCOL_DATA);
      assertThat(RfcPeer.u32(pd, 0)).as("OPC: the STP").isEqualTo(STP);
      assertThat(RfcPeer.u32(pd, 4)).as("DPC: the HLR").isEqualTo(HLR);
      byte[] udt = RfcPeer.userData(m);
      assertThat(udt[0]).as("UDT").isEqualTo((byte) 0x09);
      byte[] called = part(udt, 2);
      byte[] calling = part(udt, 3);
      byte[] tcap = part(udt, 4);
      assertThat(tcap[0] & 0xff).as("TC-BEGIN " + HEX.formatHex(tcap)).isEqualTo(0x62);
      assertThat(tcap[2] & 0xff).as("otid").isEqualTo(0x48);
      byte[] otid = new byte[tcap[3]];
      System.arraycopy(tcap, 4, otid, 0, otid.length);
      assertThat(HEX.formatHex(tcap))
          .contains("060704000001001d03") // anyTimeEnquiryContext-v3
          .contains("a1" /* invoke */)
          .contains("020147"); // opcode 71, anyTimeInterrogation
      return new Begin(called, calling, otid);
    }
    throw new AssertionError("no DATA within 50 messages");
  }

  private record Begin(byte[] called, byte[] calling, byte[] otid) {}

  /**
   * The pointer at {@code offset} of a UDT (Q.713 §4.10): the length-prefixed part it points at.
   */
  private static byte[] part(byte[] udt, int offset) {
    int at = offset + (udt[offset] & 0xff);
    byte[] out = new byte[udt[at] & 0xff];
    System.arraycopy(udt, at + 1, out, 0, out.length);
    return out;
  }

  /** Sends {@code tcap} back: a UDT from the BEGIN's called to its calling party, to the STP. */
  private void answer(RfcPeer hlr, Begin b, byte[] tcap) throws Exception {
    hlr.send(RfcPeer.data(40, HLR, STP, 3, ni, 1, udt(b.calling(), b.called(), tcap)));
  }

  @Test
  void every_kind_of_answer_ends_its_attempt_and_is_counted() throws Exception {
    try (RfcPeer hlr =
        new RfcPeer(
            InetAddress.getLoopbackAddress(),
            net.node("stp").orElseThrow().listenerAddress("to-hlr"))) {
      RfcPeer.Message ack = hlr.upAndActive(2, 40);
      assertThat(ack.is(RfcPeer.ASPTM, RfcPeer.ASPAC_ACK)).as(ack.toString()).isTrue();
      assertThat(net.externalLinks().awaitUp(Duration.ofSeconds(20))).isEmpty();

      CompletableFuture<Outcome> result = ati("9990110000001");
      Begin b = nextBegin(hlr);
      // returnResultLast: anyTimeInterrogation (71), AnyTimeInterrogationRes { subscriberInfo {} }
      answer(
          hlr,
          b,
          end(
              b.otid(),
              tlv(
                  0xa2,
                  tlv(0x02, bytes(1)),
                  tlv(0x30, tlv(0x02, bytes(71)), bytes(0x30, 0x02, 0x30, 0x00)))));
      assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(Outcome.succeeded());

      CompletableFuture<Outcome> error = ati("9990110000002");
      b = nextBegin(hlr);
      answer(
          hlr,
          b,
          end(b.otid(), tlv(0xa3, tlv(0x02, bytes(1)), tlv(0x02, bytes(1))))); // unknownSubscriber
      assertThat(error.get(20, TimeUnit.SECONDS)).isEqualTo(Outcome.failed("unknown_subscriber"));

      CompletableFuture<Outcome> reject = ati("9990110000003");
      b = nextBegin(hlr);
      // reject: invokeProblem (1) mistypedParameter (2)
      answer(hlr, b, end(b.otid(), tlv(0xa4, tlv(0x02, bytes(1)), tlv(0x81, bytes(2)))));
      assertThat(reject.get(20, TimeUnit.SECONDS)).isEqualTo(Outcome.failed("no_response"));

      CompletableFuture<Outcome> abort = ati("9990110000004");
      b = nextBegin(hlr);
      // TC-ABORT with P-Abort cause resourceLimitation (4)
      answer(hlr, b, tlv(0x67, tlv(0x49, b.otid()), tlv(0x4a, bytes(4))));
      assertThat(abort.get(20, TimeUnit.SECONDS)).isEqualTo(Outcome.failed("no_response"));

      CompletableFuture<Outcome> none = ati("9990110000005");
      nextBegin(hlr); // never answered
      assertThat(none).isNotDone();

      Map<String, Long> answered =
          net.externalAnswers().counts().get("hlr").get("anyTimeInterrogation");
      assertThat(answered)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "result", 1L,
                  "error unknownSubscriber", 1L,
                  "reject", 1L,
                  "abort", 1L,
                  "unanswered", 1L));
    }
  }

  // ---- hand-written TCAP and SCCP ------------------------------------------------------

  /**
   * TC-END (Q.773 §4.2) to {@code dtid}: an AARE accepting anyTimeEnquiryContext-v3, {@code
   * component}.
   */
  private static byte[] end(byte[] dtid, byte[] component) {
    byte[] aare =
        tlv(
            0x61,
            tlv(0xa1, tlv(0x06, bytes(0x04, 0x00, 0x00, 0x01, 0x00, 0x1d, 0x03))), // AC
            tlv(0xa2, tlv(0x02, bytes(0))), // result: accepted
            tlv(0xa3, tlv(0xa1, tlv(0x02, bytes(0))))); // dialogue-service-user: null
    byte[] dialogue =
        tlv(
            0x6b,
            tlv(
                0x28,
                tlv(0x06, bytes(0x00, 0x11, 0x86, 0x05, 0x01, 0x01, 0x01)), // dialogue-as-id
                tlv(0xa0, aare)));
    return tlv(0x64, tlv(0x49, dtid), dialogue, tlv(0x6c, component));
  }

  /** UDT (Q.713 §4.10): class 0, three pointers, called, calling, data. */
  private static byte[] udt(byte[] called, byte[] calling, byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0x09);
    b.write(0x00);
    b.write(3);
    b.write(3 + called.length);
    b.write(3 + called.length + calling.length);
    b.write(called.length);
    b.writeBytes(called);
    b.write(calling.length);
    b.writeBytes(calling);
    b.write(data.length);
    b.writeBytes(data);
    return b.toByteArray();
  }

  private static byte[] tlv(int tag, byte[]... contents) {
    ByteArrayOutputStream v = new ByteArrayOutputStream();
    for (byte[] c : contents) {
      v.writeBytes(c);
    }
    assertThat(v.size()).isLessThan(128); // short form lengths only
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(tag);
    b.write(v.size());
    b.writeBytes(v.toByteArray());
    return b.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
