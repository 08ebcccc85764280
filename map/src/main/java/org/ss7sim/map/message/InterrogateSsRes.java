package org.ss7sim.map.message;

import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Codecs;

/**
 * InterrogateSS-Res ::= CHOICE { ss-Status [0] SS-Status, basicServiceGroupList [2]
 * BasicServiceGroupList, forwardingFeatureList [3] ForwardingFeatureList, genericServiceInfo [4]
 * GenericServiceInfo } (TS 29.002 §11.6, §17.7.4). Exactly one alternative is set.
 */
public record InterrogateSsRes(
    Octets ssStatus,
    List<BasicServiceCode> basicServiceGroupList,
    List<ForwardingFeature> forwardingFeatureList,
    GenericServiceInfo genericServiceInfo)
    implements MapParameter {
  private static final int SS_STATUS = 0x80;
  private static final int BASIC_SERVICES = 0xa2;
  private static final int FORWARDING = 0xa3;
  private static final int GENERIC = 0xa4;
  private static final BerCodec<Octets> STATUS = Codecs.octets(1, 1);
  private static final BerCodec<List<BasicServiceCode>> BASIC_SERVICE_LIST =
      Codecs.sequenceOf(BasicServiceCode.CODEC, 13);
  private static final BerCodec<List<ForwardingFeature>> FEATURE_LIST =
      Codecs.sequenceOf(ForwardingFeature.CODEC, 13);

  public InterrogateSsRes {
    int set =
        (ssStatus != null ? 1 : 0)
            + (basicServiceGroupList != null ? 1 : 0)
            + (forwardingFeatureList != null ? 1 : 0)
            + (genericServiceInfo != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("exactly one InterrogateSS-Res alternative");
    }
    basicServiceGroupList =
        basicServiceGroupList == null ? null : List.copyOf(basicServiceGroupList);
    forwardingFeatureList =
        forwardingFeatureList == null ? null : List.copyOf(forwardingFeatureList);
  }

  /** The ss-Status alternative (TS 23.011 §3.2: bits Q, P, R, A from 4 to 1). */
  public static InterrogateSsRes status(int ssStatus) {
    return new InterrogateSsRes(Octets.ofUnsigned(ssStatus), null, null, null);
  }

  public static InterrogateSsRes forwarding(List<ForwardingFeature> features) {
    return new InterrogateSsRes(null, null, features, null);
  }

  public static final BerCodec<InterrogateSsRes> CODEC =
      new BerCodec<>() {
        @Override
        public InterrogateSsRes decode(BerReader r) throws MalformedMessageException {
          return switch (r.tag()) {
            case SS_STATUS -> new InterrogateSsRes(STATUS.decode(r), null, null, null);
            case BASIC_SERVICES ->
                new InterrogateSsRes(null, BASIC_SERVICE_LIST.decode(r), null, null);
            case FORWARDING -> new InterrogateSsRes(null, null, FEATURE_LIST.decode(r), null);
            case GENERIC ->
                new InterrogateSsRes(null, null, null, GenericServiceInfo.CODEC.decode(r));
            default -> throw r.error("not an InterrogateSS-Res alternative");
          };
        }

        @Override
        public void encode(InterrogateSsRes v, int tag, BerWriter out) {
          if (v.ssStatus != null) {
            STATUS.encode(v.ssStatus, SS_STATUS, out);
          } else if (v.basicServiceGroupList != null) {
            BASIC_SERVICE_LIST.encode(v.basicServiceGroupList, BASIC_SERVICES, out);
          } else if (v.forwardingFeatureList != null) {
            FEATURE_LIST.encode(v.forwardingFeatureList, FORWARDING, out);
          } else {
            GenericServiceInfo.CODEC.encode(v.genericServiceInfo, GENERIC, out);
          }
        }

        @Override
        public int defaultTag() {
          return SS_STATUS;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == SS_STATUS || tag == BASIC_SERVICES || tag == FORWARDING || tag == GENERIC;
        }

        @Override
        public int tagFor(InterrogateSsRes v, int fieldTag) {
          if (v.ssStatus != null) {
            return SS_STATUS;
          }
          if (v.basicServiceGroupList != null) {
            return BASIC_SERVICES;
          }
          return v.forwardingFeatureList != null ? FORWARDING : GENERIC;
        }
      };
}
