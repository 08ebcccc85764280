package org.ss7sim.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.network.KindData;
import org.ss7sim.simulator.config.network.Network;

/**
 * The bench network carries load, so its SMPP bind has a load run's windows both ways (the demo's
 * 10 outstanding submits cap the rate at 10 per store commit), and its trunks and lines what {@link
 * BenchNetwork} says.
 */
class BenchNetworkTest {
  private final Network net = BenchNetwork.of("tcp");

  @Test
  void the_esme_and_its_account_allow_a_load_runs_window_of_outstanding_requests() {
    KindData.EsmeData esme = (KindData.EsmeData) net.node("esme1").orElseThrow().data();
    assertThat(esme.window()).isEqualTo(BenchNetwork.WINDOW);
    KindData.SmscData smsc = (KindData.SmscData) net.node("smsc").orElseThrow().data();
    assertThat(smsc.account("esme1").orElseThrow().window()).isEqualTo(BenchNetwork.WINDOW);
    assertThat(BenchNetwork.WINDOW).isGreaterThan(10);
  }
}
