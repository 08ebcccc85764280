package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * One item of CallInformationReport (TS 29.078 §5.1, CAP-datatypes). The value alternative has the
 * tag number of the type, so the record holds the type and the one value that goes with it.
 *
 * <pre>
 * RequestedInformation ::= SEQUENCE {
 *   requestedInformationType  [0] RequestedInformationType,
 *   requestedInformationValue [1] RequestedInformationValue }
 * RequestedInformationValue ::= CHOICE {
 *   callAttemptElapsedTimeValue   [0] INTEGER (0..255),            -- seconds
 *   callStopTimeValue             [1] DateAndTime,                 -- OCTET STRING (SIZE (7)), BCD
 *   callConnectedElapsedTimeValue [2] Integer4,                    -- 100 ms units
 *   releaseCauseValue             [30] Cause }
 * </pre>
 *
 * @param elapsedTime the value of the two elapsed-time types, else 0
 * @param callStopTime the DateAndTime octets (YYYYMMDDHHMMSS in swapped BCD), else null
 * @param releaseCause the release cause, else null
 */
public record RequestedInformation(
    RequestedInformationType type, long elapsedTime, Octets callStopTime, Cause releaseCause) {
  public static final BerCodec<RequestedInformation> CODEC =
      new BerCodec<>() {
        @Override
        public RequestedInformation decode(BerReader r) throws MalformedMessageException {
          if (r.tag() != BerTag.SEQUENCE) {
            throw r.error("RequestedInformation must be a SEQUENCE");
          }
          BerReader s = r.enter();
          s.expect(0x80, "requestedInformationType");
          RequestedInformationType type = RequestedInformationType.CODEC.decode(s);
          s.expect(0xa1, "requestedInformationValue");
          BerReader v = s.enter();
          int expected =
              type == RequestedInformationType.RELEASE_CAUSE
                  ? BerTag.context(30)
                  : BerTag.context(type.code());
          v.expect(expected, "the value of " + type.specName());
          RequestedInformation out =
              switch (type) {
                case CALL_ATTEMPT_ELAPSED_TIME -> {
                  long t = v.longValue();
                  if (t < 0 || t > 255) {
                    throw v.error("callAttemptElapsedTimeValue " + t + " outside 0..255");
                  }
                  yield new RequestedInformation(type, t, null, null);
                }
                case CALL_CONNECTED_ELAPSED_TIME -> {
                  long t = v.longValue();
                  if (t < 0 || t > Integer.MAX_VALUE) {
                    throw v.error("callConnectedElapsedTimeValue " + t + " out of range");
                  }
                  yield new RequestedInformation(type, t, null, null);
                }
                case CALL_STOP_TIME -> {
                  Octets d = v.octets();
                  if (d.length() != 7) {
                    throw v.error("DateAndTime of " + d.length() + " octets (7 expected)");
                  }
                  yield new RequestedInformation(type, 0, d, null);
                }
                case RELEASE_CAUSE ->
                    new RequestedInformation(type, 0, null, Cause.CODEC.decode(v));
              };
          v.requireEnd("requestedInformationValue");
          s.requireEnd("RequestedInformation");
          return out;
        }

        @Override
        public void encode(RequestedInformation x, int tag, BerWriter out) {
          int m = out.start(tag);
          out.integer(0x80, x.type.code());
          int n = out.start(0xa1);
          int valueTag = BerTag.context(x.type.code());
          switch (x.type) {
            case CALL_ATTEMPT_ELAPSED_TIME, CALL_CONNECTED_ELAPSED_TIME ->
                out.integer(valueTag, x.elapsedTime);
            case CALL_STOP_TIME -> out.octetString(valueTag, x.callStopTime);
            case RELEASE_CAUSE -> Cause.CODEC.encode(x.releaseCause, valueTag, out);
          }
          out.end(n);
          out.end(m);
        }

        @Override
        public int defaultTag() {
          return BerTag.SEQUENCE;
        }
      };

  public RequestedInformation {
    java.util.Objects.requireNonNull(type, "type");
    boolean ok =
        switch (type) {
          case CALL_ATTEMPT_ELAPSED_TIME ->
              elapsedTime >= 0
                  && elapsedTime <= 255
                  && callStopTime == null
                  && releaseCause == null;
          case CALL_CONNECTED_ELAPSED_TIME ->
              elapsedTime >= 0
                  && elapsedTime <= Integer.MAX_VALUE
                  && callStopTime == null
                  && releaseCause == null;
          case CALL_STOP_TIME ->
              callStopTime != null && callStopTime.length() == 7 && releaseCause == null;
          case RELEASE_CAUSE -> releaseCause != null && callStopTime == null;
        };
    if (!ok) {
      throw new IllegalArgumentException("value does not match " + type.specName());
    }
  }

  public static RequestedInformation callConnectedElapsedTime(long tenthsOfSecond) {
    return new RequestedInformation(
        RequestedInformationType.CALL_CONNECTED_ELAPSED_TIME, tenthsOfSecond, null, null);
  }

  public static RequestedInformation callAttemptElapsedTime(int seconds) {
    return new RequestedInformation(
        RequestedInformationType.CALL_ATTEMPT_ELAPSED_TIME, seconds, null, null);
  }

  public static RequestedInformation callStopTime(Octets dateAndTime) {
    return new RequestedInformation(RequestedInformationType.CALL_STOP_TIME, 0, dateAndTime, null);
  }

  public static RequestedInformation releaseCause(Cause cause) {
    return new RequestedInformation(RequestedInformationType.RELEASE_CAUSE, 0, null, cause);
  }
}
