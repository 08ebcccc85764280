package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRangeTest {
  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "4412, 4412, true",
    "4412, 44123, false",
    "^4412, 441299, true",
    "^4412, 4413, false",
    "4412.*, 4412777, true",
    "^4412.*$, 4412, true",
    "^4412.*$, 4512, false",
    "12[0-9]{2}, 1234, true",
    "12[0-9]{2}, 12345, false",
    "'', 4412, false",
    "[0-9]+, 123456789012345678901, false",
    "(a+)+$, aaaaaaaaaaaaaaaaaab, false",
    "(a+)+$, (a+)+$, true",
    "12[, 12[, true",
    "12[, 123, false"
  })
  void ranges_are_regular_expressions_but_never_dangerous_ones(
      String range, String address, boolean covered) {
    assertThat(AddressRange.covers(range, address)).isEqualTo(covered);
  }
}
