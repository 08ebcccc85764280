package org.ss7sim.simulator.traffic;

import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.network.SimNetwork;

/**
 * One traffic source at run time: starts the attempts of its kind. One class per kind; {@link #of}
 * is where a kind is registered. Adding a kind: its constant (file syntax) in {@code
 * config.scenario.TrafficKind}, its class here, its case in {@link #of} (the compiler asks for it),
 * its section in docs/scenario-file.md.
 */
public sealed interface Traffic
    permits Calls,
        ShortMessages,
        UssdRequests,
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
    return switch (source.kind()) {
      case CALL -> new Calls(source, net, seed);
      case SMS -> new ShortMessages(source, net);
      case USSD -> new UssdRequests(source, net);
      case LOCATION -> new LocationQueries(source, net);
      case MO_SMS -> new MobileOriginatedSms(source, net, seed);
      case ATTACK -> new Attacks(source, net);
      case MO_CALL -> new MobileOriginatedCalls(source, net, seed);
      case SIP_CALL -> new SipOriginatedCalls(source, net, seed);
    };
  }

  /**
   * Starts one attempt of flow {@code flow} to {@code to} (runs on the run's thread); {@code
   * attempt} hears how it ends.
   */
  void start(String flow, String to, Attempt attempt);
}
