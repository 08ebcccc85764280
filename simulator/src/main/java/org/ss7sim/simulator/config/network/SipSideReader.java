package org.ss7sim.simulator.config.network;

import java.util.List;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlNode;

/** Reads the {@code sip:} map of a {@code sipgw} node (docs/network-file.md). */
final class SipSideReader {
  /** The SIP port of RFC 3261 §19.1.2. */
  static final int DEFAULT_PORT = 5060;

  static final List<String> SIP_KEYS =
      List.of("listen", "peers", "max_message_size", "user_agent", "routes", "numbers");
  static final List<String> LISTEN_KEYS = List.of("udp", "tcp");
  static final List<String> ROUTE_KEYS = List.of("prefix", "to", "transport", "sip_i");
  static final List<String> NUMBER_KEYS =
      List.of(
          "country_code",
          "national_prefix",
          "international_prefix",
          "strip_prefixes",
          "add_prefix",
          "default_nature",
          "national_in_own_country",
          "e164_to_sip");
  static final List<String> NATURES = List.of("subscriber", "unknown", "national", "international");
  static final List<String> TRANSPORTS = List.of("udp", "tcp");

  private SipSideReader() {}

  /** No {@code sip:} map: UDP and TCP on the node's host, port 5060, calls from that host only. */
  static SipSide defaults(String host, Location at) {
    Endpoint e = new Endpoint(host, DEFAULT_PORT);
    return new SipSide(
        List.of(e),
        List.of(e),
        List.of(host),
        65_535,
        "ss7sim",
        List.of(),
        SipSide.Numbers.PLAIN,
        at);
  }

  static SipSide read(YamlNode node, String host) {
    Fields f = Fields.of(node, "sip", SIP_KEYS);
    List<Endpoint> udp;
    List<Endpoint> tcp;
    if (f.has("listen")) {
      Fields l = Fields.of(f.require("listen"), "sip listen", LISTEN_KEYS);
      udp = l.list("udp", (n, k) -> endpoint(n, k, host));
      tcp = l.list("tcp", (n, k) -> endpoint(n, k, host));
      if (udp.isEmpty() && tcp.isEmpty()) {
        throw new ConfigException(l.location(), "sip listen: needs 'udp' or 'tcp' addresses");
      }
    } else {
      Endpoint e = new Endpoint(host, DEFAULT_PORT);
      udp = List.of(e);
      tcp = List.of(e);
    }
    return new SipSide(
        udp,
        tcp,
        f.has("peers") ? f.list("peers", Values::string) : List.of(host),
        f.value("max_message_size", Values.integer(1024, 1 << 20), 65_535),
        f.value("user_agent", Values::string, "ss7sim"),
        f.list("routes", (n, k) -> route(n, host)),
        f.optional("numbers", (n, k) -> numbers(n)).orElse(SipSide.Numbers.PLAIN),
        f.location());
  }

  private static Endpoint endpoint(YamlNode n, String key, String host) {
    NetworkReader.HostPort hp = NetworkReader.HostPort.parse(n, key);
    return new Endpoint(hp.host().orElse(host), hp.port().orElse(DEFAULT_PORT));
  }

  private static SipSide.Route route(YamlNode node, String host) {
    Fields f = Fields.of(node, "sip route", ROUTE_KEYS);
    String transport = f.value("transport", Values::string, "udp");
    if (!TRANSPORTS.contains(transport)) {
      throw new ConfigException(
          f.valueLocation("transport"),
          "transport: expected udp or tcp, found '" + transport + "'");
    }
    return new SipSide.Route(
        f.value("prefix", Values::digits, ""),
        f.require("to", (n, k) -> endpoint(n, k, host)),
        transport,
        f.value("sip_i", Values::bool, false),
        f.location());
  }

  private static SipSide.Numbers numbers(YamlNode node) {
    Fields f = Fields.of(node, "sip numbers", NUMBER_KEYS);
    String nature = f.value("default_nature", Values::string, "national");
    if (!NATURES.contains(nature)) {
      throw new ConfigException(
          f.valueLocation("default_nature"),
          "default_nature: expected one of " + NATURES + ", found '" + nature + "'");
    }
    return new SipSide.Numbers(
        f.value("country_code", Values::digits, ""),
        f.value("national_prefix", Values::digits, ""),
        f.value("international_prefix", Values::digits, ""),
        f.list("strip_prefixes", Values::string),
        f.value("add_prefix", Values::string, ""),
        nature,
        f.value("national_in_own_country", Values::bool, false),
        f.value("e164_to_sip", Values::bool, false));
  }
}
