package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ss7sim.simulator.config.Location;

/** A link as written in the file (or mirrored), before defaults: what the resolver starts from. */
record LinkSpec(
    String node,
    Optional<String> name,
    String peer,
    Optional<TransportKind> transport,
    Optional<LinkRole> role,
    Optional<Boolean> listen,
    Optional<String> localHost,
    OptionalInt localPort,
    Optional<String> remoteHost,
    OptionalInt remotePort,
    OptionalLong routingContext,
    boolean mirrored,
    Location location,
    PeeringSpec peering) {

  /** A link written without any peering key (a {@code peers:} entry). */
  LinkSpec(
      String node,
      Optional<String> name,
      String peer,
      Optional<TransportKind> transport,
      Optional<LinkRole> role,
      Optional<Boolean> listen,
      Optional<String> localHost,
      OptionalInt localPort,
      Optional<String> remoteHost,
      OptionalInt remotePort,
      OptionalLong routingContext,
      boolean mirrored,
      Location location) {
    this(
        node,
        name,
        peer,
        transport,
        role,
        listen,
        localHost,
        localPort,
        remoteHost,
        remotePort,
        routingContext,
        mirrored,
        location,
        PeeringSpec.NONE);
  }

  /**
   * The peering keys as written: further addresses (SCTP multi-homing), every routing context (the
   * first is also {@link #routingContext}), traffic mode, network appearance, ASP identifier, IPSP
   * exchange, allowed peers (present and empty: {@code any}).
   */
  record PeeringSpec(
      List<String> moreLocalHosts,
      List<String> moreRemoteHosts,
      List<Long> routingContexts,
      Optional<TrafficMode> trafficMode,
      OptionalLong networkAppearance,
      OptionalLong aspIdentifier,
      Optional<Boolean> doubleExchange,
      Optional<List<String>> allowedPeers) {
    static final PeeringSpec NONE =
        new PeeringSpec(
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty());

    /**
     * The other end's view: addresses swapped; the AS facts shared; the ASP identifier and the
     * allowed peers are this end's own.
     */
    PeeringSpec mirror() {
      return new PeeringSpec(
          moreRemoteHosts,
          moreLocalHosts,
          routingContexts,
          trafficMode,
          networkAppearance,
          OptionalLong.empty(),
          doubleExchange,
          Optional.empty());
    }
  }

  /** The same link seen from the other end, for a peer that declares nothing back. */
  LinkSpec mirror() {
    return new LinkSpec(
        peer,
        Optional.empty(),
        node,
        transport,
        role.map(LinkRole::peerRole),
        listen.map(b -> !b),
        remoteHost,
        remotePort,
        localHost,
        localPort,
        routingContext,
        true,
        location,
        peering.mirror());
  }
}
