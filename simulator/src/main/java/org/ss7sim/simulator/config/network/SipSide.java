package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Objects;
import org.ss7sim.simulator.config.Location;

/**
 * The SIP side of a {@code sipgw} node (issue 21, docs/sip-gateway.md): where it listens, whom it
 * accepts INVITEs from, where calls to SIP go, and how numbers are rewritten between the two sides.
 *
 * @param udp addresses to listen on for SIP over UDP
 * @param tcp addresses to listen on for SIP over TCP
 * @param peers IP addresses INVITEs are accepted from (others get 403)
 * @param maxMessageSize the largest SIP message accepted over TCP, in octets
 * @param userAgent the User-Agent and Server header value
 * @param routes ISUP → SIP: the called-number prefix → next hop
 * @param numbers number normalisation, both directions
 * @param location where the {@code sip:} map is in the file
 */
public record SipSide(
    List<Endpoint> udp,
    List<Endpoint> tcp,
    List<String> peers,
    int maxMessageSize,
    String userAgent,
    List<Route> routes,
    Numbers numbers,
    Location location) {
  public SipSide {
    udp = List.copyOf(udp);
    tcp = List.copyOf(tcp);
    peers = List.copyOf(peers);
    routes = List.copyOf(routes);
    Objects.requireNonNull(numbers, "numbers");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * Calls whose called number starts with {@code prefix} go as INVITEs to {@code to}.
   *
   * @param transport {@code udp} or {@code tcp}
   * @param sipI true to send SIP-I: the INVITE carries the IAM encapsulated (Q.1912.5 profile A,
   *     {@code multipart/mixed} with {@code application/ISUP}); false for profile C
   */
  public record Route(
      String prefix, Endpoint to, String transport, boolean sipI, Location location) {
    /** A profile C route (no encapsulated ISUP). */
    public Route(String prefix, Endpoint to, String transport, Location location) {
      this(prefix, to, transport, false, location);
    }
  }

  /**
   * The number plan of the gateway (the fields of {@code simulator.sipgw.NumberPlan}).
   *
   * @param defaultNature {@code subscriber}, {@code unknown}, {@code national} or {@code
   *     international}
   */
  public record Numbers(
      String countryCode,
      String nationalPrefix,
      String internationalPrefix,
      List<String> stripPrefixes,
      String addPrefix,
      String defaultNature,
      boolean nationalInOwnCountry,
      boolean e164ToSip) {
    public Numbers {
      stripPrefixes = List.copyOf(stripPrefixes);
    }

    /** No rewriting: digits as they are, national by default. */
    public static final Numbers PLAIN =
        new Numbers("", "", "", List.of(), "", "national", false, false);
  }

  /** The route of a called number, if any (longest prefix). */
  public java.util.Optional<Route> routeFor(String calledNumber) {
    return KindData.longestPrefix(routes, Route::prefix, calledNumber);
  }
}
