package org.ss7sim.simulator.config.network;

import java.util.Objects;

/** A host and port; port 0 means any (an ephemeral port, or any peer port). */
public record Endpoint(String host, int port) {
  public Endpoint {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
