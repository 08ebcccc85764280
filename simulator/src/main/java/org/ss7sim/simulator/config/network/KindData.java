package org.ss7sim.simulator.config.network;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** What a node has beyond the common signaling point data, by kind. */
public sealed interface KindData {
  NodeKind kind();

  /**
   * The entry whose prefix is the longest one {@code number} starts with (earliest among equals).
   */
  static <T> Optional<T> longestPrefix(List<T> entries, Function<T, String> prefix, String number) {
    T best = null;
    for (T e : entries) {
      String p = prefix.apply(e);
      if (number.startsWith(p) && (best == null || p.length() > prefix.apply(best).length())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A switch.
   *
   * @param mobilePrefixes called numbers starting with one of these are mobile subscribers: the
   *     switch acts as gateway MSC (SendRoutingInfo to the HLR, the call to the roaming number)
   */
  record SspData(
      List<TrunkGroup> trunkGroups,
      List<LineBlock> lines,
      List<InTrigger> inTriggers,
      List<String> mobilePrefixes)
      implements KindData {
    public SspData {
      trunkGroups = List.copyOf(trunkGroups);
      lines = List.copyOf(lines);
      inTriggers = List.copyOf(inTriggers);
      mobilePrefixes = List.copyOf(mobilePrefixes);
    }

    /** A switch without mobile prefixes. */
    public SspData(
        List<TrunkGroup> trunkGroups, List<LineBlock> lines, List<InTrigger> inTriggers) {
      this(trunkGroups, lines, inTriggers, List.of());
    }

    /** Whether a called number is a mobile subscriber's (routed through the HLR). */
    public boolean isMobile(String calledNumber) {
      return mobilePrefixes.stream().anyMatch(calledNumber::startsWith);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SSP;
    }

    /** The IN trigger for a called number, if any (longest prefix). */
    public Optional<InTrigger> inTriggerFor(String calledNumber) {
      return longestPrefix(inTriggers, InTrigger::prefix, calledNumber);
    }

    /** The line block terminating a called number, if any (longest prefix). */
    public Optional<LineBlock> lineFor(String calledNumber) {
      return longestPrefix(lines, LineBlock::prefix, calledNumber);
    }

    /** The trunk group a called number leaves over, if any (longest of the groups' prefixes). */
    public Optional<TrunkGroup> trunkGroupFor(String calledNumber) {
      return trunkGroupByPrefix(trunkGroups, calledNumber);
    }
  }

  /**
   * A SIP–ISUP gateway (issue 21): a switch without lines whose calls come from and go to SIP.
   *
   * @param trunkGroups ISUP circuits to switches; SIP calls leave over the group whose prefixes
   *     match the called number
   * @param sip the SIP side
   */
  record SipgwData(List<TrunkGroup> trunkGroups, SipSide sip) implements KindData {
    public SipgwData {
      trunkGroups = List.copyOf(trunkGroups);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SIPGW;
    }

    /** The trunk group a called number leaves over, if any (longest of the groups' prefixes). */
    public Optional<TrunkGroup> trunkGroupFor(String calledNumber) {
      return trunkGroupByPrefix(trunkGroups, calledNumber);
    }
  }

  /** An attacker: nothing beyond the common data. */
  record AttackerData() implements KindData {
    @Override
    public NodeKind kind() {
      return NodeKind.ATTACKER;
    }
  }

  /** A plain signaling endpoint (external only): nothing beyond the common data. */
  record EndpointData() implements KindData {
    @Override
    public NodeKind kind() {
      return NodeKind.ENDPOINT;
    }
  }

  /** A signal transfer point. */
  record StpData(List<GttRule> gttRules) implements KindData {
    public StpData {
      gttRules = List.copyOf(gttRules);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.STP;
    }
  }

  /** A service control point. */
  record ScpData(List<NumberTranslation> translations, Optional<PrepaidService> prepaid)
      implements KindData {
    public ScpData {
      translations = List.copyOf(translations);
    }

    /** An SCP without a prepaid (CAMEL) service. */
    public ScpData(List<NumberTranslation> translations) {
      this(translations, Optional.empty());
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SCP;
    }

    /**
     * The translation for a called number: the longest matching prefix among the entries for this
     * service key, else among the entries for any service key.
     */
    public Optional<NumberTranslation> translationFor(String calledNumber, OptionalInt serviceKey) {
      Optional<NumberTranslation> keyed =
          longestPrefix(
              translations.stream()
                  .filter(t -> t.serviceKey().isPresent() && t.serviceKey().equals(serviceKey))
                  .toList(),
              NumberTranslation::prefix,
              calledNumber);
      return keyed.isPresent()
          ? keyed
          : longestPrefix(
              translations.stream().filter(t -> t.serviceKey().isEmpty()).toList(),
              NumberTranslation::prefix,
              calledNumber);
    }
  }

  /**
   * A home location register.
   *
   * @param ussdReply the text answering USSD requests (processUnstructuredSS-Request) that no menu
   *     serves; empty: the request's own string, echoed
   * @param ussdMenus the USSD menus, by service code (TS 24.090): answered in one dialogue with
   *     unstructuredSS-Request prompts and unstructuredSS-Notify texts
   */
  record HlrData(List<Subscriber> subscribers, String ussdReply, List<UssdMenu> ussdMenus)
      implements KindData {
    public HlrData {
      subscribers = List.copyOf(subscribers);
      ussdMenus = List.copyOf(ussdMenus);
    }

    /** An HLR answering every USSD request with {@code ussdReply}, no menus. */
    public HlrData(List<Subscriber> subscribers, String ussdReply) {
      this(subscribers, ussdReply, List.of());
    }

    /** An HLR echoing USSD requests. */
    public HlrData(List<Subscriber> subscribers) {
      this(subscribers, "");
    }

    @Override
    public NodeKind kind() {
      return NodeKind.HLR;
    }

    /** The block holding an MSISDN, if any. */
    public Optional<Subscriber> byMsisdn(String msisdn) {
      return subscribers.stream().filter(s -> s.hasMsisdn(msisdn)).findFirst();
    }

    /** The block holding an IMSI, if any. */
    public Optional<Subscriber> byImsi(String imsi) {
      return subscribers.stream().filter(s -> s.hasImsi(imsi)).findFirst();
    }
  }

  /**
   * An MSC/VLR.
   *
   * @param msrnPrefix roaming numbers (ProvideRoamingNumber) are this prefix plus a counter
   * @param trunkGroups ISUP circuits to switches, for mobile terminated calls
   * @param lines how mobile subscribers answer calls
   */
  record MscData(String msrnPrefix, List<TrunkGroup> trunkGroups, List<LineBlock> lines)
      implements KindData {
    public MscData {
      trunkGroups = List.copyOf(trunkGroups);
      lines = List.copyOf(lines);
    }

    @Override
    public NodeKind kind() {
      return NodeKind.MSC;
    }

    /** The trunk group a called number leaves over, if any (longest of the groups' prefixes). */
    public Optional<TrunkGroup> trunkGroupFor(String calledNumber) {
      return trunkGroupByPrefix(trunkGroups, calledNumber);
    }
  }

  /**
   * An SMS centre.
   *
   * @param smpp where its SMPP server listens
   * @param accounts the ESMEs allowed to bind
   * @param store {@code embedded} (H2 in the run directory), {@code memory}, or a JDBC URL
   * @param retrySchedule waits between delivery attempts after a temporary failure
   * @param validity how long a message is kept when the ESME gives no validity period
   * @param tls SMPP over TLS on the listener (docs/security.md), or plain TCP when empty
   */
  record SmscData(
      Endpoint smpp,
      List<SmppAccount> accounts,
      String store,
      List<Duration> retrySchedule,
      Duration validity,
      Optional<TlsSettings> tls,
      BindLockoutSettings bindLockout)
      implements KindData {
    public SmscData {
      accounts = List.copyOf(accounts);
      retrySchedule = List.copyOf(retrySchedule);
      java.util.Objects.requireNonNull(bindLockout, "bindLockout");
    }

    /** An SMSC with the default bind lock-out. */
    public SmscData(
        Endpoint smpp,
        List<SmppAccount> accounts,
        String store,
        List<Duration> retrySchedule,
        Duration validity,
        Optional<TlsSettings> tls) {
      this(smpp, accounts, store, retrySchedule, validity, tls, BindLockoutSettings.DEFAULTS);
    }

    /** An SMSC whose listener takes plain TCP. */
    public SmscData(
        Endpoint smpp,
        List<SmppAccount> accounts,
        String store,
        List<Duration> retrySchedule,
        Duration validity) {
      this(smpp, accounts, store, retrySchedule, validity, Optional.empty());
    }

    @Override
    public NodeKind kind() {
      return NodeKind.SMSC;
    }

    public Optional<SmppAccount> account(String systemId) {
      return accounts.stream().filter(a -> a.systemId().equals(systemId)).findFirst();
    }
  }

  /**
   * An SMPP client.
   *
   * @param smsc the SMSC node it binds to
   * @param server where it connects; default the SMSC's SMPP address
   */
  record EsmeData(
      String smsc,
      String systemId,
      String password,
      BindType bind,
      int window,
      Optional<Endpoint> server)
      implements KindData {
    @Override
    public NodeKind kind() {
      return NodeKind.ESME;
    }
  }

  private static Optional<TrunkGroup> trunkGroupByPrefix(List<TrunkGroup> groups, String number) {
    TrunkGroup best = null;
    int bestLength = -1;
    for (TrunkGroup g : groups) {
      for (String p : g.prefixes()) {
        if (number.startsWith(p) && p.length() > bestLength) {
          best = g;
          bestLength = p.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
