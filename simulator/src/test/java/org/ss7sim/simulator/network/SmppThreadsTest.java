package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Alphabet;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.generate.NetworkGenerator;
import org.ss7sim.simulator.generate.Shape;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.smsc.Esme;

/**
 * Issue 20: every SMSC's SMPP server and every ESME ran its connections on an event-loop thread of
 * its own (a network of n SMSCs with an ESME each: 2n threads). They now lease the network's one
 * bounded pool ({@link SimNetwork#smppLoops}); its threads end with the last lease.
 */
class SmppThreadsTest {
  private static final int SMSCS = 6;

  private static List<Thread> smppThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> t.getName().startsWith("smpp-") || t.getName().startsWith("esme-"))
        .toList();
  }

  @Test
  void six_smscs_and_six_esmes_share_a_bounded_pool_of_smpp_threads(@TempDir Path dir)
      throws Exception {
    Network n =
        ConfigLoader.parseNetwork(
            "smpp-threads.yaml",
            new NetworkGenerator(
                    new Shape(
                        "smpp-threads",
                        1,
                        2,
                        1,
                        1,
                        SMSCS,
                        10,
                        31,
                        "tcp",
                        Shape.Topology.RING,
                        1,
                        2905,
                        0))
                .network());
    NodeKinds kinds = new NodeKinds(n, true, dir);
    int before = smppThreads().size();
    SimNetwork net = SimNetwork.start(n, Set.of(), null, kinds::logicFor);
    int pool = net.smppPool().threads();
    try {
      Esmes.start(net, kinds);
      List<Esme> esmes =
          n.nodes().stream()
              .filter(x -> x.kind() == org.ss7sim.simulator.config.network.NodeKind.ESME)
              .map(x -> net.attachment(x.name(), Esme.class).orElseThrow())
              .toList();
      assertThat(esmes).hasSize(SMSCS);
      // every ESME bound (Esmes.start waits for it) and carries a message to its receipt
      List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
      for (Esme e : esmes) {
        CompletableFuture<Outcome> o = new CompletableFuture<>();
        outcomes.add(o);
        e.submit(
            "sms-" + e.name(),
            "9991010000003",
            new SmsOptions("1000", Optional.of("shared"), 6, Alphabet.GSM7, true),
            new AttemptListener() {
              @Override
              public void onOutcome(Outcome outcome) {
                o.complete(outcome);
              }

              @Override
              public void onEnded() {}
            });
      }
      for (CompletableFuture<Outcome> o : outcomes) {
        assertThat(o.get(30, TimeUnit.SECONDS).success()).isTrue();
      }
      assertThat(smppThreads().size() - before)
          .as("SMPP threads for %d SMSCs and %d ESMEs", SMSCS, SMSCS)
          .isLessThanOrEqualTo(pool)
          .isLessThan(2 * SMSCS);
      assertThat(net.smppPool().leases())
          .as("one lease per SMSC and per ESME")
          .isEqualTo(2 * SMSCS);
    } finally {
      net.close();
    }
    assertThat(net.smppPool().leases()).isZero();
  }
}
