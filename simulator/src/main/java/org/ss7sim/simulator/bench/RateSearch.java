package org.ss7sim.simulator.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The search of {@code bench --find-max}: the highest rate a trial keeps within its bound. From the
 * start rate it doubles until a trial fails, then halves the interval between the highest rate
 * within and the lowest outside until they are less than 10 % apart; a start rate outside is halved
 * until one is within. At most {@code maxTrials} trials, never a rate under 1/s.
 */
final class RateSearch {
  /** Two rates this close (outside / within) end the search. */
  static final double CLOSE_ENOUGH = 1.1;

  /** One trial at a rate: whether it stayed within the bound. */
  interface Trial {
    boolean within(double rate) throws Exception;
  }

  private RateSearch() {}

  /** Runs the trials; returns the rates tried, in order. */
  static List<Double> run(double startRate, int maxTrials, Trial trial) throws Exception {
    List<Double> tried = new ArrayList<>();
    double within = 0;
    double outside = Double.POSITIVE_INFINITY;
    double rate = startRate;
    for (int i = 0; i < maxTrials; i++) {
      tried.add(rate);
      if (trial.within(rate)) {
        within = rate;
      } else {
        outside = rate;
      }
      if (within > 0 && outside / within < CLOSE_ENOUGH) {
        break;
      }
      double next;
      if (Double.isInfinite(outside)) {
        next = rate * 2;
      } else if (within == 0) {
        next = outside / 2;
      } else {
        next = (within + outside) / 2;
      }
      if (next < 1) {
        break;
      }
      rate = Math.rint(next);
    }
    return tried;
  }
}
