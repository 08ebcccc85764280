package org.ss7sim.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without tshark a tshark test is skipped, except under CI=true, where it fails. */
class TsharkAssumeTest {
  @Test
  void missing_tshark_skips_outside_ci() {
    assertThatThrownBy(() -> Tshark.assumeInstalled(false, null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("tshark not installed");
    assertThatThrownBy(() -> Tshark.assumeInstalled(false, "false"))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void missing_tshark_fails_under_ci_true() {
    assertThatThrownBy(() -> Tshark.assumeInstalled(false, "true"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CI=true");
  }

  @Test
  void installed_tshark_runs_the_test_anywhere() {
    assertThatCode(() -> Tshark.assumeInstalled(true, "true")).doesNotThrowAnyException();
    assertThatCode(() -> Tshark.assumeInstalled(true, null)).doesNotThrowAnyException();
  }
}
