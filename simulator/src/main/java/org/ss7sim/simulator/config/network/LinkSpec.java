package org.ss7sim.simulator.config.network;

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
    Location location) {

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
        location);
  }
}
