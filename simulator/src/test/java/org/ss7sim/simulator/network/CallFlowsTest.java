package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.testkit.Tshark;

/**
 * DESIGN.md §3 flows 1 and 2 on the demo network, every message through real M3UA over TCP loopback
 * and the STPs: outcomes and causes asserted, the leak check after each call, and the wire sequence
 * read back from the pcap with tshark.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallFlowsTest {
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

  /** Either STP of the mated pair: SLS load sharing picks one per message. */
  private static String stp(String node) {
    return node.startsWith("stp-") ? "stp" : node;
  }

  @Nested
  class Isup {
    @Test
    void answered_call_is_iam_acm_anm_then_rel_rlc_through_the_stp() throws Exception {
      Outcome o = call("call-answered", "9992021777");
      assertThat(o.success()).isTrue();
      assertThat(demo.tracer.flow("call-answered"))
          .extracting(e -> stp(e.from()) + ">" + stp(e.to()) + " " + e.label().split(" ")[0])
          .containsSubsequence(
              "ssp-a>stp IAM",
              "stp>ssp-b IAM",
              "ssp-b>stp ACM",
              "stp>ssp-a ACM",
              "ssp-b>stp ANM",
              "stp>ssp-a ANM",
              "ssp-a>stp REL",
              "stp>ssp-b REL",
              "ssp-b>stp RLC",
              "stp>ssp-a RLC");
    }

    @Test
    void the_called_side_can_release_an_answered_call() throws Exception {
      SimNode a = demo.net.node("ssp-a").orElseThrow();
      SimNode b = demo.net.node("ssp-b").orElseThrow();
      DemoNetwork.Result r = new DemoNetwork.Result();
      org.ss7sim.simulator.node.ssp.Ssp caller =
          (org.ss7sim.simulator.node.ssp.Ssp) a.logic().orElseThrow();
      a.execute(
          () ->
              caller.placeCall(
                  "call-called-hangs-up",
                  "9992021888",
                  "9992010002",
                  Duration.ofSeconds(30),
                  new org.ss7sim.simulator.node.ssp.Ssp.CallListener() {
                    @Override
                    public void onOutcome(Outcome o) {
                      r.onOutcome(o);
                    }

                    @Override
                    public void onEnded() {
                      r.onEnded();
                    }
                  }));
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (r.outcomeNow().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      org.ss7sim.simulator.node.ssp.Ssp called =
          (org.ss7sim.simulator.node.ssp.Ssp) b.logic().orElseThrow();
      assertThat(b.call(called::releaseIncomingCalls)).isEqualTo(1);
      assertThat(r.await(Duration.ofSeconds(5)).success()).isTrue();
      assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(5))).isEmpty();
      assertThat(demo.tracer.flow("call-called-hangs-up"))
          .extracting(e -> stp(e.from()) + ">" + stp(e.to()) + " " + e.label().split(" ")[0])
          .containsSubsequence("ssp-b>stp ANM", "ssp-b>stp REL", "stp>ssp-a REL", "ssp-a>stp RLC");
    }

    @Test
    void busy_line_releases_with_cause_17() throws Exception {
      assertThat(call("call-busy", "9992022001").cause()).isEqualTo("user_busy");
    }

    @Test
    void unanswered_call_is_released_by_the_callers_t9_with_cause_19() throws Exception {
      Outcome o = call("call-no-answer", "9992023001");
      assertThat(o.cause()).isEqualTo("no_answer");
      assertThat(demo.tracer.flow("call-no-answer"))
          .extracting(e -> e.label().split(" ")[0])
          .containsSubsequence("IAM", "ACM", "REL", "RLC")
          .doesNotContain("ANM");
    }

    @Test
    void number_the_far_switch_does_not_have_is_released_with_cause_1() throws Exception {
      assertThat(call("call-unallocated", "9992029999").cause()).isEqualTo("unallocated_number");
    }

    @Test
    void number_no_route_leads_to_fails_at_once_with_cause_1() throws Exception {
      assertThat(call("call-nowhere", "5551234").cause()).isEqualTo("unallocated_number");
      assertThat(demo.tracer.flow("call-nowhere")).isEmpty();
    }

    @Test
    void the_pcap_shows_the_whole_call_with_no_malformed_frame() throws Exception {
      call("call-pcap", "9992021555");
      demo.flush();
      Tshark.assumeInstalled();
      assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
      // 1 IAM, 6 ACM, 9 ANM, 12 REL, 16 RLC (Q.763 table 4): each twice (switch->STP->switch)
      assertThat(Tshark.field(demo.pcap, List.of(), "isup.message_type"))
          .contains("1", "6", "9", "12", "16");
    }
  }

  @Nested
  class IntelligentNetwork {
    @Test
    void toll_free_number_is_translated_by_the_scp_and_the_call_answered() throws Exception {
      Outcome o = call("call-tollfree", "08001234567");
      assertThat(o.success()).isTrue();
      assertThat(demo.tracer.flow("call-tollfree"))
          .extracting(e -> stp(e.from()) + ">" + stp(e.to()) + " " + e.label())
          .containsSubsequence(
              "ssp-a>stp TC-BEGIN initialDP",
              "stp>scp TC-BEGIN initialDP",
              "scp>stp TC-END connect",
              "stp>ssp-a TC-END connect",
              "ssp-a>stp IAM cic=1");
    }

    @Test
    void barred_toll_free_number_is_released_as_the_scp_says() throws Exception {
      assertThat(call("call-barred", "08009990000").cause()).isEqualTo("normal_unspecified");
    }

    @Test
    void tshark_decodes_the_inap_dialogue() throws Exception {
      call("call-inap", "08001234567");
      demo.flush();
      Tshark.assumeInstalled();
      // initialDP (0) on both hops of the Begin; no frame tshark cannot decode
      assertThat(Tshark.field(demo.pcap, List.of("-Y", "inap"), "inap.opcode")).contains("0");
      assertThat(Tshark.malformedFrames(demo.pcap, List.of())).isEmpty();
    }
  }
}
