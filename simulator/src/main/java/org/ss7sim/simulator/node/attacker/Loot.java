package org.ss7sim.simulator.node.attacker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an attacker obtained, one item per piece of data the victim's network gave away
 * (docs/security.md): harvested IMSIs, subscriber locations, intercepted short messages and call
 * routing, calls redirected to the attacker's number, subscriber profiles. {@link #kind()} names
 * the list the item goes in (in {@code --json} and the HTML report), {@link #fields()} its columns
 * in order.
 */
public sealed interface Loot {
  /** The list the item belongs to: {@code imsis}, {@code locations}, {@code sms}, … */
  String kind();

  /** The item's fields, in column order; absent values are {@code "-"}. */
  Map<String, String> fields();

  /** The kinds in the order reports show them. */
  java.util.List<String> KINDS =
      java.util.List.of("imsis", "locations", "sms", "redirected", "calls", "profiles");

  private static Map<String, String> of(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String v = keysAndValues[i + 1];
      m.put(keysAndValues[i], v == null || v.isEmpty() ? "-" : v);
    }
    return Collections.unmodifiableMap(m);
  }

  /** An IMSI the network gave for an MSISDN (SRI-SM, SRI, SendIMSI), with the serving node. */
  record HarvestedImsi(String msisdn, String imsi, String servingNode) implements Loot {
    @Override
    public String kind() {
      return "imsis";
    }

    @Override
    public Map<String, String> fields() {
      return of("msisdn", msisdn, "imsi", imsi, "serving", servingNode);
    }
  }

  /** Where a subscriber is (ATI, PSI): its state and serving VLR/MSC numbers. */
  record Location(String subscriber, String state, String vlr, String msc) implements Loot {
    @Override
    public String kind() {
      return "locations";
    }

    @Override
    public Map<String, String> fields() {
      return of("subscriber", subscriber, "state", state, "vlr", vlr, "msc", msc);
    }
  }

  /** A short message for a victim that reached the attacker (MT-ForwardSM). */
  record InterceptedSms(String recipient, String originator, String text) implements Loot {
    @Override
    public String kind() {
      return "sms";
    }

    @Override
    public Map<String, String> fields() {
      return of("recipient", recipient, "originator", originator, "text", text);
    }
  }

  /** A victim's calls forwarded to a number of the attacker's (RegisterSS call forwarding). */
  record Redirection(String msisdn, String forwardedTo, String service) implements Loot {
    @Override
    public String kind() {
      return "redirected";
    }

    @Override
    public Map<String, String> fields() {
      return of("msisdn", msisdn, "forwarded_to", forwardedTo, "service", service);
    }
  }

  /** A call for a victim routed to the attacker (ProvideRoamingNumber answered with its MSRN). */
  record InterceptedCall(String imsi, String roamingNumber, String gmsc) implements Loot {
    @Override
    public String kind() {
      return "calls";
    }

    @Override
    public Map<String, String> fields() {
      return of("imsi", imsi, "msrn", roamingNumber, "gmsc", gmsc);
    }
  }

  /** A victim's subscriber profile the HLR sent the attacker (InsertSubscriberData). */
  record Profile(String imsi, String msisdn) implements Loot {
    @Override
    public String kind() {
      return "profiles";
    }

    @Override
    public Map<String, String> fields() {
      return of("imsi", imsi, "msisdn", msisdn);
    }
  }
}
