package org.ss7sim.simulator.node.sipgw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Backward progress ⇄ provisional responses (Q.1912.5; TS 29.163 §7.2.3.1, §7.2.3.2). */
class ProgressMappingTest {
  @ParameterizedTest(name = "ACM called party status {0} -> {1}")
  @CsvSource({"0, 183", "1, 180", "2, 183"})
  void acm_to_provisional(int calledPartyStatus, int status) {
    assertThat(ProgressMapping.statusForAcm(calledPartyStatus)).isEqualTo(status);
  }

  @ParameterizedTest(name = "CPG event {0} -> {1}")
  @CsvSource({"1, 180", "2, 183", "3, 183", "4, 0", "5, 0", "6, 0"})
  void cpg_to_provisional(int event, int status) {
    assertThat(ProgressMapping.statusForCpg(event))
        .isEqualTo(status == 0 ? OptionalInt.empty() : OptionalInt.of(status));
  }

  @ParameterizedTest(name = "{0} -> ACM called party status {1}, later CPG event {2}")
  @CsvSource({"180, 1, 1", "183, 0, 2"})
  void provisional_to_acm_then_cpg(int status, int calledPartyStatus, int event) {
    assertThat(ProgressMapping.calledPartyStatusFor(status)).isEqualTo(calledPartyStatus);
    assertThat(ProgressMapping.cpgEventFor(status)).isEqualTo(event);
  }
}
