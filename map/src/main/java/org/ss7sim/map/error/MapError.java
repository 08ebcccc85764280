package org.ss7sim.map.error;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * A MAP error as carried by a TCAP ReturnError: its code and optional parameter.
 *
 * @param parameter {@code null} when the error has none
 */
public record MapError(MapErrorCode code, MapErrorParameter parameter) {
  public static MapError of(MapErrorCode code) {
    return new MapError(code, null);
  }

  /**
   * sm-DeliveryFailure with its cause (memoryCapacityExceeded 0 … subscriberNotSC-Subscriber 6).
   */
  public static MapError smDeliveryFailure(int cause) {
    return new MapError(MapErrorCode.SM_DELIVERY_FAILURE, SmDeliveryFailureCause.of(cause));
  }

  /**
   * absentSubscriberSM with its diagnostic (TS 23.040 §3.3.2: 0 no paging response, 1 IMSI detached
   * …).
   */
  public static MapError absentSubscriberSm(Integer diagnostic) {
    return new MapError(
        MapErrorCode.ABSENT_SUBSCRIBER_SM,
        new AbsentSubscriberSmParam(diagnostic, null, null, java.util.List.of()));
  }

  /** Decodes the parameter (the whole BER element, or empty) of error {@code code}. */
  public static MapError decode(MapErrorCode code, Octets parameter)
      throws MalformedMessageException {
    if (parameter == null || parameter.isEmpty()) {
      return new MapError(code, null);
    }
    BerReader r = BerReader.of(parameter);
    r.next();
    try {
      return decode(code, parameter, r);
    } catch (IllegalArgumentException e) {
      throw r.error(e.getMessage());
    }
  }

  private static MapError decode(MapErrorCode code, Octets parameter, BerReader r)
      throws MalformedMessageException {
    MapErrorParameter p =
        switch (code.shape) {
          case NONE, RAW -> new RawErrorParam(parameter);
          case EXTENSIBLE -> ExtensibleErrorParam.CODEC.decode(r);
          case UNEXPECTED_DATA -> UnexpectedDataParam.CODEC.decode(r);
          case UNKNOWN_SUBSCRIBER -> UnknownSubscriberParam.CODEC.decode(r);
          case ABSENT_SUBSCRIBER_SM -> AbsentSubscriberSmParam.CODEC.decode(r);
          case ABSENT_SUBSCRIBER -> AbsentSubscriberParam.CODEC.decode(r);
          case SM_DELIVERY_FAILURE -> SmDeliveryFailureCause.CODEC.decode(r);
          case SUB_BUSY_FOR_MT_SMS -> SubBusyForMtSmsParam.CODEC.decode(r);
          case ROAMING_NOT_ALLOWED -> RoamingNotAllowedParam.CODEC.decode(r);
          case CALL_BARRED ->
              r.tag() == BerTag.ENUMERATED
                  ? new EnumeratedErrorParam(r.intValue())
                  : ExtensibleCallBarredParam.CODEC.decode(r);
          case SYSTEM_FAILURE ->
              r.tag() == BerTag.ENUMERATED
                  ? new EnumeratedErrorParam(r.intValue())
                  : ExtensibleSystemFailureParam.CODEC.decode(r);
        };
    r.requireEnd("error parameter");
    return new MapError(code, p);
  }

  /** The parameter as a whole BER element, or empty. */
  public Octets encodeParameter() {
    if (parameter == null) {
      return Octets.EMPTY;
    }
    if (parameter instanceof RawErrorParam raw) {
      return raw.element();
    }
    WireWriter w = new WireWriter(32);
    BerWriter b = new BerWriter(w);
    if (parameter instanceof EnumeratedErrorParam e) {
      b.enumerated(e.value());
    } else {
      write(parameter, b);
    }
    return w.toOctets();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void write(MapErrorParameter p, BerWriter b) {
    BerCodec codec;
    if (p instanceof ExtensibleErrorParam) {
      codec = ExtensibleErrorParam.CODEC;
    } else if (p instanceof UnexpectedDataParam) {
      codec = UnexpectedDataParam.CODEC;
    } else if (p instanceof UnknownSubscriberParam) {
      codec = UnknownSubscriberParam.CODEC;
    } else if (p instanceof AbsentSubscriberSmParam) {
      codec = AbsentSubscriberSmParam.CODEC;
    } else if (p instanceof AbsentSubscriberParam) {
      codec = AbsentSubscriberParam.CODEC;
    } else if (p instanceof SmDeliveryFailureCause) {
      codec = SmDeliveryFailureCause.CODEC;
    } else if (p instanceof SubBusyForMtSmsParam) {
      codec = SubBusyForMtSmsParam.CODEC;
    } else if (p instanceof RoamingNotAllowedParam) {
      codec = RoamingNotAllowedParam.CODEC;
    } else if (p instanceof ExtensibleCallBarredParam) {
      codec = ExtensibleCallBarredParam.CODEC;
    } else {
      codec = ExtensibleSystemFailureParam.CODEC;
    }
    codec.encode(p, BerTag.SEQUENCE, b);
  }
}
