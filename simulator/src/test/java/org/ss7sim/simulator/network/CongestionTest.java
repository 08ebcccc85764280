package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.ssp.Ssp;

/**
 * A call to a trunk group whose circuits are all busy (Q.764 §2.1.1: no circuit available, cause
 * 34): the ISUP shell releases it before any IAM is sent, after {@code placeCall} has returned, and
 * the switch reports the cause exactly once and keeps nothing of the call.
 */
class CongestionTest {
  @TempDir Path dir;
  DemoNetwork demo;

  @AfterEach
  void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  /** Counts every outcome and end a call reports. */
  static final class Counting implements Ssp.CallListener {
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    final AtomicInteger ended = new AtomicInteger();
    final DemoNetwork.Result result = new DemoNetwork.Result();

    @Override
    public void onOutcome(Outcome o) {
      outcomes.add(o);
      result.onOutcome(o);
    }

    @Override
    public void onEnded() {
      ended.incrementAndGet();
      result.onEnded();
    }
  }

  private Counting place(String flow, String called) {
    SimNode a = demo.net.node("ssp-a").orElseThrow();
    Ssp ssp = (Ssp) a.logic().orElseThrow();
    Counting c = new Counting();
    a.execute(() -> ssp.placeCall(flow, called, "9992010001", Duration.ofSeconds(60), c));
    return c;
  }

  @Test
  void a_call_to_a_group_with_every_circuit_busy_ends_with_cause_34_once() throws Exception {
    String yaml =
        new String(
                getClass()
                    .getResourceAsStream("/org/ss7sim/simulator/demo-network.yaml")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace(
                "{to: ssp-b, cics: 1-31, prefixes: [\"999202\"]}",
                "{to: ssp-b, cics: 1-1, prefixes: [\"999202\"]}")
            .replace(
                "{to: ssp-a, cics: 1-31, select: descending,",
                "{to: ssp-a, cics: 1-1, select: descending,")
            .replace("smpp_port: 2775", "smpp_port: 0");
    demo = new DemoNetwork(ConfigLoader.parseNetwork("one-circuit", yaml), dir);

    // the only circuit: an answered call held for a minute
    Counting first = place("call-holds-circuit", "9992021777");
    assertThat(first.result.outcome.get(10, TimeUnit.SECONDS).success()).isTrue();

    Counting second = place("call-congested", "9992021778");
    Outcome o = second.result.await(Duration.ofSeconds(10));
    assertThat(o.success()).isFalse();
    assertThat(o.cause()).isEqualTo("no_circuit_available");
    assertThat(second.outcomes).hasSize(1);
    assertThat(second.ended).hasValue(1);
    assertThat(demo.tracer.flow("call-congested")).isEmpty(); // no IAM left the switch

    // the held call still runs; its release leaves no call, circuit or timer behind
    SimNode b = demo.net.node("ssp-b").orElseThrow();
    Ssp called = (Ssp) b.logic().orElseThrow();
    assertThat(b.call(called::releaseIncomingCalls)).isEqualTo(1);
    assertThat(first.result.await(Duration.ofSeconds(10)).success()).isTrue();
    assertThat(demo.net.awaitNoLeaks(Duration.ofSeconds(5))).isEmpty();
    assertThat(first.outcomes).hasSize(1);
    assertThat(second.outcomes).hasSize(1);
    assertThat(second.ended).hasValue(1);
  }
}
