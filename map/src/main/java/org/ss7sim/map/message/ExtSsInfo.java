package org.ss7sim.map.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.RawElement;

/**
 * Ext-SS-Info ::= CHOICE { forwardingInfo [0] Ext-ForwInfo, callBarringInfo [1] Ext-CallBarInfo,
 * cug-Info [2] CUG-Info, ss-Data [3] Ext-SS-Data, emlpp-Info [4] EMLPP-Info } (TS 29.002 §17.7.1):
 * one entry of InsertSubscriberDataArg's provisionedSS [7]. The two call forwarding and call
 * barring alternatives are modelled; the others are kept as they came in {@code other}. Exactly one
 * of the three is set.
 */
public record ExtSsInfo(
    ExtForwInfo forwardingInfo, ExtCallBarInfo callBarringInfo, RawElement other) {
  private static final int FORWARDING = 0xa0;
  private static final int CALL_BARRING = 0xa1;

  public ExtSsInfo {
    int set =
        (forwardingInfo != null ? 1 : 0)
            + (callBarringInfo != null ? 1 : 0)
            + (other != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("exactly one Ext-SS-Info alternative");
    }
  }

  public static ExtSsInfo of(ExtForwInfo v) {
    return new ExtSsInfo(v, null, null);
  }

  public static ExtSsInfo of(ExtCallBarInfo v) {
    return new ExtSsInfo(null, v, null);
  }

  public static final BerCodec<ExtSsInfo> CODEC =
      new BerCodec<>() {
        @Override
        public ExtSsInfo decode(BerReader r) throws MalformedMessageException {
          return switch (r.tag()) {
            case FORWARDING -> of(ExtForwInfo.CODEC.decode(r));
            case CALL_BARRING -> of(ExtCallBarInfo.CODEC.decode(r));
            case 0xa2, 0xa3, 0xa4 -> new ExtSsInfo(null, null, RawElement.of(r));
            default -> throw r.error("not an Ext-SS-Info alternative");
          };
        }

        @Override
        public void encode(ExtSsInfo v, int tag, BerWriter out) {
          if (v.forwardingInfo != null) {
            ExtForwInfo.CODEC.encode(v.forwardingInfo, FORWARDING, out);
          } else if (v.callBarringInfo != null) {
            ExtCallBarInfo.CODEC.encode(v.callBarringInfo, CALL_BARRING, out);
          } else {
            out.raw(v.other.encoding());
          }
        }

        @Override
        public int defaultTag() {
          return FORWARDING;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag >= FORWARDING && tag <= 0xa4;
        }

        @Override
        public int tagFor(ExtSsInfo v, int fieldTag) {
          return v.forwardingInfo != null
              ? FORWARDING
              : v.callBarringInfo != null ? CALL_BARRING : v.other.tag();
        }
      };
}
