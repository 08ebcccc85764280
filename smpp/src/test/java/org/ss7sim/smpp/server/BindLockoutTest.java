package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.smpp.server.SessionHarness.bind;

import java.time.Duration;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.testkit.VirtualClock;

/**
 * Repeated failed binds from one host lock it out for a while (issue 13, "SMPP, the other door").
 */
class BindLockoutTest {
  private final VirtualClock clock = new VirtualClock();
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

  private SmppServer server(BindLockout.Policy policy) {
    return new SmppServer(
        SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret"))
            .withBindLockout(policy),
        new MemorySmsc(10, false));
  }

  private static final BindLockout.Policy THREE_IN_A_MINUTE =
      new BindLockout.Policy(3, Duration.ofMinutes(1), Duration.ofMinutes(5));

  private CommandStatus bindFrom(SmppServer server, String host, String password) {
    return new SessionHarness(server, clock, tasks, host)
        .answer(bind(BindType.TRANSMITTER, "esme1", password))
        .status();
  }

  @Test
  void three_wrong_passwords_lock_the_host_out_even_for_the_right_password() {
    SmppServer server = server(THREE_IN_A_MINUTE);
    for (int i = 0; i < 3; i++) {
      assertThat(bindFrom(server, "192.0.2.7", "guess" + i))
          .isEqualTo(CommandStatus.INVALID_PASSWORD);
    }
    SessionHarness h = new SessionHarness(server, clock, tasks, "192.0.2.7");
    assertThat(h.answer(bind(BindType.TRANSMITTER, "esme1", "secret")).status())
        .isEqualTo(CommandStatus.BIND_FAILED);
    assertThat(h.closed).as("connection closed").isTrue();
    assertThat(server.counters().bindsLockedOut()).isEqualTo(1);
    assertThat(server.bindLockout().lockouts()).isEqualTo(1);
    assertThat(server.binds()).isEmpty();
  }

  @Test
  void other_hosts_are_not_affected() {
    SmppServer server = server(THREE_IN_A_MINUTE);
    for (int i = 0; i < 3; i++) {
      bindFrom(server, "192.0.2.7", "guess");
    }
    assertThat(bindFrom(server, "192.0.2.8", "secret")).isEqualTo(CommandStatus.OK);
  }

  @Test
  void the_lockout_ends_after_its_duration_on_the_sessions_clock() {
    SmppServer server = server(THREE_IN_A_MINUTE);
    for (int i = 0; i < 3; i++) {
      bindFrom(server, "192.0.2.7", "guess");
    }
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    assertThat(bindFrom(server, "192.0.2.7", "secret")).isEqualTo(CommandStatus.BIND_FAILED);
    clock.advance(Duration.ofSeconds(1));
    assertThat(bindFrom(server, "192.0.2.7", "secret")).isEqualTo(CommandStatus.OK);
  }

  @Test
  void failures_spread_wider_than_the_window_do_not_lock() {
    SmppServer server = server(THREE_IN_A_MINUTE);
    for (int i = 0; i < 6; i++) {
      assertThat(bindFrom(server, "192.0.2.7", "guess")).isEqualTo(CommandStatus.INVALID_PASSWORD);
      clock.advance(Duration.ofSeconds(31));
    }
    assertThat(bindFrom(server, "192.0.2.7", "secret")).isEqualTo(CommandStatus.OK);
    assertThat(server.bindLockout().lockouts()).isZero();
  }

  @Test
  void unknown_system_ids_count_as_failures_too() {
    SmppServer server = server(THREE_IN_A_MINUTE);
    for (int i = 0; i < 3; i++) {
      assertThat(
              new SessionHarness(server, clock, tasks, "192.0.2.9")
                  .answer(bind(BindType.RECEIVER, "probe" + i, "x"))
                  .status())
          .isEqualTo(CommandStatus.INVALID_SYSTEM_ID);
    }
    assertThat(bindFrom(server, "192.0.2.9", "secret")).isEqualTo(CommandStatus.BIND_FAILED);
  }

  @Test
  void with_the_rule_off_nothing_is_locked() {
    SmppServer server = server(BindLockout.Policy.OFF);
    for (int i = 0; i < 20; i++) {
      bindFrom(server, "192.0.2.7", "guess");
    }
    assertThat(bindFrom(server, "192.0.2.7", "secret")).isEqualTo(CommandStatus.OK);
  }

  @Test
  void the_defaults_lock_after_five_failures() {
    assertThat(BindLockout.Policy.defaults().maxFailures()).isEqualTo(5);
    SmppServer server =
        new SmppServer(
            SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
            new MemorySmsc(10, false));
    for (int i = 0; i < 4; i++) {
      bindFrom(server, "192.0.2.7", "guess");
    }
    assertThat(bindFrom(server, "192.0.2.7", "secret")).isEqualTo(CommandStatus.OK);
    bindFrom(server, "192.0.2.7", "guess");
    assertThat(bindFrom(server, "192.0.2.7", "secret")).isEqualTo(CommandStatus.BIND_FAILED);
  }

  @Test
  void the_number_of_hosts_tracked_is_bounded() {
    BindLockout lockout = new BindLockout(THREE_IN_A_MINUTE);
    long now = 0;
    for (int i = 0; i < BindLockout.MAX_HOSTS + 500; i++) {
      lockout.failed("10.0." + (i / 256) + "." + (i % 256), now);
    }
    assertThat(lockout.trackedHosts()).isEqualTo(BindLockout.MAX_HOSTS);
    now += Duration.ofMinutes(2).toNanos();
    lockout.failed("198.51.100.1", now);
    assertThat(lockout.trackedHosts()).isEqualTo(1);
  }
}
