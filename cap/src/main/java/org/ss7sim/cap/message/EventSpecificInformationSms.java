package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * {@code EventSpecificInformationSMS} of EventReportSMS (TS 29.078 §7.1, CAP-datatypes).
 *
 * <pre>
 * EventSpecificInformationSMS ::= CHOICE {
 *   o-smsFailureSpecificInfo    [0] SEQUENCE { failureCause [0] MO-SMSCause OPTIONAL, ... },
 *   o-smsSubmissionSpecificInfo [1] SEQUENCE { ... },
 *   t-smsFailureSpecificInfo    [2] SEQUENCE { failureCause [0] MT-SMSCause OPTIONAL, ... },
 *   t-smsDeliverySpecificInfo   [3] SEQUENCE { ... },
 *   ... }
 * MO-SMSCause ::= ENUMERATED { systemFailure(0), unexpectedDataValue(1), facilityNotSupported(2),
 *                              sM-DeliveryFailure(3), releaseFromRadioInterface(4) }
 * MT-SMSCause ::= OCTET STRING (SIZE (1))      -- the RP-Cause of TS 24.011 §8.2.5.4
 * </pre>
 *
 * @param alternative 0..3 as above
 * @param failureCause the contents octets of failureCause (the MO-SMSCause value or the MT RP
 *     cause), or null
 */
public record EventSpecificInformationSms(
    int alternative, Octets failureCause, List<RawElement> unmodelled) {
  public static final int O_SMS_FAILURE = 0;
  public static final int O_SMS_SUBMISSION = 1;
  public static final int T_SMS_FAILURE = 2;
  public static final int T_SMS_DELIVERY = 3;

  private static final SequenceCodec<EventSpecificInformationSms> INNER =
      new SequenceCodec<>(
          "EventSpecificInformationSMS",
          BerTag.contextConstructed(0),
          SequenceCodec.order(ctx(0)),
          List.of(Field.optional("failureCause", 0x80, Codecs.octets(1, 1))),
          v -> new EventSpecificInformationSms(0, v.get(0), v.rest()),
          x -> new Object[] {x.failureCause},
          EventSpecificInformationSms::unmodelled);

  /** The CHOICE (inside the explicit [1] of EventReportSMSArg). */
  public static final BerCodec<EventSpecificInformationSms> CODEC =
      new BerCodec<>() {
        @Override
        public EventSpecificInformationSms decode(BerReader r) throws MalformedMessageException {
          if (!acceptsTag(r.tag())) {
            throw r.error("not an EventSpecificInformationSMS alternative");
          }
          int alt = BerTag.number(r.tag());
          EventSpecificInformationSms v = INNER.decodeContents(r, r.enter());
          return new EventSpecificInformationSms(alt, v.failureCause, v.unmodelled);
        }

        @Override
        public void encode(EventSpecificInformationSms v, int tag, BerWriter out) {
          INNER.encode(v, tag, out);
        }

        @Override
        public int defaultTag() {
          return BerTag.contextConstructed(0);
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag >= 0xa0 && tag <= 0xa3;
        }

        @Override
        public int tagFor(EventSpecificInformationSms v, int fieldTag) {
          return BerTag.contextConstructed(v.alternative);
        }
      };

  public EventSpecificInformationSms {
    if (alternative < 0 || alternative > 3) {
      throw new IllegalArgumentException("alternative out of range: " + alternative);
    }
    unmodelled = List.copyOf(unmodelled);
  }

  /** o-smsFailureSpecificInfo with an MO-SMSCause. */
  public static EventSpecificInformationSms moFailure(int moSmsCause) {
    return new EventSpecificInformationSms(O_SMS_FAILURE, Octets.ofUnsigned(moSmsCause), List.of());
  }

  /** o-smsSubmissionSpecificInfo (empty). */
  public static EventSpecificInformationSms moSubmitted() {
    return new EventSpecificInformationSms(O_SMS_SUBMISSION, null, List.of());
  }
}
