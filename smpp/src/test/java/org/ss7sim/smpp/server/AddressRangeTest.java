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
    "4412*, 4412777, true",
    "^4412.*$, 4412, true",
    "^4412.*$, 4512, false",
    "'', 4412, false",
    "(a+)+$, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab, false",
    "[0-9]+, 4412, false"
  })
  void literal_and_prefix_ranges_match_and_other_patterns_only_match_themselves(
      String range, String address, boolean covered) {
    assertThat(AddressRange.covers(range, address)).isEqualTo(covered);
  }
}
