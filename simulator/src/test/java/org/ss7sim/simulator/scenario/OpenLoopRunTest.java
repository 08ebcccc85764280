package org.ss7sim.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.report.ScenarioResult;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.transport.loop.VirtualTime;

/** The runner's open loop on the demo network in virtual time (deterministic). */
class OpenLoopRunTest {
  @TempDir Path dir;

  @Test
  void sms_at_a_fixed_rate_with_warm_up_on_virtual_time() throws Exception {
    Network config = ConfigLoader.demoNetwork();
    NodeKinds kinds = new NodeKinds(config, true, dir);
    ScenarioRunner.Report r;
    try (Tracer tracer = new Tracer(null, 1);
        SimNetwork net =
            SimNetwork.start(config, Set.of(), tracer, kinds::logicFor, new VirtualTime())) {
      Esmes.start(net, kinds);
      r =
          ScenarioRunner.run(
              net,
              ConfigLoader.parseScenario(
                  "t",
                  """
                  traffic:
                    - {name: sms, kind: sms, from: esme1, to: {subscribers: attached}, rate: 50,
                       duration: 3s}
                  """),
              Duration.ofSeconds(3),
              null,
              Duration.ofSeconds(1));
    }
    ScenarioResult sms = r.results().get(0);
    // 3 s at 50/s, the first second not recorded
    assertThat(sms.attempted()).isEqualTo(100);
    assertThat(sms.succeeded()).isEqualTo(100);
    assertThat(sms.askedRatePerSecond()).isCloseTo(50, within(1e-6));
    assertThat(sms.lateStarts()).isZero();
    assertThat(sms.ratePerSecond()).isCloseTo(50, within(1.0));
    // in-JVM links on virtual time take no time: every attempt starts on time and ends at once
    assertThat(sms.maxLatencyMillis()).isZero();
    // the series counts from the run's start: nothing measured in second 0
    assertThat(sms.latencyPerSecond().get(0).started()).isZero();
    assertThat(sms.latencyPerSecond().get(1).started()).isEqualTo(50);
    assertThat(sms.latencyPerSecond().get(2).started()).isEqualTo(50);
    assertThat(r.leaks()).isEmpty();
  }
}
