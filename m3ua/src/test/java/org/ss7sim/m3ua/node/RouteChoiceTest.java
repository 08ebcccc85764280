package org.ss7sim.m3ua.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.m3ua.node.RouteChoice.Candidate;
import org.ss7sim.m3ua.node.RouteChoice.Decision;
import org.ss7sim.m3ua.node.RouteChoice.Discard;
import org.ss7sim.m3ua.node.RouteChoice.Hold;
import org.ss7sim.m3ua.node.RouteChoice.Reason;
import org.ss7sim.m3ua.node.RouteChoice.Send;

/**
 * The forwarding decision as a table. A route is written {@code via/priority/reach}, with a
 * trailing {@code *} when the message came in over it.
 */
class RouteChoiceTest {
  private static List<Candidate> routes(String spec) {
    List<Candidate> out = new ArrayList<>();
    if (spec.isBlank()) {
      return out;
    }
    for (String r : spec.split(" ")) {
      boolean arrival = r.endsWith("*");
      String[] p = r.replace("*", "").split("/");
      out.add(
          new Candidate(p[0], Integer.parseInt(p[1]), RouteChoice.Reach.valueOf(p[2]), arrival));
    }
    return out;
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // routes, sls, decision — spec section
        Arguments.of("", 0, new Discard(Reason.NO_ROUTE)), // Q.704 §2.3.3
        Arguments.of("a/0/AVAILABLE", 5, new Send("a", false)),
        Arguments.of("a/0/AVAILABLE b/0/AVAILABLE", 0, new Send("a", false)), // §2.3.5 by SLS
        Arguments.of("a/0/AVAILABLE b/0/AVAILABLE", 1, new Send("b", false)),
        Arguments.of("a/0/UNAVAILABLE b/0/AVAILABLE", 0, new Send("b", false)), // link set share
        Arguments.of("a/0/UNAVAILABLE b/1/AVAILABLE", 0, new Send("b", true)), // §5 changeover
        Arguments.of("a/0/PENDING b/1/AVAILABLE", 0, new Hold("a")), // RFC 4666 §4.3.4.3 T(r)
        Arguments.of("a/0/PENDING b/0/AVAILABLE", 0, new Send("b", false)),
        Arguments.of("a/0/RESTRICTED b/1/AVAILABLE", 0, new Send("b", true)), // §13.4 TFR
        Arguments.of("a/0/RESTRICTED b/1/UNAVAILABLE", 0, new Send("a", false)),
        Arguments.of("a/0/UNAVAILABLE b/1/UNAVAILABLE", 0, new Discard(Reason.NO_ROUTE)),
        // never back to where it came from (Q.704 §13.2.2)
        Arguments.of("a/0/UNAVAILABLE b/1/AVAILABLE*", 0, new Discard(Reason.WOULD_RETURN)),
        Arguments.of("a/0/AVAILABLE* b/1/AVAILABLE", 0, new Send("b", true)),
        Arguments.of("a/0/PENDING b/1/AVAILABLE*", 0, new Hold("a")),
        Arguments.of("a/0/UNAVAILABLE b/1/UNAVAILABLE*", 0, new Discard(Reason.NO_ROUTE)),
        Arguments.of("a/0/UNAVAILABLE b/1/RESTRICTED*", 0, new Discard(Reason.WOULD_RETURN)));
  }

  @ParameterizedTest(name = "{0} sls {1} -> {2}")
  @MethodSource("table")
  void decides(String routes, int sls, Decision expected) {
    assertThat(RouteChoice.decide(routes(routes), sls)).isEqualTo(expected);
  }

  static Stream<Arguments> inUse() {
    return Stream.of(
        Arguments.of("a/0/AVAILABLE b/1/AVAILABLE", List.of("a")),
        Arguments.of("a/0/AVAILABLE b/0/AVAILABLE", List.of("a", "b")),
        Arguments.of("a/0/PENDING b/1/AVAILABLE", List.of("a")),
        Arguments.of("a/0/UNAVAILABLE b/1/AVAILABLE", List.of("b")),
        Arguments.of("a/0/UNAVAILABLE b/1/RESTRICTED", List.of("b")),
        Arguments.of("a/0/UNAVAILABLE b/1/UNAVAILABLE", List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void inUse(String routes, List<String> expected) {
    assertThat(RouteChoice.inUse(routes(routes))).isEqualTo(expected);
  }

  /** The priority changeback compares before and after a route change (Q.704 §6, §8). */
  static Stream<Arguments> inUsePriority() {
    return Stream.of(
        Arguments.of("a/0/AVAILABLE b/1/AVAILABLE", 0),
        Arguments.of("a/0/PENDING b/1/AVAILABLE", 0), // T(r): still the normal route
        Arguments.of("a/0/UNAVAILABLE b/1/AVAILABLE", 1), // diverted
        Arguments.of("a/0/RESTRICTED b/1/AVAILABLE", 1), // §13.4: an unrestricted one first
        Arguments.of("a/0/RESTRICTED b/1/UNAVAILABLE", 0),
        Arguments.of("a/0/UNAVAILABLE b/1/UNAVAILABLE", Integer.MAX_VALUE));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void inUsePriority(String routes, int expected) {
    assertThat(RouteChoice.inUsePriority(routes(routes))).isEqualTo(expected);
  }
}
