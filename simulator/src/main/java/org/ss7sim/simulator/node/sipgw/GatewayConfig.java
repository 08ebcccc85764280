package org.ss7sim.simulator.node.sipgw;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import org.ss7sim.isup.parameter.NatureOfAddress;
import org.ss7sim.simulator.config.network.Endpoint;
import org.ss7sim.simulator.config.network.SipSide;
import org.ss7sim.sip.SipConfig;

/**
 * A {@code sipgw} node's {@code sip:} map of the network file as the sip module and the mapping
 * take it.
 */
final class GatewayConfig {
  private GatewayConfig() {}

  /** The {@link NumberPlan} of the file's {@code sip.numbers}. */
  static NumberPlan plan(SipSide.Numbers n) {
    int nature =
        switch (n.defaultNature()) {
          case "subscriber" -> NatureOfAddress.SUBSCRIBER;
          case "unknown" -> NatureOfAddress.UNKNOWN;
          case "international" -> NatureOfAddress.INTERNATIONAL;
          default -> NatureOfAddress.NATIONAL;
        };
    return new NumberPlan(
        n.countryCode(),
        n.nationalPrefix(),
        n.internationalPrefix(),
        n.stripPrefixes(),
        n.addPrefix(),
        nature,
        n.nationalInOwnCountry(),
        n.e164ToSip());
  }

  /** The gateway's SIP configuration from the file. */
  static SipConfig sip(SipSide s) throws UnknownHostException {
    Set<InetAddress> peers = new HashSet<>();
    for (String p : s.peers()) {
      peers.add(InetAddress.getByName(p));
    }
    return new SipConfig(
        s.udp().stream().map(GatewayConfig::address).toList(),
        s.tcp().stream().map(GatewayConfig::address).toList(),
        peers,
        s.maxMessageSize(),
        s.userAgent());
  }

  private static InetSocketAddress address(Endpoint e) {
    return new InetSocketAddress(e.host(), e.port());
  }
}
