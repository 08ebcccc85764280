package org.ss7sim.simulator.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a generated network.
 *
 * @param name the network's name
 * @param stpPairs mated STP pairs (1-40)
 * @param switchesPerPair switches attached to each pair (1-9999 in all)
 * @param hlrs HLRs (1-99), spread over the pairs round-robin
 * @param mscs MSC/VLRs (1-99), each serving the subscribers of the HLRs numbered like it modulo
 * @param smscs SMSCs (0-99), each with one ESME node for the scenario
 * @param subscribersPerHlr subscribers in each HLR's one block (1-10000000)
 * @param cicsPerTrunk circuits of each trunk group (1-4095)
 * @param transport {@code tcp}, {@code injvm} or {@code sctp}
 * @param topology which switches are joined by trunk groups
 * @param neighbours for {@link Topology#NEIGHBOURS}: trunk groups from each switch to the next this
 *     many switches
 * @param basePort first listening port (network file {@code defaults.base_port})
 * @param smppBasePort SMPP port of the first SMSC, the next ones count up; 0: ephemeral ports
 * @param defaultRoutes end nodes route by a default route over their STP pair (network file {@code
 *     defaults.end_node_routes: default}) instead of one exact route per destination
 */
public record Shape(
    String name,
    int stpPairs,
    int switchesPerPair,
    int hlrs,
    int mscs,
    int smscs,
    int subscribersPerHlr,
    int cicsPerTrunk,
    String transport,
    Topology topology,
    int neighbours,
    int basePort,
    int smppBasePort,
    boolean defaultRoutes) {

  /** A shape whose end nodes have one exact route per destination. */
  public Shape(
      String name,
      int stpPairs,
      int switchesPerPair,
      int hlrs,
      int mscs,
      int smscs,
      int subscribersPerHlr,
      int cicsPerTrunk,
      String transport,
      Topology topology,
      int neighbours,
      int basePort,
      int smppBasePort) {
    this(
        name,
        stpPairs,
        switchesPerPair,
        hlrs,
        mscs,
        smscs,
        subscribersPerHlr,
        cicsPerTrunk,
        transport,
        topology,
        neighbours,
        basePort,
        smppBasePort,
        false);
  }

  /** How the switches are joined by ISUP trunk groups. */
  public enum Topology {
    /** switch i to switch i+1, the last to the first. */
    RING,
    /** switch i to the next {@code neighbours} switches (wrapping round). */
    NEIGHBOURS
  }

  /** The most switches: their line prefixes have four digits. */
  public static final int MAX_SWITCHES = 9999;

  /** Every parameter out of range, one message each; empty when the shape can be generated. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    range(p, "stp pairs", stpPairs, 1, 40);
    range(p, "switches per stp pair", switchesPerPair, 1, MAX_SWITCHES);
    if (p.isEmpty() && (long) stpPairs * switchesPerPair > MAX_SWITCHES) {
      p.add(
          "stp pairs × switches per pair is "
              + (long) stpPairs * switchesPerPair
              + ": at most "
              + MAX_SWITCHES
              + " switches");
    }
    range(p, "hlrs", hlrs, 1, 99);
    range(p, "mscs", mscs, 1, 99);
    range(p, "smscs", smscs, 0, 99);
    range(p, "subscribers per hlr", subscribersPerHlr, 1, 10_000_000);
    range(p, "cics per trunk", cicsPerTrunk, 1, 4095);
    range(p, "neighbours", neighbours, 1, 16);
    range(p, "base port", basePort, 1, 65535);
    range(p, "smpp base port", smppBasePort, 0, 65535 - 99);
    if (!List.of("tcp", "injvm", "sctp").contains(transport)) {
      p.add("transport must be tcp, injvm or sctp, not '" + transport + "'");
    }
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
      p.add("name must be a letter then letters, digits, '_', '.', '-', not '" + name + "'");
    }
    return p;
  }

  private static void range(List<String> p, String what, long v, long min, long max) {
    if (v < min || v > max) {
      p.add(what + " must be " + min + "-" + max + ", not " + v);
    }
  }

  /** Switches in the network. */
  public int switches() {
    return stpPairs * switchesPerPair;
  }

  /** Signalling points in the network (ESME nodes not counted). */
  public int signallingPoints() {
    return 2 * stpPairs + switches() + hlrs + mscs + smscs;
  }
}
