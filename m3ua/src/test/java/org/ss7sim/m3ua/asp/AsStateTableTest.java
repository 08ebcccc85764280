package org.ss7sim.m3ua.asp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.m3ua.asp.AsState.AS_ACTIVE;
import static org.ss7sim.m3ua.asp.AsState.AS_DOWN;
import static org.ss7sim.m3ua.asp.AsState.AS_INACTIVE;
import static org.ss7sim.m3ua.asp.AsState.AS_PENDING;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.m3ua.message.Status;
import org.ss7sim.m3ua.message.TrafficModeType;
import org.ss7sim.testkit.VirtualClock;

/**
 * One row per (AS state, event) of RFC 4666 §4.3.2 (Figure 4) for an override AS with ASPs "a" (the
 * one events act on) and "b" (up but inactive, or absent): the resulting state.
 */
class AsStateTableTest {
  private final VirtualClock clock = new VirtualClock();

  private ApplicationServer<String, String> as() {
    return new ApplicationServer<>(
        "as",
        1,
        TrafficModeType.OVERRIDE,
        Duration.ofSeconds(2),
        clock,
        new ApplicationServer.Events<>() {
          @Override
          public void notify(ApplicationServer<String, String> as, String asp, Status status) {}

          @Override
          public void stateChanged(
              ApplicationServer<String, String> as, AsState from, AsState to) {}

          @Override
          public void release(ApplicationServer<String, String> as, List<String> queued) {}
        });
  }

  /** Brings a fresh AS into {@code state}; {@code withStandby} keeps "b" up and inactive. */
  private ApplicationServer<String, String> in(AsState state, boolean withStandby) {
    ApplicationServer<String, String> as = as();
    if (withStandby) {
      as.aspInactive("b");
    }
    switch (state) {
      case AS_DOWN -> {}
      case AS_INACTIVE -> as.aspInactive("a");
      case AS_ACTIVE -> as.aspActive("a");
      case AS_PENDING -> {
        as.aspActive("a");
        as.aspDown("a");
      }
    }
    assertThat(as.state()).isEqualTo(state == AS_DOWN && withStandby ? AS_INACTIVE : state);
    return as;
  }

  static Stream<Arguments> table() {
    Consumer<ApplicationServer<String, String>> up = as -> as.aspInactive("a");
    Consumer<ApplicationServer<String, String>> active = as -> as.aspActive("a");
    Consumer<ApplicationServer<String, String>> down = as -> as.aspDown("a");
    Consumer<ApplicationServer<String, String>> inactive = as -> as.aspInactive("a");
    return Stream.of(
        Arguments.of(AS_DOWN, false, "ASP up", up, AS_INACTIVE),
        Arguments.of(AS_DOWN, false, "ASP active", active, AS_ACTIVE),
        Arguments.of(AS_DOWN, false, "ASP down", down, AS_DOWN),
        Arguments.of(AS_DOWN, false, "T(r) expiry", null, AS_DOWN),
        Arguments.of(AS_INACTIVE, false, "ASP active", active, AS_ACTIVE),
        Arguments.of(AS_INACTIVE, false, "last ASP down", down, AS_DOWN),
        Arguments.of(AS_INACTIVE, true, "one of two ASPs down", down, AS_INACTIVE),
        Arguments.of(AS_INACTIVE, false, "T(r) expiry", null, AS_INACTIVE),
        Arguments.of(AS_ACTIVE, false, "last active ASP inactive", inactive, AS_PENDING),
        Arguments.of(AS_ACTIVE, false, "last active ASP down", down, AS_PENDING),
        Arguments.of(AS_ACTIVE, false, "ASP active again", active, AS_ACTIVE),
        Arguments.of(AS_ACTIVE, false, "T(r) expiry", null, AS_ACTIVE),
        Arguments.of(AS_PENDING, false, "ASP active", active, AS_ACTIVE),
        Arguments.of(AS_PENDING, false, "ASP up", up, AS_PENDING),
        Arguments.of(AS_PENDING, false, "T(r) expiry, no ASP up", null, AS_DOWN),
        Arguments.of(AS_PENDING, true, "T(r) expiry, an ASP inactive", null, AS_INACTIVE));
  }

  @ParameterizedTest(name = "{0} (standby {1}) + {2} -> {4}")
  @MethodSource("table")
  void each_state_and_event_gives_the_rfc_state(
      AsState state,
      boolean withStandby,
      String event,
      Consumer<ApplicationServer<String, String>> action,
      AsState expected) {
    ApplicationServer<String, String> as = in(state, withStandby);
    if (action == null) {
      clock.advance(Duration.ofSeconds(2));
    } else {
      action.accept(as);
    }
    assertThat(as.state()).isEqualTo(expected);
  }
}
