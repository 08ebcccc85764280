package org.ss7sim.simulator.config.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What one end of a link needs for a real SIGTRAN peering (RFC 4666), beyond {@link Link}'s
 * addresses and role: the same facts for a link to an external node and between simulated nodes.
 *
 * @param localHosts every address this end uses, the first being {@code Link.local().host()} (SCTP
 *     multi-homing; one for TCP)
 * @param remoteHosts every address of the other end, the first being {@code Link.remote().host()}
 * @param routingContexts the routing contexts of the AS(es) served over the link; the first is
 *     {@code Link.routingContext()}; never empty
 * @param trafficMode the AS's traffic mode: what this end (as ASP) asks for in ASP Active, and what
 *     the AS is (at the SGP/IPSP end); default loadshare
 * @param networkAppearance the Network Appearance of the link (RFC 4666 §3.3.1), if any
 * @param aspIdentifier the ASP Identifier this end sends in ASP Up (§3.5.1), if any
 * @param doubleExchange IPSP double exchange (role {@code ipsp-de}, §4.3.4); false otherwise
 * @param allowedPeers IP addresses that may connect to this (listening) end; empty: any. Default:
 *     the other end's addresses when they are IP literals (not a wildcard), else any; always empty
 *     for a connecting end
 */
public record Peering(
    List<String> localHosts,
    List<String> remoteHosts,
    List<Long> routingContexts,
    TrafficMode trafficMode,
    OptionalLong networkAppearance,
    OptionalLong aspIdentifier,
    boolean doubleExchange,
    List<String> allowedPeers) {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  public Peering {
    localHosts = List.copyOf(localHosts);
    remoteHosts = List.copyOf(remoteHosts);
    routingContexts = List.copyOf(routingContexts);
    Objects.requireNonNull(trafficMode, "trafficMode");
    Objects.requireNonNull(networkAppearance, "networkAppearance");
    Objects.requireNonNull(aspIdentifier, "aspIdentifier");
    allowedPeers = List.copyOf(allowedPeers);
    if (routingContexts.isEmpty()) {
      throw new IllegalArgumentException("a link needs a routing context");
    }
  }

  /** The peering of a link written with none of the new keys. */
  static Peering simple(Endpoint local, Endpoint remote, long routingContext) {
    return new Peering(
        List.of(local.host()),
        List.of(remote.host()),
        List.of(routingContext),
        TrafficMode.LOADSHARE,
        OptionalLong.empty(),
        OptionalLong.empty(),
        false,
        List.of());
  }

  /** {@link #allowedPeers} as addresses (IP literals: no name lookup); empty admits any peer. */
  public List<InetAddress> allowedPeerAddresses() {
    List<InetAddress> out = new ArrayList<>();
    for (String a : allowedPeers) {
      out.add(literal(a));
    }
    return out;
  }

  /** Whether {@code text} is an IPv4 or IPv6 address literal. */
  static boolean isIpLiteral(String text) {
    if (IPV4.matcher(text).matches()) {
      return true;
    }
    if (!IPV6.matcher(text).matches()) {
      return false;
    }
    try {
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException | RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code host} is the wildcard address (binds every interface). */
  static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private static InetAddress literal(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("not an IP literal: " + text, e);
    }
  }
}
