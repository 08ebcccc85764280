package org.ss7sim.simulator.traffic;

import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;

/**
 * One traffic source at run time: starts the attempts of its kind. One class per kind, each
 * declaring its {@link Kind} (file syntax and factory) and listed once in {@link Kinds#ALL}; see
 * there for adding a kind.
 */
public sealed interface Traffic
    permits Calls,
        ShortMessages,
        UssdRequests,
        NetworkUssdPushes,
        LocationQueries,
        MobileOriginatedSms,
        Attacks,
        MobileOriginatedCalls,
        SipOriginatedCalls {
  /**
   * The traffic of {@code source} on {@code net}; {@code seed} seeds its own number choices (the
   * called numbers are the runner's).
   */
  static Traffic of(TrafficSource source, SimNetwork net, long seed) {
    for (Kind k : Kinds.ALL) {
      if (k == source.kind()) {
        return k.traffic().create(source, net, seed);
      }
    }
    throw new IllegalArgumentException(
        "traffic kind '" + source.kind().yamlName() + "' is not one of traffic.Kinds.ALL");
  }

  /**
   * Starts one attempt of flow {@code flow} to {@code to} (runs on the run's thread); {@code
   * attempt} hears how it ends.
   */
  void start(String flow, String to, Attempt attempt);
}
