package org.ss7sim.simulator.config.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlList;
import org.ss7sim.simulator.config.yaml.YamlNode;
import org.ss7sim.wire.Octets;

/** Reads what each node kind adds (trunks, GTT rules, subscribers …) and fills its defaults. */
final class KindReader {
  static final List<String> TRUNK_KEYS = List.of("name", "to", "cics", "select", "prefixes");
  static final List<String> GTT_KEYS =
      List.of("prefix", "tt", "np", "nai", "to", "backup", "route_on", "ssn", "strip", "prepend");
  static final List<String> SUBSCRIBER_KEYS =
      List.of(
          "msisdn",
          "imsi",
          "ki",
          "opc",
          "msc",
          "state",
          "count",
          "o_csi",
          "mo_sms_csi",
          "t_csi",
          "call_forwarding",
          "call_barring");

  /** 3GPP TS 35.208 test set 1: obviously not a real subscriber's key. */
  static final Octets DEFAULT_KI = Octets.fromHex("465b5ce8b199b49faa5f0a2ee238a6bc");

  static final Octets DEFAULT_OPC = Octets.fromHex("cd63cb71954a9f4e48a5994e37a02baf");
  static final String DEFAULT_PASSWORD = "secret";
  static final int DEFAULT_SMPP_PORT = 2775;
  static final List<Duration> DEFAULT_RETRY =
      List.of(
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2));

  private final List<NetworkReader.Common> commons;
  private final Map<String, NetworkReader.Common> byName = new LinkedHashMap<>();

  /** An ESME before its password default is known. */
  private record EsmeData(KindData.EsmeData data, boolean passwordGiven) {}

  private final Map<Integer, EsmeData> esmes = new LinkedHashMap<>();
  private int index;

  KindReader(List<NetworkReader.Common> commons) {
    this.commons = commons;
    for (NetworkReader.Common c : commons) {
      byName.putIfAbsent(c.name(), c);
    }
  }

  KindData read(NetworkReader.Common c) {
    Fields f = c.fields();
    KindData d =
        switch (c.kind()) {
          case SSP ->
              new KindData.SspData(
                  f.list("trunks", (n, k) -> trunk(n, c)),
                  f.list("lines", (n, k) -> Entries.line(n)),
                  f.list("in_triggers", (n, k) -> Entries.trigger(n)),
                  f.list("mobile_prefixes", Values::digits));
          case STP -> new KindData.StpData(f.list("gtt", (n, k) -> gtt(n)));
          case SCP ->
              new KindData.ScpData(
                  f.list("translations", (n, k) -> Entries.translation(n)),
                  f.optional("prepaid", (n, k) -> Entries.prepaid(n)));
          case HLR ->
              new KindData.HlrData(
                  f.list("subscribers", (n, k) -> subscriber(n)),
                  f.value("ussd_reply", Values::string, ""),
                  Entries.ussdMenus(f));
          case MSC ->
              new KindData.MscData(
                  f.value("msrn_prefix", Values::digits, ""),
                  f.list("trunks", (n, k) -> trunk(n, c)),
                  f.list("lines", (n, k) -> Entries.line(n)));
          case SMSC ->
              new KindData.SmscData(
                  new Endpoint(
                      c.host(), f.value("smpp_port", Values.integer(0, 65535), DEFAULT_SMPP_PORT)),
                  f.list("accounts", (n, k) -> Entries.account(n)),
                  f.value("store", Values::string, "embedded"),
                  f.has("retry") ? f.list("retry", Values::duration) : DEFAULT_RETRY,
                  f.value("validity", Values::duration, Duration.ofHours(24)),
                  f.get("tls").flatMap(n -> TlsSettings.read(n, "tls")),
                  f.value("bind_lockout", BindLockoutSettings::read, BindLockoutSettings.DEFAULTS));
          case SIPGW ->
              new KindData.SipgwData(
                  f.list("trunks", (n, k) -> trunk(n, c)),
                  f.value(
                      "sip",
                      (n, k) -> SipSideReader.read(n, c.host()),
                      SipSideReader.defaults(c.host(), f.location())));
          case ESME -> esme(c);
          case ENDPOINT -> new KindData.EndpointData();
          case ATTACKER -> new KindData.AttackerData();
        };
    index++;
    return d;
  }

  /** Second pass: mirrored trunk groups, ESME passwords and SMSC accounts inferred from ESMEs. */
  List<KindData> complete(List<KindData> data) {
    List<KindData> out = new ArrayList<>(data);
    for (Map.Entry<Integer, EsmeData> e : esmes.entrySet()) {
      KindData.EsmeData d = e.getValue().data();
      String password = d.password();
      if (!e.getValue().passwordGiven()) {
        password =
            smscData(out, d.smsc())
                .flatMap(s -> s.account(d.systemId()))
                .map(SmppAccount::password)
                .orElse(DEFAULT_PASSWORD);
      }
      out.set(
          e.getKey(),
          new KindData.EsmeData(
              d.smsc(), d.systemId(), password, d.bind(), d.window(), d.server()));
    }
    for (int i = 0; i < out.size(); i++) {
      NetworkReader.Common c = commons.get(i);
      if (c.kind() == NodeKind.SMSC && !c.fields().has("accounts")) {
        KindData.SmscData s = (KindData.SmscData) out.get(i);
        List<SmppAccount> inferred = new ArrayList<>();
        for (int j = 0; j < out.size(); j++) {
          if (out.get(j) instanceof KindData.EsmeData esme
              && esme.smsc().equals(c.name())
              && inferred.stream().noneMatch(a -> a.systemId().equals(esme.systemId()))) {
            inferred.add(
                new SmppAccount(
                    esme.systemId(),
                    esme.password(),
                    0,
                    10,
                    List.of(),
                    Optional.empty(),
                    true,
                    commons.get(j).fields().location()));
          }
        }
        out.set(
            i,
            new KindData.SmscData(
                s.smpp(),
                inferred,
                s.store(),
                s.retrySchedule(),
                s.validity(),
                s.tls(),
                s.bindLockout()));
      }
    }
    mirrorTrunks(out);
    return out;
  }

  private Optional<KindData.SmscData> smscData(List<KindData> data, String smsc) {
    for (int i = 0; i < commons.size(); i++) {
      if (commons.get(i).name().equals(smsc) && data.get(i) instanceof KindData.SmscData s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private void mirrorTrunks(List<KindData> out) {
    Map<Integer, List<TrunkGroup>> added = new LinkedHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      String x = commons.get(i).name();
      for (TrunkGroup t : trunksOf(out.get(i))) {
        int r = indexOf(t.remote());
        if (r < 0
            || r == i
            || !(out.get(r) instanceof KindData.SspData
                || out.get(r) instanceof KindData.MscData
                || out.get(r) instanceof KindData.SipgwData)) {
          continue;
        }
        boolean declaresBack = trunksOf(out.get(r)).stream().anyMatch(b -> b.remote().equals(x));
        if (declaresBack) {
          continue;
        }
        CircuitSelection sel =
            switch (t.selection()) {
              case ASCENDING -> CircuitSelection.DESCENDING;
              case DESCENDING -> CircuitSelection.ASCENDING;
              default -> t.selection();
            };
        String remoteName = commons.get(r).name();
        List<TrunkGroup> list = added.computeIfAbsent(r, k -> new ArrayList<>());
        long sameRemote = list.stream().filter(g -> g.remote().equals(x)).count();
        String name = remoteName + "-" + x + (sameRemote == 0 ? "" : "-" + (sameRemote + 1));
        list.add(new TrunkGroup(name, x, t.cics(), sel, List.of(), true, t.location()));
      }
    }
    for (Map.Entry<Integer, List<TrunkGroup>> e : added.entrySet()) {
      KindData d = out.get(e.getKey());
      List<TrunkGroup> all = new ArrayList<>(trunksOf(d));
      all.addAll(e.getValue());
      if (d instanceof KindData.SipgwData g) {
        out.set(e.getKey(), new KindData.SipgwData(all, g.sip()));
        continue;
      }
      out.set(
          e.getKey(),
          d instanceof KindData.SspData s
              ? new KindData.SspData(all, s.lines(), s.inTriggers(), s.mobilePrefixes())
              : new KindData.MscData(
                  ((KindData.MscData) d).msrnPrefix(), all, ((KindData.MscData) d).lines()));
    }
  }

  private static List<TrunkGroup> trunksOf(KindData d) {
    if (d instanceof KindData.SspData s) {
      return s.trunkGroups();
    }
    if (d instanceof KindData.MscData m) {
      return m.trunkGroups();
    }
    if (d instanceof KindData.SipgwData g) {
      return g.trunkGroups();
    }
    return List.of();
  }

  private int indexOf(String name) {
    for (int i = 0; i < commons.size(); i++) {
      if (commons.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private TrunkGroup trunk(YamlNode node, NetworkReader.Common c) {
    Fields f = Fields.of(node, "trunk group of node '" + c.name() + "'", TRUNK_KEYS);
    String remote = f.require("to", Values::name);
    List<CicRange> cics = new ArrayList<>();
    YamlNode cicNode = f.require("cics");
    for (YamlNode n : cicNode instanceof YamlList l ? l.items() : List.of(cicNode)) {
      cics.addAll(Entries.cicRanges(n, "cics"));
    }
    return new TrunkGroup(
        f.value("name", Values::name, c.name() + "-" + remote),
        remote,
        cics,
        f.value("select", Values.enumeration(CircuitSelection.class), CircuitSelection.ASCENDING),
        f.list("prefixes", Values::digits),
        false,
        f.location());
  }

  /** {@code 5}, {@code 1-31} or {@code 1-15, 17-31}. */
  private GttRule gtt(YamlNode node) {
    Fields f = Fields.of(node, "gtt rule", GTT_KEYS);
    Target to = f.require("to", Entries::target);
    Optional<Ssn> ssn = f.optional("ssn", (n, k) -> new Ssn(Values.integer(1, 255).convert(n, k)));
    RoutingIndicator routeOn =
        f.optional("route_on", Entries::routingIndicator).orElseGet(() -> defaultRouteOn(to, ssn));
    return new GttRule(
        f.value("prefix", Values::addressDigits, ""),
        Entries.optInt(f, "tt", 0, 255),
        Entries.optInt(f, "np", 0, 15),
        Entries.optInt(f, "nai", 0, 127),
        to,
        f.optional("backup", Entries::target),
        routeOn,
        ssn,
        f.value("strip", Values.integer(0, 32), 0),
        f.value("prepend", Values::addressDigits, ""),
        f.location());
  }

  /** Translated towards an STP: route on GT (it translates again); towards an end node: on SSN. */
  private RoutingIndicator defaultRouteOn(Target to, Optional<Ssn> ssn) {
    Optional<NodeKind> kind = Optional.empty();
    if (to instanceof Target.NodeTarget n && byName.containsKey(n.node())) {
      kind = Optional.of(byName.get(n.node()).kind());
    } else if (to instanceof Target.PointCodeTarget p) {
      kind =
          commons.stream()
              .filter(c -> c.pointCode().equals(Optional.of(p.pointCode())))
              .map(NetworkReader.Common::kind)
              .findFirst();
    }
    if (kind.isPresent()) {
      return kind.get() == NodeKind.STP
          ? RoutingIndicator.ROUTE_ON_GT
          : RoutingIndicator.ROUTE_ON_SSN;
    }
    return ssn.isPresent() ? RoutingIndicator.ROUTE_ON_SSN : RoutingIndicator.ROUTE_ON_GT;
  }

  /** A node name, or a point code (which starts with a digit or {@code ansi:}). */
  private Subscriber subscriber(YamlNode node) {
    Fields f = Fields.of(node, "subscriber", SUBSCRIBER_KEYS);
    String msisdn = f.require("msisdn", Values::digits);
    String imsi = f.require("imsi", Values::digits);
    if (msisdn.isEmpty() || msisdn.length() > 15) {
      throw new ConfigException(
          f.valueLocation("msisdn"), "msisdn: expected 1 to 15 digits, found '" + msisdn + "'");
    }
    if (imsi.length() < 6 || imsi.length() > 15) {
      throw new ConfigException(
          f.valueLocation("imsi"), "imsi: expected 6 to 15 digits, found '" + imsi + "'");
    }
    int count = f.value("count", Values.integer(1, 10_000_000), 1);
    for (String key : List.of("msisdn", "imsi")) {
      String first = key.equals("msisdn") ? msisdn : imsi;
      if (Subscriber.offset(first, count - 1).length() != first.length()) {
        throw new ConfigException(
            f.valueLocation("count"),
            "count: "
                + count
                + " subscribers from "
                + key
                + " "
                + first
                + " run past "
                + first.length()
                + " digits");
      }
    }
    Optional<String> msc = f.optional("msc", Values::name);
    if (msc.isEmpty()) {
      List<NetworkReader.Common> mscs =
          commons.stream().filter(c -> c.kind() == NodeKind.MSC).toList();
      if (mscs.size() == 1) {
        msc = Optional.of(mscs.get(0).name());
      }
    }
    return new Subscriber(
        msisdn,
        imsi,
        f.value("ki", Values.hex(16), DEFAULT_KI),
        f.value("opc", Values.hex(16), DEFAULT_OPC),
        msc,
        f.value("state", Values.enumeration(SubscriberState.class), SubscriberState.ATTACHED),
        count,
        f.location(),
        f.optional("o_csi", (n, k) -> Entries.csi(n)),
        f.optional("mo_sms_csi", (n, k) -> Entries.csi(n)),
        f.optional("t_csi", (n, k) -> Entries.csi(n)),
        new SupplementaryProfile(
            f.optional("call_forwarding", (n, k) -> Entries.forwarding(n)).orElse(Map.of()),
            f.optional("call_forwarding", (n, k) -> Entries.noReplyTime(n)).orElse(20),
            f.list("call_barring", Entries::barring)));
  }

  private KindData esme(NetworkReader.Common c) {
    Fields f = c.fields();
    Optional<String> smsc = f.optional("smsc", Values::name);
    if (smsc.isEmpty()) {
      List<NetworkReader.Common> smscs =
          commons.stream().filter(x -> x.kind() == NodeKind.SMSC).toList();
      if (smscs.size() != 1) {
        throw new ConfigException(
            f.location(),
            f.what() + " needs key 'smsc' (the network has " + smscs.size() + " SMSC nodes)");
      }
      smsc = Optional.of(smscs.get(0).name());
    }
    String systemId = f.value("system_id", Values::string, c.name());
    if (systemId.length() > 15) {
      throw new ConfigException(
          f.valueLocation("system_id"), "system_id: expected 1 to 15 characters (SMPP 3.4 §5.2.1)");
    }
    Optional<String> password = f.optional("password", Values::string);
    Optional<Endpoint> server =
        f.optional("server", NetworkReader.HostPort::parse)
            .map(
                hp ->
                    new Endpoint(
                        hp.host().orElse("127.0.0.1"), hp.port().orElse(DEFAULT_SMPP_PORT)));
    KindData.EsmeData d =
        new KindData.EsmeData(
            smsc.get(),
            systemId,
            password.orElse(""),
            f.value("bind", Values.enumeration(BindType.class), BindType.TRANSCEIVER),
            f.value("window", Values.integer(1, 10_000), 10),
            server);
    esmes.put(index, new EsmeData(d, password.isPresent()));
    return d;
  }
}
