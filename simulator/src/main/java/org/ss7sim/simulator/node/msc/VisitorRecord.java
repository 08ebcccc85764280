package org.ss7sim.simulator.node.msc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ss7sim.map.message.ExtSsInfo;
import org.ss7sim.map.message.VlrCamelSubscriptionInfo;

/**
 * What a VLR holds of a subscriber from InsertSubscriberData (TS 23.008 §3, TS 29.002 §8.8.1): its
 * MSISDN, the SS data by SS-Code (provisionedSS: Ext-ForwInfo or Ext-CallBarInfo per service) and
 * the CAMEL subscription (vlrCamelSubscriptionInfo). A later InsertSubscriberData replaces the SS
 * data of the codes it carries and, when it carries one, the CAMEL subscription.
 *
 * @param camel the CAMEL subscription, or null when the HLR sent none
 */
public record VisitorRecord(
    String imsi, String msisdn, Map<Integer, ExtSsInfo> ss, VlrCamelSubscriptionInfo camel) {
  public VisitorRecord {
    ss = Map.copyOf(ss);
  }

  /** This record with {@code more} SS data (by code, replacing) and, if given, a new msisdn/CSI. */
  VisitorRecord with(String newMsisdn, List<ExtSsInfo> more, VlrCamelSubscriptionInfo newCamel) {
    Map<Integer, ExtSsInfo> merged = new TreeMap<>(ss);
    for (ExtSsInfo i : more) {
      code(i).ifPresent(c -> merged.put(c, i));
    }
    return new VisitorRecord(
        imsi, newMsisdn != null ? newMsisdn : msisdn, merged, newCamel != null ? newCamel : camel);
  }

  static Optional<Integer> code(ExtSsInfo i) {
    if (i.forwardingInfo() != null) {
      return Optional.of(i.forwardingInfo().ssCode().code());
    }
    if (i.callBarringInfo() != null) {
      return Optional.of(i.callBarringInfo().ssCode().code());
    }
    return Optional.empty();
  }

  /** The SS-Status the HLR gave for {@code code} (its first feature), 0 when it gave none. */
  public int ssStatus(int code) {
    ExtSsInfo i = ss.get(code);
    if (i == null) {
      return 0;
    }
    if (i.forwardingInfo() != null) {
      return i.forwardingInfo().forwardingFeatureList().get(0).ssStatus().get(0);
    }
    return i.callBarringInfo().callBarringFeatureList().get(0).ssStatus().get(0);
  }

  /** The forwarded-to number the HLR gave for forwarding service {@code code}, if any. */
  public Optional<String> forwardedTo(int code) {
    ExtSsInfo i = ss.get(code);
    if (i == null || i.forwardingInfo() == null) {
      return Optional.empty();
    }
    var ftn = i.forwardingInfo().forwardingFeatureList().get(0).forwardedToNumber();
    return ftn == null ? Optional.empty() : Optional.of(ftn.digits());
  }

  /** Whether {@code code} is active and not quiescent (SS-Status A set, Q clear). */
  public boolean operative(int code) {
    return (ssStatus(code) & 0x09) == 0x01;
  }
}
