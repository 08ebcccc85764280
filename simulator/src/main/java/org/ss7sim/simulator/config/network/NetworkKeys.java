package org.ss7sim.simulator.config.network;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every key a network file may contain, for documentation checks and completion. */
public final class NetworkKeys {
  private NetworkKeys() {}

  /** All keys, at any level. */
  public static Set<String> all() {
    Set<String> keys = new TreeSet<>();
    for (List<String> l :
        List.of(
            NetworkReader.NETWORK_KEYS,
            NetworkReader.DEFAULTS_KEYS,
            NetworkReader.COMMON_KEYS,
            NetworkReader.ESME_KEYS,
            NetworkReader.LINK_KEYS,
            NetworkReader.ROUTE_KEYS,
            NetworkReader.GT_KEYS,
            KindReader.TRUNK_KEYS,
            Entries.LINE_KEYS,
            Entries.TRIGGER_KEYS,
            KindReader.GTT_KEYS,
            KindReader.SUBSCRIBER_KEYS,
            Entries.TRANSLATION_KEYS,
            Entries.SHARE_KEYS,
            Entries.ACCOUNT_KEYS,
            Entries.CSI_KEYS,
            Entries.FORWARDING_KEYS,
            Entries.PREPAID_KEYS,
            Entries.PREPAID_ACCOUNT_KEYS,
            Entries.USSD_MENU_KEYS,
            Entries.USSD_CHOICE_KEYS,
            SipSideReader.SIP_KEYS,
            SipSideReader.LISTEN_KEYS,
            SipSideReader.ROUTE_KEYS,
            SipSideReader.NUMBER_KEYS,
            SecurityReader.FIREWALL_KEYS,
            SecurityReader.RULE_KEYS,
            SecurityReader.REGION_KEYS,
            TlsSettings.KEYS)) {
      keys.addAll(l);
    }
    NetworkReader.KIND_KEYS.values().forEach(keys::addAll);
    return keys;
  }
}
