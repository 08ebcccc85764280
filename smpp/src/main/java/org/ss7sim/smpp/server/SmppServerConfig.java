package org.ss7sim.smpp.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * SMSC-side settings.
 *
 * @param smscSystemId the system_id returned in bind responses
 * @param accounts the ESMEs allowed to bind
 * @param windowSize deliver_sm sent to one bind and not yet answered, at most
 * @param responseTimeout how long to wait for a response to a request we sent
 * @param enquireLinkInterval idle time after which we send enquire_link (its answer is due within
 *     responseTimeout)
 * @param bindTimeout how long a connection may stay OPEN without binding
 * @param deliverRetryInterval delay before a failed or unanswered deliver_sm is tried again
 * @param maxDeliverAttempts attempts before a deliver_sm is given up
 * @param maxPendingDeliveries deliver_sm waiting per system_id, at most (further ones fail with
 *     ESME_RMSGQFUL)
 * @param maxPduLength largest command_length accepted
 * @param tick how often each session checks its timers
 * @param bindLockout failed binds from one remote host that lock it out, and for how long
 */
public record SmppServerConfig(
    String smscSystemId,
    List<EsmeAccount> accounts,
    int windowSize,
    Duration responseTimeout,
    Duration enquireLinkInterval,
    Duration bindTimeout,
    Duration deliverRetryInterval,
    int maxDeliverAttempts,
    int maxPendingDeliveries,
    int maxPduLength,
    Duration tick,
    BindLockout.Policy bindLockout) {
  public SmppServerConfig {
    Objects.requireNonNull(bindLockout, "bindLockout");
    Objects.requireNonNull(smscSystemId, "smscSystemId");
    accounts = List.copyOf(accounts);
    if (windowSize < 1 || maxDeliverAttempts < 1 || maxPendingDeliveries < 1 || maxPduLength < 16) {
      throw new IllegalArgumentException(
          "window, attempts, pending and PDU length limits must be positive");
    }
  }

  /**
   * Window 64, 10 s response timeout, 30 s enquire_link, 10 s bind timeout, retry every 5 s up to 5
   * times; 5 failed binds from one host within a minute lock it out for 5 minutes.
   */
  public static SmppServerConfig defaults(String smscSystemId, EsmeAccount... accounts) {
    return new SmppServerConfig(
        smscSystemId,
        List.of(accounts),
        64,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        5,
        100_000,
        70_000,
        Duration.ofMillis(100),
        BindLockout.Policy.defaults());
  }

  public SmppServerConfig withTimers(
      Duration response, Duration enquireLink, Duration bind, Duration retry) {
    return new SmppServerConfig(
        smscSystemId,
        accounts,
        windowSize,
        response,
        enquireLink,
        bind,
        retry,
        maxDeliverAttempts,
        maxPendingDeliveries,
        maxPduLength,
        tick,
        bindLockout);
  }

  public SmppServerConfig withWindowSize(int n) {
    return new SmppServerConfig(
        smscSystemId,
        accounts,
        n,
        responseTimeout,
        enquireLinkInterval,
        bindTimeout,
        deliverRetryInterval,
        maxDeliverAttempts,
        maxPendingDeliveries,
        maxPduLength,
        tick,
        bindLockout);
  }

  public SmppServerConfig withDeliveryLimits(int attempts, int pending) {
    return new SmppServerConfig(
        smscSystemId,
        accounts,
        windowSize,
        responseTimeout,
        enquireLinkInterval,
        bindTimeout,
        deliverRetryInterval,
        attempts,
        pending,
        maxPduLength,
        tick,
        bindLockout);
  }

  public SmppServerConfig withBindLockout(BindLockout.Policy policy) {
    return new SmppServerConfig(
        smscSystemId,
        accounts,
        windowSize,
        responseTimeout,
        enquireLinkInterval,
        bindTimeout,
        deliverRetryInterval,
        maxDeliverAttempts,
        maxPendingDeliveries,
        maxPduLength,
        tick,
        policy);
  }

  /** The account with {@code systemId}, or {@code null}. */
  EsmeAccount account(String systemId) {
    for (EsmeAccount a : accounts) {
      if (a.systemId().equals(systemId)) {
        return a;
      }
    }
    return null;
  }
}
