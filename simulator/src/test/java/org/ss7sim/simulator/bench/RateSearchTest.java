package org.ss7sim.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --find-max}: doubling to the first failure, then halving the interval to within 10 %. */
class RateSearchTest {
  /** A system that keeps every rate up to {@code capacity} within the bound. */
  private static RateSearch.Trial upTo(double capacity, List<Double> seen) {
    return rate -> {
      seen.add(rate);
      return rate <= capacity;
    };
  }

  @Test
  void doubles_to_the_first_failure_then_halves_the_interval_until_within_ten_percent()
      throws Exception {
    List<Double> seen = new ArrayList<>();
    // the seventh session's search: 4,000/s outside, 3,750/s within, 4,000 / 3,750 < 1.1
    List<Double> tried = RateSearch.run(2000, 7, upTo(3800, seen));
    assertThat(tried).containsExactly(2000.0, 4000.0, 3000.0, 3500.0, 3750.0);
    assertThat(seen).isEqualTo(tried);
  }

  @Test
  void a_start_rate_outside_is_halved_until_one_is_within() throws Exception {
    List<Double> tried = RateSearch.run(2000, 4, upTo(600, new ArrayList<>()));
    assertThat(tried).containsExactly(2000.0, 1000.0, 500.0, 750.0);
  }

  @Test
  void the_number_of_trials_is_bounded() throws Exception {
    List<Double> tried = RateSearch.run(10, 4, upTo(Double.MAX_VALUE, new ArrayList<>()));
    assertThat(tried).containsExactly(10.0, 20.0, 40.0, 80.0);
  }

  @Test
  void nothing_within_stops_before_a_rate_under_one_per_second() throws Exception {
    List<Double> tried = RateSearch.run(4, 10, upTo(0, new ArrayList<>()));
    assertThat(tried).containsExactly(4.0, 2.0, 1.0);
  }

  @Test
  void two_rates_less_than_ten_percent_apart_end_the_search() throws Exception {
    // 100 within; 200, 150, 125, 112 outside (112 / 100 is still 10 % or more); 106 outside:
    // 106 / 100 < 1.1
    List<Double> tried = RateSearch.run(100, 10, upTo(105, new ArrayList<>()));
    assertThat(tried).containsExactly(100.0, 200.0, 150.0, 125.0, 112.0, 106.0);
  }
}
