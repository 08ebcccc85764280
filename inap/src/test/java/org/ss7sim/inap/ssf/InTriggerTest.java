package org.ss7sim.inap.ssf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InTriggerTest {
  final InTrigger trigger =
      InTrigger.builder().on("0800", 10).on("08001", 11).on("0900", 20).build();

  @Test
  void longest_configured_prefix_gives_the_service_key() {
    assertThat(trigger.serviceKey("08001234")).isEqualTo(11);
    assertThat(trigger.serviceKey("08009999")).isEqualTo(10);
    assertThat(trigger.serviceKey("0900123")).isEqualTo(20);
  }

  @Test
  void other_numbers_do_not_trigger() {
    assertThat(trigger.triggers("3021234567")).isFalse();
    assertThat(trigger.serviceKey("080")).isEqualTo(-1);
    assertThat(trigger.serviceKey("")).isEqualTo(-1);
  }

  @Test
  void a_trigger_can_name_its_scf() {
    org.ss7sim.sccp.SccpAddress scp =
        org.ss7sim.sccp.SccpAddress.ofSsn(
            org.ss7sim.mtp.PointCode.itu(2002), org.ss7sim.sccp.Ssn.INAP);
    InTrigger t = InTrigger.builder().on("0800", 10, scp).on("0900", 20).build();
    assertThat(t.match("0800123")).isEqualTo(new InTrigger.Trigger("0800", 10, scp));
    assertThat(t.match("0900123").scf()).isNull();
    assertThat(t.match("1234")).isNull();
    assertThat(t.triggers()).containsOnlyKeys("0800", "0900");
  }

  @Test
  void bad_prefixes_are_refused() {
    assertThatThrownBy(() -> InTrigger.builder().on("08a", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InTrigger.builder().on("0800", 1).on("0800", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
