package org.ss7sim.simulator.config.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks of {@link NetworkValidator} on what node kinds add: trunk groups and CICs, IN triggers,
 * subscribers, number translations, SMPP accounts and ESMEs.
 */
final class ServiceChecks {
  private final NetworkValidator v;
  private final Network network;

  ServiceChecks(NetworkValidator v) {
    this.v = v;
    this.network = v.network;
  }

  void run() {
    for (Node n : network.nodes()) {
      trunks(n);
      KindData d = n.data();
      if (d instanceof KindData.SspData s) {
        triggers(n, s.inTriggers());
        gatewayMsc(n, s);
      } else if (d instanceof KindData.ScpData s) {
        translations(n, s.translations());
      } else if (d instanceof KindData.HlrData h) {
        subscriberRefs(n, h.subscribers());
        camelRefs(n, h.subscribers());
      } else if (d instanceof KindData.SmscData s) {
        accounts(n, s.accounts());
      } else if (d instanceof KindData.EsmeData e) {
        esme(n, e);
      }
    }
    subscriberOverlaps();
  }

  private Optional<Node> reference(
      String ref, NodeKind kind, String what, java.util.function.Consumer<String> report) {
    Optional<Node> n = network.node(ref);
    if (n.isEmpty()) {
      report.accept(what + " " + v.unknownNode(ref));
      return Optional.empty();
    }
    if (n.get().kind() != kind) {
      report.accept(
          what
              + " '"
              + ref
              + "', "
              + StaticRouting.article(n.get().kind())
              + ", not "
              + StaticRouting.article(kind));
      return Optional.empty();
    }
    return n;
  }

  private void trunks(Node n) {
    List<TrunkGroup> groups = n.trunkGroups();
    for (int i = 0; i < groups.size(); i++) {
      TrunkGroup g = groups.get(i);
      if (g.mirrored()) {
        continue; // its problems are reported where it is written, at the other switch
      }
      String what = "trunk group '" + g.name() + "' of node '" + n.name() + "'";
      for (int a = 0; a < g.cics().size(); a++) {
        for (int b = a + 1; b < g.cics().size(); b++) {
          if (g.cics().get(a).overlaps(g.cics().get(b))) {
            v.report(
                g.location(),
                what + ": CICs " + g.cics().get(a) + " and " + g.cics().get(b) + " overlap");
          }
        }
      }
      for (int j = 0; j < i; j++) {
        TrunkGroup e = groups.get(j);
        if (e.name().equals(g.name())) {
          v.report(
              g.location(),
              "node '" + n.name() + "' has two trunk groups named '" + g.name() + "'");
        }
        if (e.remote().equals(g.remote())) {
          for (CicRange x : e.cics()) {
            for (CicRange y : g.cics()) {
              if (x.overlaps(y)) {
                v.report(
                    g.location(),
                    "trunk groups '"
                        + e.name()
                        + "' and '"
                        + g.name()
                        + "' of node '"
                        + n.name()
                        + "' both use CICs "
                        + new CicRange(Math.max(x.first(), y.first()), Math.min(x.last(), y.last()))
                        + " towards '"
                        + g.remote()
                        + "'");
              }
            }
          }
        }
      }
      if (g.remote().equals(n.name())) {
        v.report(g.location(), what + " goes to the node itself");
        continue;
      }
      Optional<Node> remote = network.node(g.remote());
      if (remote.isEmpty()) {
        v.report(g.location(), what + " goes to " + v.unknownNode(g.remote()));
        continue;
      }
      Node r = remote.get();
      if (r.kind() != NodeKind.SSP && r.kind() != NodeKind.MSC && r.kind() != NodeKind.SIPGW) {
        v.report(
            g.location(),
            what
                + " goes to '"
                + r.name()
                + "', "
                + StaticRouting.article(r.kind())
                + "; trunk groups join ssp, msc and sipgw nodes");
        continue;
      }
      StaticRouting.Trace t =
          StaticRouting.byPointCode(network, n.name(), r.pointCode().orElseThrow());
      if (!t.arrived()) {
        v.report(
            g.location(),
            what + ": ISUP cannot reach '" + r.name() + "': " + t.failure().orElse(""));
      }
      cicsAgree(n, g, r);
    }
  }

  /** Both ends declare groups towards each other: the circuits must be the same. */
  private void cicsAgree(Node n, TrunkGroup g, Node r) {
    List<TrunkGroup> mine =
        n.trunkGroups().stream().filter(x -> x.remote().equals(r.name())).toList();
    List<TrunkGroup> theirs =
        r.trunkGroups().stream().filter(x -> x.remote().equals(n.name())).toList();
    if (theirs.isEmpty()
        || theirs.stream().anyMatch(TrunkGroup::mirrored)
        || mine.get(mine.size() - 1) != g) {
      return;
    }
    TreeSet<Integer> a = cicSet(mine);
    TreeSet<Integer> b = cicSet(theirs);
    boolean reportHere = mine.get(0).location().line() > theirs.get(0).location().line();
    if (!a.equals(b) && reportHere) {
      v.report(
          g.location(),
          "trunk groups of node '"
              + n.name()
              + "' towards '"
              + r.name()
              + "' have CICs "
              + describe(a)
              + " but those of '"
              + r.name()
              + "' towards '"
              + n.name()
              + "' have "
              + describe(b));
    }
  }

  private static TreeSet<Integer> cicSet(List<TrunkGroup> groups) {
    TreeSet<Integer> s = new TreeSet<>();
    for (TrunkGroup g : groups) {
      for (CicRange c : g.cics()) {
        for (int i = c.first(); i <= c.last(); i++) {
          s.add(i);
        }
      }
    }
    return s;
  }

  private static String describe(TreeSet<Integer> cics) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int c : cics) {
      if (start == null) {
        start = c;
      } else if (c != prev + 1) {
        parts.add(new CicRange(start, prev).toString());
        start = c;
      }
      prev = c;
    }
    if (start != null) {
      parts.add(new CicRange(start, prev).toString());
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** An O-CSI names an SCP (its gsmSCF). */
  private void camelRefs(Node n, List<Subscriber> blocks) {
    for (Subscriber b : blocks) {
      b.moSmsCsi()
          .ifPresent(
              csi ->
                  reference(
                      csi.scf(),
                      NodeKind.SCP,
                      "mo_sms_csi of subscribers "
                          + b.msisdn()
                          + " of node '"
                          + n.name()
                          + "' names",
                      m -> v.report(b.location(), m)));
      b.oCsi()
          .ifPresent(
              csi ->
                  reference(
                      csi.scf(),
                      NodeKind.SCP,
                      "o_csi of subscribers " + b.msisdn() + " of node '" + n.name() + "' names",
                      m -> v.report(b.location(), m)));
      if (b.tCsi() != null) {
        b.tCsi()
            .ifPresent(
                csi ->
                    reference(
                        csi.scf(),
                        NodeKind.SCP,
                        "t_csi of subscribers " + b.msisdn() + " of node '" + n.name() + "' names",
                        m -> v.report(b.location(), m)));
      }
    }
  }

  private void triggers(Node n, List<InTrigger> triggers) {
    for (InTrigger t : triggers) {
      String what = "in_trigger of node '" + n.name() + "' (prefix '" + t.prefix() + "') asks";
      reference(t.scp(), NodeKind.SCP, what, m -> v.report(t.location(), m))
          .ifPresent(
              scp -> {
                StaticRouting.Trace trace =
                    StaticRouting.byPointCode(network, n.name(), scp.pointCode().orElseThrow());
                if (!trace.arrived()) {
                  v.report(
                      t.location(),
                      what
                          + " '"
                          + scp.name()
                          + "', which it cannot reach: "
                          + trace.failure().orElse(""));
                }
              });
    }
  }

  /** A switch with mobile prefixes asks the HLR with MAP: it needs SSN 8 for that. */
  private void gatewayMsc(Node n, KindData.SspData s) {
    if (!s.mobilePrefixes().isEmpty()
        && !n.ssns().contains(org.ss7sim.sccp.Ssn.MSC)
        && network.nodes(NodeKind.HLR).size() > 0) {
      v.report(
          n.location(),
          "node '"
              + n.name()
              + "' has mobile_prefixes but no SSN 8 (ssns): its SendRoutingInfo to the HLR needs"
              + " MAP on SSN 8");
    }
    if (!s.mobilePrefixes().isEmpty() && network.nodes(NodeKind.HLR).isEmpty()) {
      v.report(
          n.location(),
          "node '" + n.name() + "' has mobile_prefixes but the network has no hlr to ask");
    }
  }

  private void translations(Node n, List<NumberTranslation> entries) {
    for (int i = 0; i < entries.size(); i++) {
      NumberTranslation t = entries.get(i);
      for (int j = 0; j < i; j++) {
        NumberTranslation e = entries.get(j);
        if (e.prefix().equals(t.prefix()) && e.serviceKey().equals(t.serviceKey())) {
          v.report(
              t.location(),
              "translation of node '"
                  + n.name()
                  + "' for prefix '"
                  + t.prefix()
                  + "' repeats the one at line "
                  + e.location().line()
                  + " and is never used");
        }
      }
    }
  }

  private void subscriberRefs(Node n, List<Subscriber> subs) {
    for (Subscriber s : subs) {
      s.msc()
          .ifPresent(
              m ->
                  reference(
                      m,
                      NodeKind.MSC,
                      "subscriber " + s.msisdn() + " of node '" + n.name() + "' is served by",
                      msg -> v.report(s.location(), msg)));
    }
  }

  private void subscriberOverlaps() {
    List<Subscriber> seen = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (Node n : network.nodes(NodeKind.HLR)) {
      for (Subscriber s : n.data(KindData.HlrData.class).subscribers()) {
        for (int i = 0; i < seen.size(); i++) {
          Subscriber e = seen.get(i);
          if (overlap(e.msisdn(), e.count(), s.msisdn(), s.count())) {
            v.report(
                s.location(),
                "subscribers "
                    + range(s.msisdn(), s.lastMsisdn())
                    + " of node '"
                    + n.name()
                    + "' overlap MSISDNs "
                    + range(e.msisdn(), e.lastMsisdn())
                    + " of node '"
                    + owners.get(i)
                    + "' (line "
                    + e.location().line()
                    + ")");
          } else if (overlap(e.imsi(), e.count(), s.imsi(), s.count())) {
            v.report(
                s.location(),
                "subscribers from IMSI "
                    + s.imsi()
                    + " of node '"
                    + n.name()
                    + "' overlap IMSIs from "
                    + e.imsi()
                    + " of node '"
                    + owners.get(i)
                    + "' (line "
                    + e.location().line()
                    + ")");
          }
        }
        seen.add(s);
        owners.add(n.name());
      }
    }
  }

  private static String range(String first, String last) {
    return first.equals(last) ? first : first + "-" + last;
  }

  private static boolean overlap(String a, int aCount, String b, int bCount) {
    if (a.length() != b.length()) {
      return false;
    }
    BigInteger x = new BigInteger(a);
    BigInteger y = new BigInteger(b);
    return x.compareTo(y.add(BigInteger.valueOf(bCount))) < 0
        && y.compareTo(x.add(BigInteger.valueOf(aCount))) < 0;
  }

  private void accounts(Node n, List<SmppAccount> accounts) {
    for (int i = 0; i < accounts.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (accounts.get(j).systemId().equals(accounts.get(i).systemId())) {
          v.report(
              accounts.get(i).location(),
              "node '"
                  + n.name()
                  + "' has two accounts with system_id '"
                  + accounts.get(i).systemId()
                  + "'");
        }
      }
    }
  }

  private void esme(Node n, KindData.EsmeData e) {
    String what = "esme '" + n.name() + "' binds to";
    reference(e.smsc(), NodeKind.SMSC, what, m -> v.report(n.location(), m))
        .ifPresent(
            smsc -> {
              Optional<SmppAccount> account =
                  smsc.data(KindData.SmscData.class).account(e.systemId());
              if (account.isEmpty()) {
                v.report(
                    n.location(),
                    "esme '"
                        + n.name()
                        + "' binds as '"
                        + e.systemId()
                        + "' but smsc '"
                        + smsc.name()
                        + "' has no account with that system_id");
              } else if (!account.get().password().equals(e.password())) {
                v.report(
                    n.location(),
                    "esme '"
                        + n.name()
                        + "' binds as '"
                        + e.systemId()
                        + "' with a password other than"
                        + " the one of its account at smsc '"
                        + smsc.name()
                        + "' (line "
                        + account.get().location().line()
                        + ")");
              }
            });
  }
}
