package org.ss7sim.map.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;

/**
 * SS-Info ::= CHOICE { forwardingInfo [0] ForwardingInfo, callBarringInfo [1] CallBarringInfo,
 * ss-Data [3] SS-Data } (TS 29.002 §17.7.4): the result of registerSS, eraseSS, activateSS and
 * deactivateSS (§11.2–§11.5). Exactly one alternative is set.
 */
public record SsInfo(ForwardingInfo forwardingInfo, CallBarringInfo callBarringInfo, SsData ssData)
    implements MapParameter {
  private static final int FORWARDING = 0xa0;
  private static final int CALL_BARRING = 0xa1;
  private static final int SS_DATA = 0xa3;

  public SsInfo {
    int set =
        (forwardingInfo != null ? 1 : 0)
            + (callBarringInfo != null ? 1 : 0)
            + (ssData != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("exactly one SS-Info alternative");
    }
  }

  public static SsInfo of(ForwardingInfo v) {
    return new SsInfo(v, null, null);
  }

  public static SsInfo of(CallBarringInfo v) {
    return new SsInfo(null, v, null);
  }

  public static SsInfo of(SsData v) {
    return new SsInfo(null, null, v);
  }

  public static final BerCodec<SsInfo> CODEC =
      new BerCodec<>() {
        @Override
        public SsInfo decode(BerReader r) throws MalformedMessageException {
          return switch (r.tag()) {
            case FORWARDING -> of(ForwardingInfo.CODEC.decode(r));
            case CALL_BARRING -> of(CallBarringInfo.CODEC.decode(r));
            case SS_DATA -> of(SsData.CODEC.decode(r));
            default -> throw r.error("not an SS-Info alternative");
          };
        }

        @Override
        public void encode(SsInfo v, int tag, BerWriter out) {
          if (v.forwardingInfo != null) {
            ForwardingInfo.CODEC.encode(v.forwardingInfo, FORWARDING, out);
          } else if (v.callBarringInfo != null) {
            CallBarringInfo.CODEC.encode(v.callBarringInfo, CALL_BARRING, out);
          } else {
            SsData.CODEC.encode(v.ssData, SS_DATA, out);
          }
        }

        @Override
        public int defaultTag() {
          return SS_DATA;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == FORWARDING || tag == CALL_BARRING || tag == SS_DATA;
        }

        @Override
        public int tagFor(SsInfo v, int fieldTag) {
          return v.forwardingInfo != null
              ? FORWARDING
              : v.callBarringInfo != null ? CALL_BARRING : SS_DATA;
        }
      };
}
