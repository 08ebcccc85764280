package org.ss7sim.inap.scp;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ss7sim.inap.message.Cause;

/** What a translation entry does with a call in one time band. */
public sealed interface Treatment {

  /** Route to one of the targets, chosen at random in proportion to their weights. */
  record Route(List<RoutingTarget> targets) implements Treatment {
    public Route {
      targets = List.copyOf(targets);
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("a route needs at least one target");
      }
    }

    /** Picks a target: one draw of {@code random} over the total weight. */
    public RoutingTarget pick(RandomGenerator random) {
      if (targets.size() == 1) {
        return targets.get(0);
      }
      int total = 0;
      for (RoutingTarget t : targets) {
        total += t.weight();
      }
      int r = random.nextInt(total);
      for (RoutingTarget t : targets) {
        r -= t.weight();
        if (r < 0) {
          return t;
        }
      }
      return targets.get(targets.size() - 1);
    }

    @Override
    public String toString() {
      return "route " + targets;
    }
  }

  /** Release the call with the cause. */
  record Release(Cause cause) implements Treatment {
    public Release {
      java.util.Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String toString() {
      return "release cause " + cause.value();
    }
  }

  /** Let the call continue to the dialled number. */
  record Proceed() implements Treatment {
    @Override
    public String toString() {
      return "continue";
    }
  }

  static Treatment route(RoutingTarget... targets) {
    return new Route(List.of(targets));
  }

  static Treatment release(int causeValue) {
    return new Release(Cause.of(causeValue));
  }

  static Treatment proceed() {
    return new Proceed();
  }
}
