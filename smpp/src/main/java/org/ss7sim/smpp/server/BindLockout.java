package org.ss7sim.smpp.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Failed binds per remote host, and the hosts locked out for them: {@code maxFailures} failed binds
 * (wrong system_id, password or system_type) within {@code window} lock the host out for {@code
 * lockout}; while locked out its binds are refused without looking at the credentials. Shared by
 * the sessions of one server; times are the sessions' monotonic clock ({@link
 * org.ss7sim.wire.time.TimerService#nanoTime()}), passed in, never read here.
 *
 * <p>At most {@link #MAX_HOSTS} hosts are tracked; when full, hosts with nothing recent are
 * forgotten first, and a new host is not tracked while all slots are busy (failing open rather than
 * growing without bound).
 */
public final class BindLockout {
  static final int MAX_HOSTS = 10_000;

  /**
   * The lock-out rule.
   *
   * @param maxFailures failed binds within {@code window} that lock a host out; 0 turns the rule
   *     off
   * @param window how far back failures count
   * @param lockout how long a host stays locked out
   */
  public record Policy(int maxFailures, Duration window, Duration lockout) {
    public static final Policy OFF = new Policy(0, Duration.ZERO, Duration.ZERO);

    public Policy {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(lockout, "lockout");
      if (maxFailures < 0 || window.isNegative() || lockout.isNegative()) {
        throw new IllegalArgumentException(
            "bind lock-out: "
                + maxFailures
                + " failures, window "
                + window
                + ", lockout "
                + lockout);
      }
    }

    /** 5 failed binds within a minute lock the host out for 5 minutes. */
    public static Policy defaults() {
      return new Policy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));
    }

    boolean enabled() {
      return maxFailures > 0;
    }
  }

  private static final class Host {
    final ArrayDeque<Long> failures = new ArrayDeque<>();
    long lockedUntil = Long.MIN_VALUE;
    boolean locked;
  }

  private final Policy policy;
  private final Map<String, Host> hosts = new HashMap<>();
  private long lockouts;

  public BindLockout(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public Policy policy() {
    return policy;
  }

  /** Whether binds from {@code host} are refused at {@code now}. */
  public synchronized boolean isLockedOut(String host, long now) {
    Host h = hosts.get(host);
    if (h == null || !h.locked) {
      return false;
    }
    if (now - h.lockedUntil >= 0) {
      h.locked = false;
      h.failures.clear();
      return false;
    }
    return true;
  }

  /**
   * Records a failed bind from {@code host}; returns whether it locked the host out (the lock-out
   * starts now).
   */
  public synchronized boolean failed(String host, long now) {
    if (!policy.enabled()) {
      return false;
    }
    Host h = hosts.get(host);
    if (h == null) {
      if (hosts.size() >= MAX_HOSTS && !prune(now)) {
        return false;
      }
      h = new Host();
      hosts.put(host, h);
    }
    if (h.locked) {
      return false;
    }
    long window = policy.window().toNanos();
    while (!h.failures.isEmpty() && now - h.failures.peekFirst() >= window) {
      h.failures.pollFirst();
    }
    h.failures.addLast(now);
    if (h.failures.size() >= policy.maxFailures()) {
      h.locked = true;
      h.lockedUntil = now + policy.lockout().toNanos();
      lockouts++;
      return true;
    }
    return false;
  }

  /** Lock-outs started so far. */
  public synchronized long lockouts() {
    return lockouts;
  }

  /** Hosts tracked now (for tests and metrics). */
  public synchronized int trackedHosts() {
    return hosts.size();
  }

  /** Forgets hosts with no lock-out running and no failure inside the window; true if any went. */
  private boolean prune(long now) {
    long window = policy.window().toNanos();
    boolean any = false;
    for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
      Host h = it.next();
      boolean lockedNow = h.locked && now - h.lockedUntil < 0;
      boolean recent = !h.failures.isEmpty() && now - h.failures.peekLast() < window;
      if (!lockedNow && !recent) {
        it.remove();
        any = true;
      }
    }
    return any;
  }
}
