package org.ss7sim.simulator.firewall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what happens to a message: the rules in order, the first that applies wins, log-only
 * rules are noted and passed; no rule: allow. Category 3 needs memory: the last plausible location
 * of each home IMSI (from UpdateLocations let through) and who asked SRI-SM for it (from the
 * answers going back). Time comes in with each message; nothing here reads a clock. One thread (the
 * STP's) uses an engine.
 */
public final class RuleEngine {
  private record Seen(String region, long atMillis) {}

  private record Asker(String gt, long atMillis) {}

  private final FirewallConfig config;
  private final Map<String, Seen> lastLocation = new HashMap<>();
  private final Map<String, Asker> sriSmAsker = new HashMap<>();
  private final Map<String, String> pendingSriSm = new HashMap<>();

  private final long originMillis;

  /** An engine whose home subscribers are all at home at time 0. */
  public RuleEngine(FirewallConfig config) {
    this(config, 0);
  }

  /**
   * An engine whose home subscribers are all in the home region at {@code originMillis} (when the
   * network started), until an UpdateLocation tells otherwise.
   */
  public RuleEngine(FirewallConfig config, long originMillis) {
    this.config = config;
    this.originMillis = originMillis;
  }

  public FirewallConfig config() {
    return config;
  }

  /** The decision for {@code m} at {@code nowMillis}, remembering what category 3 needs. */
  public Decision decide(Inspected m, long nowMillis) {
    List<Rule> logged = new ArrayList<>();
    Decision d = null;
    for (Rule r : config.rules()) {
      if (!r.match().matches(m)) {
        continue;
      }
      String reason = "";
      if (r.category().isPresent()) {
        Optional<String> flagged = check(r.category().get(), m, nowMillis);
        if (flagged.isEmpty()) {
          continue;
        }
        reason = flagged.get();
      }
      if (r.action() instanceof Action.LogOnly) {
        logged.add(r);
        continue;
      }
      d = new Decision(Optional.of(r), r.action(), logged, reason);
      break;
    }
    if (d == null) {
      d = new Decision(Optional.empty(), Action.ALLOW, logged, "");
    }
    if (!d.blocks()) {
      remember(m, nowMillis);
    }
    return d;
  }

  /** Which rule would apply, without remembering anything (for {@code route}). */
  public Decision explain(Inspected m, long nowMillis) {
    RuleEngine copy = new RuleEngine(config, originMillis);
    copy.lastLocation.putAll(lastLocation);
    copy.sriSmAsker.putAll(sriSmAsker);
    copy.pendingSriSm.putAll(pendingSriSm);
    return copy.decide(m, nowMillis);
  }

  private void remember(Inspected m, long now) {
    if ((m.opCode() == 2 || m.opCode() == 23) && !m.imsi().isEmpty()) {
      config.regionOf(m.callingGt()).ifPresent(r -> lastLocation.put(m.imsi(), new Seen(r, now)));
    }
    if (m.opCode() == 45 && m.otid().isPresent()) {
      pendingSriSm.put(m.otid().get().toString(), m.callingGt());
      if (pendingSriSm.size() > 100_000) {
        pendingSriSm.clear(); // bounded: unanswered queries are forgotten
      }
    }
    if (m.resultOpCode() == 45 && m.dtid().isPresent()) {
      String asker = pendingSriSm.remove(m.dtid().get().toString());
      if (asker != null && !m.imsi().isEmpty()) {
        sriSmAsker.put(m.imsi(), new Asker(asker, now));
      }
    }
  }

  /** Whether the category flags {@code m}, and why. */
  Optional<String> check(Category c, Inspected m, long now) {
    if (!m.fromInterconnect() || !c.operations().contains(m.opCode())) {
      return Optional.empty();
    }
    return switch (c) {
      case ONE ->
          home(m.calledGt()) || homeSubscriber(m)
              ? Optional.of(m.operation() + " never comes over the interconnect")
              : Optional.empty();
      case TWO ->
          homeSubscriber(m) || (m.imsi().isEmpty() && m.msisdn().isEmpty() && home(m.calledGt()))
              ? Optional.of(m.operation() + " for a home subscriber from another network")
              : Optional.empty();
      case THREE -> plausibility(m, now);
    };
  }

  private Optional<String> plausibility(Inspected m, long now) {
    if (!homeSubscriber(m)) {
      return Optional.empty();
    }
    if (m.opCode() == 44) {
      Asker a = sriSmAsker.get(m.imsi());
      if (a == null) {
        return Optional.of("mt-forwardSM without an SRI-SM answered for " + m.imsi());
      }
      if (!a.gt().equals(m.callingGt())) {
        return Optional.of(
            "mt-forwardSM from " + m.callingGt() + " but SRI-SM came from " + a.gt());
      }
      if (now - a.atMillis() > config.smsWindow().toMillis()) {
        return Optional.of("mt-forwardSM after the SRI-SM window");
      }
      return Optional.empty();
    }
    Seen last = lastLocation.getOrDefault(m.imsi(), new Seen(config.homeRegion(), originMillis));
    Optional<String> region = config.regionOf(m.callingGt());
    if (region.isEmpty()) {
      return Optional.of(m.operation() + " from " + m.callingGt() + " in no known region");
    }
    if (!region.get().equals(last.region())
        && now - last.atMillis() < config.minTravel().toMillis()) {
      return Optional.of(
          m.operation()
              + " from "
              + region.get()
              + " "
              + (now - last.atMillis()) / 1000
              + " s after "
              + last.region());
    }
    return Optional.empty();
  }

  private boolean home(String gt) {
    return !gt.isEmpty()
        && Match.prefixed(gt, config.homeGtPrefixes())
        && !config.homeGtPrefixes().isEmpty();
  }

  private boolean homeSubscriber(Inspected m) {
    if (!m.imsi().isEmpty() && !config.homeImsiPrefixes().isEmpty()) {
      return Match.prefixed(m.imsi(), config.homeImsiPrefixes());
    }
    if (!m.msisdn().isEmpty()) {
      return home(m.msisdn());
    }
    return false;
  }
}
