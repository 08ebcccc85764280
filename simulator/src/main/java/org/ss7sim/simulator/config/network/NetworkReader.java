package org.ss7sim.simulator.config.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ss7sim.mtp.NetworkIndicator;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlList;
import org.ss7sim.simulator.config.yaml.YamlMap;
import org.ss7sim.simulator.config.yaml.YamlNode;

/**
 * Binds a network file's YAML tree to a {@link Network}: checks every key and type (throwing a
 * {@link ConfigException} at the first error), fills in defaults, mirrors links and trunk groups
 * written at one end, and adds the implicit routes. Cross references are not checked here but by
 * {@link NetworkValidator}, which reports all of them at once.
 */
public final class NetworkReader {
  static final List<String> NETWORK_KEYS =
      List.of("name", "defaults", "nodes", "home_gt_prefixes", "home_imsi_prefixes");
  static final List<String> DEFAULTS_KEYS =
      List.of("ni", "transport", "host", "base_port", "end_node_routes");
  static final List<String> COMMON_KEYS =
      List.of(
          "name",
          "kind",
          "point_code",
          "ni",
          "ssns",
          "global_titles",
          "host",
          "peers",
          "links",
          "routes",
          "external",
          "interconnect");
  static final Map<NodeKind, List<String>> KIND_KEYS =
      Map.of(
          NodeKind.SSP,
          List.of("trunks", "lines", "in_triggers", "mobile_prefixes"),
          NodeKind.STP,
          List.of("gtt", "firewall"),
          NodeKind.SCP,
          List.of("translations", "prepaid"),
          NodeKind.HLR,
          List.of("subscribers", "ussd_reply", "ussd_menus"),
          NodeKind.MSC,
          List.of("msrn_prefix", "trunks", "lines"),
          NodeKind.SMSC,
          List.of("smpp_port", "tls", "accounts", "store", "retry", "validity", "bind_lockout"),
          NodeKind.SIPGW,
          List.of("trunks", "sip"),
          NodeKind.ESME,
          List.of(),
          NodeKind.ENDPOINT,
          List.of(),
          NodeKind.ATTACKER,
          List.of());
  static final List<String> ESME_KEYS =
      List.of("name", "kind", "smsc", "system_id", "password", "bind", "window", "server");
  static final List<String> LINK_KEYS =
      List.of(
          "name",
          "peer",
          "transport",
          "role",
          "listen",
          "local",
          "remote",
          "routing_context",
          "traffic_mode",
          "network_appearance",
          "asp_id",
          "allowed_peers",
          "interconnect");
  static final List<String> ROUTE_KEYS = List.of("dpc", "mask", "via", "alternate");
  static final List<String> GT_KEYS = List.of("digits", "tt", "np", "nai");

  /** What the first pass learns of every node, for defaults that depend on other nodes. */
  record Common(
      String name,
      NodeKind kind,
      Optional<PointCode> pointCode,
      NetworkIndicator ni,
      List<Ssn> ssns,
      List<GlobalTitle> globalTitles,
      String host,
      List<LinkSpec> links,
      List<Route> routes,
      Fields fields,
      boolean external) {}

  private NetworkReader() {}

  /** Reads a network file's tree; {@code defaultName} names it when it has no {@code name:}. */
  public static Network read(YamlNode root, String defaultName) {
    Fields top = Fields.of(root, "the network file", NETWORK_KEYS);
    String name = top.value("name", Values::string, defaultName);
    NetworkDefaults defaults =
        top.optional("defaults", NetworkReader::defaults).orElse(NetworkDefaults.STANDARD);
    YamlNode nodesNode = top.require("nodes");
    if (!(nodesNode instanceof YamlList list)) {
      throw new ConfigException(
          nodesNode.location(), "nodes: expected a list of nodes, found " + nodesNode.describe());
    }
    List<Common> commons = new ArrayList<>();
    for (YamlNode n : list.items()) {
      commons.add(common(n, defaults));
    }
    KindReader kinds = new KindReader(commons);
    List<KindData> dataInOrder = new ArrayList<>();
    for (Common c : commons) {
      dataInOrder.add(kinds.read(c));
    }
    dataInOrder = kinds.complete(dataInOrder);

    List<LinkResolver.NodeInfo> infos = new ArrayList<>();
    List<LinkSpec> specs = new ArrayList<>();
    for (Common c : commons) {
      infos.add(new LinkResolver.NodeInfo(c.name(), c.kind(), c.pointCode(), c.host()));
      specs.addAll(c.links());
    }
    Map<String, List<Link>> links = new LinkResolver(infos, defaults).resolve(specs);
    // External nodes without links sit behind the user's own (external) STP/SG: route to them
    // through it, as if it were linked to them.
    List<String> behindExternalStp =
        commons.stream()
            .filter(c -> c.external() && c.kind() != NodeKind.STP && c.links().isEmpty())
            .filter(c -> links.getOrDefault(c.name(), List.of()).isEmpty())
            .map(Common::name)
            .toList();
    List<RouteResolver.NodeRoutes> routeInput = new ArrayList<>();
    for (int i = 0; i < commons.size(); i++) {
      Common c = commons.get(i);
      List<String> adjacent =
          links.getOrDefault(c.name(), List.of()).stream().map(Link::peer).distinct().toList();
      if (c.external() && c.kind() == NodeKind.STP && !behindExternalStp.isEmpty()) {
        List<String> more = new ArrayList<>(adjacent);
        behindExternalStp.stream().filter(n -> !more.contains(n)).forEach(more::add);
        adjacent = List.copyOf(more);
      }
      routeInput.add(
          new RouteResolver.NodeRoutes(
              c.name(),
              c.kind(),
              c.pointCode(),
              adjacent,
              c.routes(),
              c.fields().location(),
              trunkPeers(dataInOrder.get(i))));
    }
    Map<String, List<Route>> routes =
        RouteResolver.resolve(
            routeInput, defaults.endNodeRoutes() == NetworkDefaults.EndNodeRoutes.DEFAULT);

    List<Node> nodes = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < commons.size(); i++) {
      Common c = commons.get(i);
      // A duplicate name (reported by the validator) gets no links or routes of its own.
      boolean first = seen.merge(c.name(), 1, Integer::sum) == 1;
      nodes.add(
          new Node(
              c.name(),
              c.kind(),
              c.pointCode(),
              c.ni(),
              c.ssns(),
              c.globalTitles(),
              c.host(),
              first ? links.getOrDefault(c.name(), List.of()) : List.of(),
              first ? routes.getOrDefault(c.name(), List.of()) : c.routes(),
              dataInOrder.get(i),
              c.fields().location(),
              c.external()));
    }
    return new Network(name, nodes, root.location(), SecurityReader.read(top, commons));
  }

  /** The nodes a node's trunk groups lead to (ISUP watches their MTP-PAUSE/RESUME). */
  private static List<String> trunkPeers(KindData data) {
    List<TrunkGroup> groups =
        data instanceof KindData.SspData s
            ? s.trunkGroups()
            : data instanceof KindData.MscData m
                ? m.trunkGroups()
                : data instanceof KindData.SipgwData g ? g.trunkGroups() : List.of();
    return groups.stream().map(TrunkGroup::remote).distinct().toList();
  }

  private static NetworkDefaults defaults(YamlNode node, String key) {
    Fields f = Fields.of(node, "defaults", DEFAULTS_KEYS);
    NetworkDefaults d = NetworkDefaults.STANDARD;
    return new NetworkDefaults(
        f.value("ni", NetworkReader::networkIndicator, d.networkIndicator()),
        f.value("transport", Values.enumeration(TransportKind.class), d.transport()),
        f.value("host", Values::string, d.host()),
        f.value("base_port", Values.integer(1, 65535), d.basePort()),
        f.value(
            "end_node_routes",
            Values.enumeration(NetworkDefaults.EndNodeRoutes.class),
            d.endNodeRoutes()));
  }

  private static Common common(YamlNode node, NetworkDefaults defaults) {
    if (!(node instanceof YamlMap raw)) {
      throw new ConfigException(
          node.location(), "nodes: expected a node (a map of keys), found " + node.describe());
    }
    YamlNode nameNode =
        raw.get("name")
            .orElseThrow(() -> new ConfigException(raw.location(), "node needs key 'name'"));
    String name = Values.name(nameNode, "name");
    String what = "node '" + name + "'";
    YamlNode kindNode =
        raw.get("kind")
            .orElseThrow(() -> new ConfigException(raw.location(), what + " needs key 'kind'"));
    NodeKind kind = Values.enumeration(NodeKind.class).convert(kindNode, "kind");
    List<String> allowed = new ArrayList<>();
    if (kind == NodeKind.ESME) {
      allowed.addAll(ESME_KEYS);
    } else {
      allowed.addAll(COMMON_KEYS);
      allowed.addAll(KIND_KEYS.get(kind));
    }
    Fields f = Fields.of(node, what, allowed, key -> kindHint(key, kind));
    if (kind == NodeKind.ESME) {
      return new Common(
          name,
          kind,
          Optional.empty(),
          defaults.networkIndicator(),
          List.of(),
          List.of(),
          defaults.host(),
          List.of(),
          List.of(),
          f,
          false);
    }
    PointCode pc = f.require("point_code", Values::pointCode);
    NetworkIndicator ni =
        f.value("ni", NetworkReader::networkIndicator, defaults.networkIndicator());
    List<Ssn> ssns =
        f.has("ssns")
            ? f.list("ssns", (n, k) -> new Ssn(Values.integer(2, 255).convert(n, k)))
            : kind.defaultSsns();
    List<GlobalTitle> gts = f.list("global_titles", NetworkReader::globalTitle);
    String host = f.value("host", Values::string, defaults.host());
    List<LinkSpec> links = new ArrayList<>();
    if (f.has("peers")) {
      YamlNode peersNode = f.require("peers");
      List<YamlNode> items = peersNode instanceof YamlList l ? l.items() : List.of(peersNode);
      for (YamlNode p : items) {
        links.add(
            new LinkSpec(
                name,
                Optional.empty(),
                Values.name(p, "peers"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalLong.empty(),
                false,
                p.location()));
      }
    }
    links.addAll(f.list("links", (n, k) -> link(n, name)));
    List<Route> routes = f.list("routes", NetworkReader::route);
    boolean external = f.value("external", Values::bool, false);
    return new Common(
        name, kind, Optional.of(pc), ni, ssns, gts, host, List.copyOf(links), routes, f, external);
  }

  private static String kindHint(String key, NodeKind kind) {
    if (kind == NodeKind.ESME && COMMON_KEYS.contains(key)) {
      return "an esme is an SMPP client, not a signaling point; it has no " + key;
    }
    List<String> kindsWithKey = new ArrayList<>();
    for (NodeKind k : NodeKind.values()) {
      if (KIND_KEYS.get(k).contains(key)
          || (k == NodeKind.ESME && ESME_KEYS.contains(key) && !COMMON_KEYS.contains(key))) {
        kindsWithKey.add(k.yamlName());
      }
    }
    if (kindsWithKey.isEmpty()) {
      return null;
    }
    return "'"
        + key
        + "' is a key of "
        + String.join(" and ", kindsWithKey)
        + " nodes, this node is "
        + kind.yamlName();
  }

  static NetworkIndicator networkIndicator(YamlNode node, String key) {
    String text = Values.string(node, key).toLowerCase(Locale.ROOT);
    if (text.matches("[0-3]")) {
      return NetworkIndicator.fromCode(Integer.parseInt(text));
    }
    return Values.enumeration(NetworkIndicator.class).convert(node, key);
  }

  static GlobalTitle globalTitle(YamlNode node, String key) {
    if (!(node instanceof YamlMap)) {
      return GlobalTitle.e164(Values.digits(node, key));
    }
    Fields f = Fields.of(node, "global title", GT_KEYS);
    return new GlobalTitle(
        GlobalTitleIndicator.TT_NP_ES_NAI,
        f.value("tt", Values.integer(0, 255), 0),
        f.value("np", Values.integer(0, 15), GlobalTitle.NP_E164),
        f.value("nai", Values.integer(0, 127), GlobalTitle.NAI_INTERNATIONAL),
        f.require("digits", Values::addressDigits));
  }

  private static LinkSpec link(YamlNode node, String nodeName) {
    Fields f = Fields.of(node, "link of node '" + nodeName + "'", LINK_KEYS);
    List<HostPort> locals = f.list("local", HostPort::parse);
    List<HostPort> remotes = f.list("remote", HostPort::parse);
    Optional<HostPort> local = locals.stream().findFirst();
    Optional<HostPort> remote = remotes.stream().findFirst();
    List<Long> rcs = f.list("routing_context", Values.longInteger(0, 0xffffffffL));
    Optional<RoleSpec> role = f.optional("role", RoleSpec::parse);
    Optional<List<String>> allowed =
        f.has("allowed_peers") ? Optional.of(allowedPeers(f)) : Optional.empty();
    LinkSpec.PeeringSpec peering =
        new LinkSpec.PeeringSpec(
            moreHosts(locals, "local"),
            moreHosts(remotes, "remote"),
            rcs,
            f.optional("traffic_mode", Values.enumeration(TrafficMode.class)),
            optionalLong(f, "network_appearance"),
            optionalLong(f, "asp_id"),
            role.flatMap(RoleSpec::doubleExchange),
            allowed);
    return new LinkSpec(
        nodeName,
        f.optional("name", Values::name),
        f.require("peer", Values::name),
        f.optional("transport", Values.enumeration(TransportKind.class)),
        role.map(RoleSpec::role),
        f.optional("listen", Values::bool),
        local.flatMap(HostPort::host),
        local.map(HostPort::port).orElse(OptionalInt.empty()),
        remote.flatMap(HostPort::host),
        remote.map(HostPort::port).orElse(OptionalInt.empty()),
        rcs.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rcs.get(0)),
        false,
        f.location(),
        peering);
  }

  private static OptionalLong optionalLong(Fields f, String key) {
    return f.optional(key, Values.longInteger(0, 0xffffffffL))
        .map(OptionalLong::of)
        .orElse(OptionalLong.empty());
  }

  /** The hosts of the second and further addresses of {@code local:} or {@code remote:}. */
  private static List<String> moreHosts(List<HostPort> all, String key) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      all.get(i).host().ifPresent(out::add);
    }
    return out;
  }

  /** {@code allowed_peers}: IP address literals, or {@code any} (an empty list). */
  private static List<String> allowedPeers(Fields f) {
    List<String> out = new ArrayList<>();
    YamlNode n = f.require("allowed_peers");
    List<YamlNode> items = n instanceof YamlList l ? l.items() : List.of(n);
    for (YamlNode item : items) {
      String text = Values.string(item, "allowed_peers").trim();
      if (text.equalsIgnoreCase("any") && items.size() == 1) {
        return List.of();
      }
      if (!Peering.isIpLiteral(text)) {
        throw new ConfigException(
            item.location(),
            "allowed_peers: expected IP addresses (like 127.0.0.1 or ::1) or 'any', found '"
                + text
                + "'");
      }
      out.add(text);
    }
    return out;
  }

  /**
   * {@code role:} as written: {@code asp}, {@code sgp}, {@code ipsp}, {@code ipsp-se}, {@code
   * ipsp-de}.
   */
  record RoleSpec(LinkRole role, Optional<Boolean> doubleExchange) {
    static RoleSpec parse(YamlNode node, String key) {
      String text = Values.string(node, key).trim().toLowerCase(Locale.ROOT).replace('_', '-');
      return switch (text) {
        case "asp" -> new RoleSpec(LinkRole.ASP, Optional.empty());
        case "sgp" -> new RoleSpec(LinkRole.SGP, Optional.empty());
        case "ipsp", "ipsp-se" -> new RoleSpec(LinkRole.IPSP, Optional.of(false));
        case "ipsp-de" -> new RoleSpec(LinkRole.IPSP, Optional.of(true));
        default -> {
          List<String> names = List.of("asp", "sgp", "ipsp", "ipsp-se", "ipsp-de");
          String message =
              key + ": expected one of " + String.join(", ", names) + ", found " + node.describe();
          throw new ConfigException(
              node.location(),
              org.ss7sim.simulator.config.yaml.Spelling.nearest(text, names)
                  .map(s -> message + " (did you mean '" + s + "'?)")
                  .orElse(message));
        }
      };
    }
  }

  private static Route route(YamlNode node, String key) {
    Fields f = Fields.of(node, "route", ROUTE_KEYS);
    PointCode dpc = f.require("dpc", Values::pointCode);
    int mask =
        f.optional("mask", Values::pointCode)
            .map(
                m -> {
                  if (m.format() != dpc.format()) {
                    throw new ConfigException(
                        f.valueLocation("mask"), "mask: must have the format of dpc");
                  }
                  return m.value();
                })
            .orElse(dpc.format().maxValue());
    List<String> via = f.list("via", Values::name);
    if (via.isEmpty()) {
      throw new ConfigException(f.location(), "route needs key 'via'");
    }
    return new Route(dpc, mask, via, f.list("alternate", Values::name), false, f.location());
  }

  /** An address written {@code host:port}, {@code host} or {@code port}. */
  record HostPort(Optional<String> host, OptionalInt port) {
    static HostPort parse(YamlNode node, String key) {
      String text = Values.string(node, key).trim();
      String what = "an address like 127.0.0.1:2905, 127.0.0.1 or 2905";
      int colon = text.lastIndexOf(':');
      String host = colon < 0 ? (text.matches("\\d+") ? null : text) : text.substring(0, colon);
      String port = colon < 0 ? (text.matches("\\d+") ? text : null) : text.substring(colon + 1);
      OptionalInt p = OptionalInt.empty();
      if (port != null) {
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
          throw new ConfigException(
              node.location(), key + ": expected " + what + ", found '" + text + "'");
        }
        p = OptionalInt.of(Integer.parseInt(port));
      }
      if (host != null && (host.isEmpty() || host.contains(" "))) {
        throw new ConfigException(
            node.location(), key + ": expected " + what + ", found '" + text + "'");
      }
      return new HostPort(Optional.ofNullable(host), p);
    }
  }
}
