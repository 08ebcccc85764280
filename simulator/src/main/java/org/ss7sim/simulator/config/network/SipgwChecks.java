package org.ss7sim.simulator.config.network;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ss7sim.simulator.config.Location;

/**
 * Checks of the {@code sipgw} nodes: literal IP addresses to listen on and accept peers from, one
 * listen address per transport and port, no prefix routed both to SIP and to a trunk group.
 */
final class SipgwChecks {
  private final NetworkValidator v;
  private final Network network;

  SipgwChecks(NetworkValidator v) {
    this.v = v;
    this.network = v.network;
  }

  void run() {
    Map<String, String> boundBy = new HashMap<>();
    for (Node n : network.nodes()) {
      if (!(n.data() instanceof KindData.SipgwData g)) {
        continue;
      }
      SipSide sip = g.sip();
      String what = "sipgw '" + n.name() + "'";
      listen(n, what, "udp", sip.udp(), sip.location(), boundBy);
      listen(n, what, "tcp", sip.tcp(), sip.location(), boundBy);
      for (String p : sip.peers()) {
        if (!isIpLiteral(p)) {
          v.report(sip.location(), what + ": sip peer '" + p + "' is not an IPv4 or IPv6 address");
        }
      }
      Set<String> prefixes = new HashSet<>();
      for (SipSide.Route r : sip.routes()) {
        if (!prefixes.add(r.prefix())) {
          v.report(r.location(), what + ": sip route prefix '" + r.prefix() + "' given twice");
        }
        if (!isIpLiteral(r.to().host())) {
          v.report(
              r.location(),
              what + ": sip route to '" + r.to().host() + "' is not an IPv4 or IPv6 address");
        }
        if (r.to().port() == 0) {
          v.report(r.location(), what + ": sip route to " + r.to() + " needs a port");
        }
        for (TrunkGroup t : g.trunkGroups()) {
          if (t.prefixes().contains(r.prefix())) {
            v.report(
                r.location(),
                what
                    + ": prefix '"
                    + r.prefix()
                    + "' is routed both to SIP and to trunk group '"
                    + t.name()
                    + "'");
          }
        }
      }
    }
  }

  private void listen(
      Node n,
      String what,
      String transport,
      List<Endpoint> addresses,
      Location at,
      Map<String, String> boundBy) {
    for (Endpoint e : addresses) {
      if (!isIpLiteral(e.host())) {
        v.report(
            at, what + ": sip listen " + transport + " '" + e.host() + "' is not an IP address");
        continue;
      }
      if (e.port() == 0) {
        continue;
      }
      String key = transport + " " + e;
      String earlier = boundBy.putIfAbsent(key, n.name());
      if (earlier != null) {
        v.report(at, what + ": sip listen " + key + " is taken by '" + earlier + "' already");
      }
    }
  }

  /** A dotted IPv4 address or an IPv6 address in colon form (no name lookups while validating). */
  static boolean isIpLiteral(String s) {
    if (s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      for (String part : s.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    return s.contains(":") && s.matches("[0-9a-fA-F:.]+");
  }
}
