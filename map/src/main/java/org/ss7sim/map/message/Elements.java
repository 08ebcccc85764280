package org.ss7sim.map.message;

import java.util.List;
import java.util.Optional;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.RawElement;

/**
 * Components a parameter keeps unmodelled, written and read with their own types: the data the HLR
 * gives the VLR in InsertSubscriberDataArg (provisionedSS [7], vlrCamelSubscriptionInfo [13], TS
 * 29.002 §8.8.1) and the GMSC in SendRoutingInfoRes (forwardingData, camelRoutingInfo [8], §10.1),
 * and the GMSC's camelInfo [11] in SendRoutingInfoArg. The parameters' own codecs put the elements
 * back in their ASN.1 position.
 */
public final class Elements {
  private Elements() {}

  /** InsertSubscriberDataArg's provisionedSS [7]. */
  public static final int PROVISIONED_SS = 0xa7;

  /** InsertSubscriberDataArg's vlrCamelSubscriptionInfo [13]. */
  public static final int VLR_CAMEL_SUBSCRIPTION_INFO = 0xad;

  /** SendRoutingInfoRes's forwardingData (the untagged SEQUENCE alternative of routingInfo). */
  public static final int FORWARDING_DATA = BerTag.SEQUENCE;

  /** SendRoutingInfoRes's camelRoutingInfo [8]. */
  public static final int CAMEL_ROUTING_INFO = 0xa8;

  /** SendRoutingInfoArg's camelInfo [11]. */
  public static final int CAMEL_INFO = 0xab;

  private static final BerCodec<List<ExtSsInfo>> SS_LIST = Codecs.sequenceOf(ExtSsInfo.CODEC, 30);

  /** {@code value} encoded by {@code codec} under {@code tag}, as an unmodelled element. */
  public static <T> RawElement of(BerCodec<T> codec, T value, int tag) {
    WireWriter w = new WireWriter(64);
    codec.encode(value, tag, new BerWriter(w));
    return new RawElement(tag, w.toOctets());
  }

  /** The first element of {@code elements} with {@code tag}, decoded by {@code codec}. */
  public static <T> Optional<T> find(List<RawElement> elements, int tag, BerCodec<T> codec)
      throws MalformedMessageException {
    for (RawElement e : elements) {
      if (e.tag() == tag) {
        BerReader r = BerReader.of(e.encoding());
        r.next();
        return Optional.of(codec.decode(r));
      }
    }
    return Optional.empty();
  }

  /** provisionedSS [7] holding {@code ss}. */
  public static RawElement provisionedSs(List<ExtSsInfo> ss) {
    return of(SS_LIST, ss, PROVISIONED_SS);
  }

  /** The provisionedSS of {@code a}; empty when it has none. */
  public static List<ExtSsInfo> provisionedSs(InsertSubscriberDataArg a)
      throws MalformedMessageException {
    return find(a.unmodelled(), PROVISIONED_SS, SS_LIST).orElse(List.of());
  }

  /** vlrCamelSubscriptionInfo [13] holding {@code info}. */
  public static RawElement vlrCamel(VlrCamelSubscriptionInfo info) {
    return of(VlrCamelSubscriptionInfo.CODEC, info, VLR_CAMEL_SUBSCRIPTION_INFO);
  }

  /** The vlrCamelSubscriptionInfo of {@code a}, if it has one. */
  public static Optional<VlrCamelSubscriptionInfo> vlrCamel(InsertSubscriberDataArg a)
      throws MalformedMessageException {
    return find(a.unmodelled(), VLR_CAMEL_SUBSCRIPTION_INFO, VlrCamelSubscriptionInfo.CODEC);
  }

  /** forwardingData for SendRoutingInfoRes's unmodelled components. */
  public static RawElement forwardingData(ForwardingData data) {
    return of(ForwardingData.CODEC, data, FORWARDING_DATA);
  }

  /** The forwardingData of {@code res}, if the HLR sent one. */
  public static Optional<ForwardingData> forwardingData(SendRoutingInfoRes res)
      throws MalformedMessageException {
    return find(res.unmodelled(), FORWARDING_DATA, ForwardingData.CODEC);
  }

  /** camelRoutingInfo [8] for SendRoutingInfoRes's unmodelled components. */
  public static RawElement camelRoutingInfo(CamelRoutingInfo info) {
    return of(CamelRoutingInfo.CODEC, info, CAMEL_ROUTING_INFO);
  }

  /** The camelRoutingInfo of {@code res}, if the HLR sent one. */
  public static Optional<CamelRoutingInfo> camelRoutingInfo(SendRoutingInfoRes res)
      throws MalformedMessageException {
    return find(res.unmodelled(), CAMEL_ROUTING_INFO, CamelRoutingInfo.CODEC);
  }

  /** camelInfo [11] for SendRoutingInfoArg's unmodelled components. */
  public static RawElement camelInfo(CamelInfo info) {
    return of(CamelInfo.CODEC, info, CAMEL_INFO);
  }

  /** The camelInfo of {@code arg}, if the GMSC sent one. */
  public static Optional<CamelInfo> camelInfo(SendRoutingInfoArg arg)
      throws MalformedMessageException {
    return find(arg.unmodelled(), CAMEL_INFO, CamelInfo.CODEC);
  }
}
