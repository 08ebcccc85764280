package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * {@code EventSpecificInformationBCSM} of EventReportBCSM (TS 29.078 §5.1, CAP-datatypes): a CHOICE
 * of one SEQUENCE per detection point. The cause the SSF reports is modelled; every other component
 * is kept.
 *
 * <pre>
 * EventSpecificInformationBCSM ::= CHOICE {
 *   routeSelectFailureSpecificInfo [2]  SEQUENCE { failureCause [0] Cause OPTIONAL, ... },
 *   oCalledPartyBusySpecificInfo   [3]  SEQUENCE { busyCause [0] Cause OPTIONAL, ... },
 *   oNoAnswerSpecificInfo          [4]  SEQUENCE { ... },
 *   oAnswerSpecificInfo            [5]  SEQUENCE { destinationAddress [50] ..., ... },
 *   oMidCallSpecificInfo           [6]  ...,
 *   oDisconnectSpecificInfo        [7]  SEQUENCE { releaseCause [0] Cause OPTIONAL, ... },
 *   tBusySpecificInfo              [8]  SEQUENCE { busyCause [0] Cause OPTIONAL, callForwarded [50] ..., ... },
 *   tNoAnswerSpecificInfo          [9]  SEQUENCE { callForwarded [50] NULL OPTIONAL, ... },
 *   tAnswerSpecificInfo            [10] SEQUENCE { ... },
 *   tMidCallSpecificInfo           [11] ...,
 *   tDisconnectSpecificInfo        [12] SEQUENCE { releaseCause [0] Cause OPTIONAL, ... },
 *   ... }
 * </pre>
 *
 * @param alternative the tag number of the alternative (equal to nothing in EventTypeBCSM: [2] is
 *     routeSelectFailure, [7] oDisconnect …)
 * @param cause failureCause, busyCause or releaseCause where the alternative has one, else null
 */
public record EventSpecificInformationBcsm(
    int alternative, Cause cause, List<RawElement> unmodelled) {
  public static final int ROUTE_SELECT_FAILURE = 2;
  public static final int O_CALLED_PARTY_BUSY = 3;
  public static final int O_NO_ANSWER = 4;
  public static final int O_ANSWER = 5;
  public static final int O_DISCONNECT = 7;
  public static final int T_BUSY = 8;
  public static final int T_NO_ANSWER = 9;
  public static final int T_ANSWER = 10;
  public static final int T_DISCONNECT = 12;

  private static final SequenceCodec<EventSpecificInformationBcsm> WITH_CAUSE =
      new SequenceCodec<>(
          "EventSpecificInformationBCSM",
          BerTag.contextConstructed(2),
          SequenceCodec.order(ctx(0)),
          List.of(Field.optional("cause", 0x80, Cause.CODEC)),
          v -> new EventSpecificInformationBcsm(2, v.get(0), v.rest()),
          x -> new Object[] {x.cause},
          EventSpecificInformationBcsm::unmodelled);

  private static final SequenceCodec<EventSpecificInformationBcsm> WITHOUT_CAUSE =
      new SequenceCodec<>(
          "EventSpecificInformationBCSM",
          BerTag.contextConstructed(4),
          SequenceCodec.order(),
          List.of(),
          v -> new EventSpecificInformationBcsm(4, null, v.rest()),
          x -> new Object[] {},
          EventSpecificInformationBcsm::unmodelled);

  /** The CHOICE (inside the explicit [2] of EventReportBCSMArg). */
  public static final BerCodec<EventSpecificInformationBcsm> CODEC =
      new BerCodec<>() {
        @Override
        public EventSpecificInformationBcsm decode(BerReader r) throws MalformedMessageException {
          if (!acceptsTag(r.tag())) {
            throw r.error("not an EventSpecificInformationBCSM alternative");
          }
          int alt = BerTag.number(r.tag());
          EventSpecificInformationBcsm v =
              (hasCause(alt) ? WITH_CAUSE : WITHOUT_CAUSE).decodeContents(r, r.enter());
          return new EventSpecificInformationBcsm(alt, v.cause, v.unmodelled);
        }

        @Override
        public void encode(EventSpecificInformationBcsm v, int tag, BerWriter out) {
          (hasCause(v.alternative) ? WITH_CAUSE : WITHOUT_CAUSE).encode(v, tag, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.contextConstructed(2);
        }

        @Override
        public boolean acceptsTag(int tag) {
          return BerTag.tagClass(tag) == BerTag.CLASS_CONTEXT
              && BerTag.isConstructed(tag)
              && BerTag.number(tag) >= 2
              && BerTag.number(tag) <= 30;
        }

        @Override
        public int tagFor(EventSpecificInformationBcsm v, int fieldTag) {
          return BerTag.contextConstructed(v.alternative);
        }
      };

  public EventSpecificInformationBcsm {
    if (alternative < 2 || alternative > 30) {
      throw new IllegalArgumentException("alternative out of range: " + alternative);
    }
    if (cause != null && !hasCause(alternative)) {
      throw new IllegalArgumentException("alternative " + alternative + " carries no cause");
    }
    unmodelled = List.copyOf(unmodelled);
  }

  /** oDisconnectSpecificInfo / tDisconnectSpecificInfo etc. with the given cause. */
  public static EventSpecificInformationBcsm of(int alternative, Cause cause) {
    return new EventSpecificInformationBcsm(alternative, cause, List.of());
  }

  static boolean hasCause(int alternative) {
    return alternative == ROUTE_SELECT_FAILURE
        || alternative == O_CALLED_PARTY_BUSY
        || alternative == O_DISCONNECT
        || alternative == T_BUSY
        || alternative == T_DISCONNECT;
  }
}
