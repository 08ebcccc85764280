package org.ss7sim.simulator.node.hlr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ss7sim.map.message.Elements;
import org.ss7sim.map.message.ExtSsInfo;
import org.ss7sim.map.message.InsertSubscriberDataArg;
import org.ss7sim.map.message.OBcsmCamelTdpData;
import org.ss7sim.map.message.OCsi;
import org.ss7sim.map.message.SmsCamelTdpData;
import org.ss7sim.map.message.SmsCsi;
import org.ss7sim.map.message.TBcsmCamelTdpData;
import org.ss7sim.map.message.TCsi;
import org.ss7sim.map.message.VlrCamelSubscriptionInfo;
import org.ss7sim.simulator.config.network.CamelCsi;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * The subscriber data an HLR gives a VLR in InsertSubscriberData (TS 29.002 §8.8.1, TS 23.008 §2.x)
 * and a GMSC in SendRoutingInfo's camelRoutingInfo (§10.1): after an UpdateLocation the whole
 * profile — MSISDN, category ordinary, service granted, the teleservices (telephony, short message
 * MT/PP and MO/PP), the SS data (provisionedSS) and the CAMEL subscription (O-CSI and MO-SMS-CSI in
 * vlrCamelSubscriptionInfo, TS 23.078 §4.3.1, §7.2); after a change of SS data only the SS data
 * that changed (TS 23.011 §5: the HLR keeps the VLR's copy up to date). Pure.
 */
final class InsertedData {
  private InsertedData() {}

  /** CAMEL phase the CSIs are written for (camelCapabilityHandling, TS 29.002 §17.7.1). */
  static final int CAMEL_PHASE = 2;

  /**
   * O-BcsmTriggerDetectionPoint collectedInfo, T-BcsmTriggerDetectionPoint termAttemptAuthorized.
   */
  static final int COLLECTED_INFO = 2;

  static final int TERM_ATTEMPT_AUTHORIZED = 12;

  /** SMS-TriggerDetectionPoint sms-CollectedInfo. */
  static final int SMS_COLLECTED_INFO = 1;

  /** The whole profile, for the VLR an UpdateLocation came from. */
  static InsertSubscriberDataArg full(
      Subscribers.Record r, Subscribers subscribers, List<ExtSsInfo> ss) {
    List<RawElement> extra = new ArrayList<>();
    if (!ss.isEmpty()) {
      extra.add(Elements.provisionedSs(ss));
    }
    camel(r.msisdn(), subscribers).ifPresent(c -> extra.add(Elements.vlrCamel(c)));
    return new InsertSubscriberDataArg(
        new Imsi(r.imsi()),
        AddressString.international(r.msisdn()),
        Octets.fromHex("0a"),
        0,
        null,
        List.of(Octets.fromHex("11"), Octets.fromHex("21"), Octets.fromHex("22")),
        null,
        extra);
  }

  /** Only the SS data that changed, for the VLR serving the subscriber. */
  static InsertSubscriberDataArg changed(Subscribers.Record r, List<ExtSsInfo> ss) {
    return new InsertSubscriberDataArg(
        new Imsi(r.imsi()),
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(Elements.provisionedSs(ss)));
  }

  /** The VLR's CAMEL data of a subscriber: its O-CSI and MO-SMS-CSI, if it has either. */
  static Optional<VlrCamelSubscriptionInfo> camel(String msisdn, Subscribers subscribers) {
    // a gsmSCF without a global title cannot be named in the CSI (its address is mandatory)
    Optional<CamelCsi> o =
        subscribers.oCsi(msisdn).filter(c -> !subscribers.globalTitleOf(c.scf()).isEmpty());
    Optional<CamelCsi> sms =
        subscribers.moSmsCsi(msisdn).filter(c -> !subscribers.globalTitleOf(c.scf()).isEmpty());
    if (o.isEmpty() && sms.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new VlrCamelSubscriptionInfo(
            o.map(c -> oCsi(c, subscribers)).orElse(null),
            null,
            sms.map(c -> smsCsi(c, subscribers)).orElse(null),
            null,
            null,
            List.of()));
  }

  /** O-CSI: one TDP, DP2 collectedInfo. */
  static OCsi oCsi(CamelCsi c, Subscribers subscribers) {
    return new OCsi(
        List.of(
            new OBcsmCamelTdpData(
                COLLECTED_INFO,
                c.serviceKey(),
                scf(c, subscribers),
                c.releaseByDefault() ? 1 : 0,
                null,
                List.of())),
        null,
        CAMEL_PHASE,
        false,
        false,
        List.of());
  }

  /** T-CSI: one TDP, DP12 termAttemptAuthorized. */
  static TCsi tCsi(CamelCsi c, Subscribers subscribers) {
    return new TCsi(
        List.of(
            new TBcsmCamelTdpData(
                TERM_ATTEMPT_AUTHORIZED,
                c.serviceKey(),
                scf(c, subscribers),
                c.releaseByDefault() ? 1 : 0,
                null,
                List.of())),
        null,
        CAMEL_PHASE,
        false,
        false,
        List.of());
  }

  /** MO-SMS-CSI: one TDP, SMS-CollectedInfo (CAMEL phase 3 SMS, TS 23.078 §7.2). */
  static SmsCsi smsCsi(CamelCsi c, Subscribers subscribers) {
    return new SmsCsi(
        List.of(
            new SmsCamelTdpData(
                SMS_COLLECTED_INFO,
                c.serviceKey(),
                scf(c, subscribers),
                c.releaseByDefault() ? 1 : 0,
                null,
                List.of())),
        3,
        null,
        false,
        false,
        List.of());
  }

  /** The gsmSCF address: the SCP node's global title. */
  private static AddressString scf(CamelCsi c, Subscribers subscribers) {
    return AddressString.international(subscribers.globalTitleOf(c.scf()));
  }
}
