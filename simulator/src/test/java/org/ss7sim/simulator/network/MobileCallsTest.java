package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.testkit.Tshark;

/**
 * DESIGN.md §3 flow 4 on the demo network, through real M3UA over TCP loopback and the STPs: ssp-a
 * as gateway MSC asks the HLR (SRI), the HLR asks the VLR (PRN), and the call goes to the roaming
 * number at the MSC (IAM … RLC); busy and absent subscribers release with their causes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobileCallsTest {
  @TempDir static Path dir;
  static DemoNetwork demo;

  @BeforeAll
  static void start() throws Exception {
    demo = new DemoNetwork(dir);
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  private static Outcome call(String flow, String number) throws Exception {
    Outcome o = demo.call("ssp-a", flow, number, Duration.ofMillis(200));
    assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(5)))
        .as("registries after " + flow)
        .isEmpty();
    return o;
  }

  private static String stp(String node) {
    return node.startsWith("stp-") ? "stp" : node;
  }

  @Test
  void call_to_an_attached_subscriber_goes_through_sri_and_prn_to_the_msrn_at_the_msc()
      throws Exception {
    Outcome o = call("mt-answered", "9990110000042");
    assertThat(o.success()).isTrue();
    assertThat(demo.tracer.flow("mt-answered"))
        .extracting(e -> stp(e.from()) + ">" + stp(e.to()) + " " + e.label().split(" cic")[0])
        .containsSubsequence(
            "ssp-a>stp TC-BEGIN sendRoutingInfo",
            "stp>hlr TC-BEGIN sendRoutingInfo",
            "hlr>stp TC-BEGIN provideRoamingNumber",
            "stp>msc TC-BEGIN provideRoamingNumber",
            "msc>stp TC-END result",
            "stp>hlr TC-END result",
            "hlr>stp TC-END result",
            "stp>ssp-a TC-END result",
            "ssp-a>stp IAM",
            "stp>msc IAM",
            "msc>stp ACM",
            "stp>ssp-a ACM",
            "msc>stp ANM",
            "stp>ssp-a ANM",
            "ssp-a>stp REL",
            "stp>msc REL",
            "msc>stp RLC",
            "stp>ssp-a RLC");
  }

  @Test
  void busy_subscriber_is_released_by_the_msc_with_cause_17() throws Exception {
    assertThat(call("mt-busy", "9990140000002").cause()).isEqualTo("user_busy");
    assertThat(demo.tracer.flow("mt-busy"))
        .extracting(e -> stp(e.from()) + ">" + stp(e.to()) + " " + e.label().split(" ")[0])
        .contains("stp>msc IAM", "msc>stp REL");
  }

  @Test
  void absent_subscriber_is_released_with_cause_20_without_an_iam() throws Exception {
    assertThat(call("mt-absent", "9990120000007").cause()).isEqualTo("subscriber_absent");
    assertThat(demo.tracer.flow("mt-absent"))
        .extracting(e -> e.label().split(" ")[0])
        .contains("TC-BEGIN", "TC-END")
        .doesNotContain("IAM");
  }

  @Test
  void unknown_mobile_number_is_released_with_cause_1() throws Exception {
    assertThat(call("mt-unknown", "9990190000000").cause()).isEqualTo("unallocated_number");
  }

  @Test
  void tshark_decodes_sri_prn_and_the_isup_call_with_no_malformed_frame() throws Exception {
    call("mt-pcap", "9990110000043");
    demo.flush();
    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
    // sendRoutingInfo 22, provideRoamingNumber 4 (TS 29.002 §17.5)
    assertThat(Tshark.field(demo.pcap, List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .contains("22", "4");
    assertThat(Tshark.field(demo.pcap, List.of("-Y", "isup"), "isup.message_type"))
        .contains("1", "6", "9", "12", "16");
  }
}
