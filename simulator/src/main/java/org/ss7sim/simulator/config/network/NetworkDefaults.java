package org.ss7sim.simulator.config.network;

import org.ss7sim.mtp.NetworkIndicator;

/**
 * The {@code defaults:} section of a network file: values every node and link takes unless it says
 * otherwise.
 *
 * @param networkIndicator default {@code international}
 * @param transport default {@code tcp}
 * @param host default {@code 127.0.0.1}
 * @param basePort listening link ends without a port get {@code basePort}, {@code basePort + 1}, …
 *     in file order; default 2905 (the M3UA port)
 */
public record NetworkDefaults(
    NetworkIndicator networkIndicator, TransportKind transport, String host, int basePort) {
  public static final NetworkDefaults STANDARD =
      new NetworkDefaults(NetworkIndicator.INTERNATIONAL, TransportKind.TCP, "127.0.0.1", 2905);
}
