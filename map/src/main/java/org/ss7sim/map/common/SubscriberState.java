package org.ss7sim.map.common;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * SubscriberState ::= CHOICE { assumedIdle [0] NULL, camelBusy [1] NULL, netDetNotReachable
 * NotReachableReason, notProvidedFromVLR [2] NULL } (TS 29.002 §17.7.1).
 *
 * @param notReachableReason for {@link Kind#NET_DET_NOT_REACHABLE}: 0 msPurged, 1 imsiDetached, 2
 *     restrictedArea, 3 notRegistered; otherwise -1
 */
public record SubscriberState(Kind kind, int notReachableReason) {
  public enum Kind {
    ASSUMED_IDLE,
    CAMEL_BUSY,
    NET_DET_NOT_REACHABLE,
    NOT_PROVIDED_FROM_VLR
  }

  public static final BerCodec<SubscriberState> CODEC =
      new BerCodec<>() {
        @Override
        public SubscriberState decode(BerReader r) throws MalformedMessageException {
          return SubscriberState.decode(r);
        }

        @Override
        public void encode(SubscriberState v, int tag, BerWriter out) {
          SubscriberState.encode(v, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.context(0);
        }

        @Override
        public boolean acceptsTag(int tag) {
          return isChoiceTag(tag);
        }

        @Override
        public int tagFor(SubscriberState v, int fieldTag) {
          return 0;
        }
      };

  public static boolean isChoiceTag(int tag) {
    return tag == 0x80 || tag == 0x81 || tag == 0x82 || tag == BerTag.ENUMERATED;
  }

  public static SubscriberState decode(BerReader r) throws MalformedMessageException {
    switch (r.tag()) {
      case 0x80:
        r.nullValue();
        return new SubscriberState(Kind.ASSUMED_IDLE, -1);
      case 0x81:
        r.nullValue();
        return new SubscriberState(Kind.CAMEL_BUSY, -1);
      case 0x82:
        r.nullValue();
        return new SubscriberState(Kind.NOT_PROVIDED_FROM_VLR, -1);
      case BerTag.ENUMERATED:
        return new SubscriberState(Kind.NET_DET_NOT_REACHABLE, r.intValue());
      default:
        throw r.error("not a SubscriberState alternative");
    }
  }

  public static void encode(SubscriberState s, BerWriter out) {
    switch (s.kind) {
      case ASSUMED_IDLE -> out.nullValue(BerTag.context(0));
      case CAMEL_BUSY -> out.nullValue(BerTag.context(1));
      case NOT_PROVIDED_FROM_VLR -> out.nullValue(BerTag.context(2));
      case NET_DET_NOT_REACHABLE -> out.enumerated(s.notReachableReason);
    }
  }
}
