package org.ss7sim.simulator.traffic;

import java.util.List;
import org.ss7sim.simulator.config.scenario.TrafficKinds;

/**
 * The one list of traffic kinds: the scenario reader takes a source's {@code kind:} from it
 * (through {@link TrafficKinds}, META-INF/services) and {@link Traffic#of} the class that starts
 * its attempts. Adding a kind: its class here with its {@code KIND}, its line below (the compiler
 * asks for the class in {@link Traffic}'s permits; {@code KindsTest} for the line), its section in
 * docs/scenario-file.md ({@code DocsTest} and {@code KindsTest} check it).
 */
public final class Kinds implements TrafficKinds {
  /** Every kind, in the order docs/scenario-file.md lists them. */
  public static final List<Kind> ALL =
      List.of(
          Calls.KIND,
          MobileOriginatedCalls.KIND,
          ShortMessages.KIND,
          UssdRequests.KIND,
          NetworkUssdPushes.KIND,
          LocationQueries.KIND,
          Attacks.KIND,
          MobileOriginatedSms.KIND,
          SipOriginatedCalls.KIND);

  /** For {@link java.util.ServiceLoader}. */
  public Kinds() {}

  @Override
  public List<Kind> all() {
    return ALL;
  }
}
