package org.ss7sim.simulator.config.network;

import java.time.Duration;
import java.util.List;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlNode;
import org.ss7sim.simulator.config.yaml.YamlScalar;

/**
 * Repeated failed SMPP binds from one address ({@code bind_lockout:} of an {@code smsc} node, issue
 * 13, docs/smpp.md): {@code failures} failed binds (wrong system_id, password or system_type)
 * within {@code within} lock the address out for {@code lockout}; its binds are then refused with
 * ESME_RBINDFAIL and the connection closed, and counted. {@code bind_lockout: off} turns it off.
 *
 * @param failures failed binds that lock an address out; 0 when off
 * @param within how far back failures count
 * @param lockout how long the address stays locked out
 */
public record BindLockoutSettings(int failures, Duration within, Duration lockout) {
  /** No lock-out. */
  public static final BindLockoutSettings OFF =
      new BindLockoutSettings(0, Duration.ZERO, Duration.ZERO);

  /** 5 failed binds within a minute lock the address out for 5 minutes. */
  public static final BindLockoutSettings DEFAULTS =
      new BindLockoutSettings(5, Duration.ofMinutes(1), Duration.ofMinutes(5));

  static final List<String> KEYS = List.of("failures", "within", "lockout");

  /** {@code bind_lockout: off|on} or {@code {failures: 5, within: 1m, lockout: 5m}}. */
  static BindLockoutSettings read(YamlNode node, String name) {
    if (node instanceof YamlScalar) {
      return Values.bool(node, name) ? DEFAULTS : OFF;
    }
    Fields f = Fields.of(node, name, KEYS);
    int failures = f.value("failures", Values.integer(1, 1_000), DEFAULTS.failures());
    Duration within = f.value("within", Values::duration, DEFAULTS.within());
    Duration lockout = f.value("lockout", Values::duration, DEFAULTS.lockout());
    if (within.isZero() || lockout.isZero()) {
      throw new ConfigException(
          f.location(),
          name + ": within and lockout must be above 0 (write bind_lockout: off to turn it off)");
    }
    return new BindLockoutSettings(failures, within, lockout);
  }
}
