package org.ss7sim.isup.message;

import org.ss7sim.isup.parameter.BackwardCallIndicators;
import org.ss7sim.isup.parameter.CalledPartyNumber;
import org.ss7sim.isup.parameter.CallingPartysCategory;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.CircuitGroupSupervisionType;
import org.ss7sim.isup.parameter.CircuitStateIndicator;
import org.ss7sim.isup.parameter.ContinuityIndicators;
import org.ss7sim.isup.parameter.EventInformation;
import org.ss7sim.isup.parameter.FacilityIndicator;
import org.ss7sim.isup.parameter.ForwardCallIndicators;
import org.ss7sim.isup.parameter.InformationIndicators;
import org.ss7sim.isup.parameter.InformationRequestIndicators;
import org.ss7sim.isup.parameter.NatureOfConnectionIndicators;
import org.ss7sim.isup.parameter.RangeAndStatus;
import org.ss7sim.isup.parameter.SubsequentNumber;
import org.ss7sim.isup.parameter.SuspendResumeIndicators;
import org.ss7sim.isup.parameter.TransmissionMediumRequirement;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * The ISUP message codec (Q.763 §1): CIC (12 bits, least significant octet first), message type,
 * mandatory fixed part, pointers and mandatory variable part, optional part. Stateless.
 *
 * <p>The input is the MTP user data of an MTP-TRANSFER indication: it starts with the CIC (the
 * routing label belongs to MTP).
 */
public final class IsupMessageCodec {
  /** Shortest decodable message: CIC and message type. */
  public static final int HEADER_LENGTH = 3;

  private IsupMessageCodec() {}

  /** Reads the CIC of a message without decoding the rest, or -1 when too short. */
  public static int peekCic(Octets message) {
    return message.length() < 2 ? -1 : (message.get(0) | message.get(1) << 8) & Cic.MAX;
  }

  /** Reads the message type code without decoding the rest, or -1 when too short. */
  public static int peekType(Octets message) {
    return message.length() < HEADER_LENGTH ? -1 : message.get(2);
  }

  /**
   * Decodes one whole message: all of {@code in}'s remaining bytes (reported offsets count from
   * there).
   */
  public static IsupMessage decode(WireReader in) throws MalformedMessageException {
    return decode(in.readRemaining());
  }

  /** Decodes a whole message held in {@code message}. */
  public static IsupMessage decode(Octets message) throws MalformedMessageException {
    int length = message.length();
    if (length < HEADER_LENGTH) {
      throw new MalformedMessageException(
          "ISUP CIC and message type: " + length + " octets", 0, "Q.763 §1.2");
    }
    Cic cic = Cic.of((message.get(0) | message.get(1) << 8) & Cic.MAX);
    int code = message.get(2);
    IsupMessageType type = IsupMessageType.fromCode(code);
    if (type == IsupMessageType.UNRECOGNIZED) {
      return new UnknownMessage(cic, code, message.slice(HEADER_LENGTH));
    }
    int fixedEnd = HEADER_LENGTH + type.fixedPartLength();
    if (length < fixedEnd) {
      // (no string building on the success path)
      throw new MalformedMessageException(
          type + " mandatory fixed part truncated", length, "Q.763 §1.6");
    }
    // Octets after the last part of a message are ignored (Q.764 §2.9.5.3: extra octets).
    return decode(type, cic, message, MessageParts.of(message, fixedEnd));
  }

  /**
   * {@code fixed} is the whole message: mandatory fixed parameters are read at their offsets in it
   * (the fixed part starts at offset 3, after CIC and message type).
   */
  private static IsupMessage decode(IsupMessageType type, Cic cic, Octets fixed, MessageParts parts)
      throws MalformedMessageException {
    return switch (type) {
      case IAM -> {
        NatureOfConnectionIndicators natureOfConnection =
            NatureOfConnectionIndicators.valueOf(fixed.get(3));
        ForwardCallIndicators forwardCall =
            new ForwardCallIndicators(fixed.get(4) | fixed.get(5) << 8);
        CallingPartysCategory callingPartysCategory = CallingPartysCategory.valueOf(fixed.get(6));
        TransmissionMediumRequirement transmissionMediumRequirement =
            TransmissionMediumRequirement.valueOf(fixed.get(7));
        CalledPartyNumber calledPartyNumber =
            CalledPartyNumber.decode(parts.variable(0, "calledPartyNumber"));
        yield new InitialAddress(
            cic,
            natureOfConnection,
            forwardCall,
            callingPartysCategory,
            transmissionMediumRequirement,
            calledPartyNumber,
            parts.optional(1));
      }
      case SAM -> {
        SubsequentNumber subsequentNumber =
            SubsequentNumber.decode(parts.variable(0, "subsequentNumber"));
        yield new SubsequentAddress(cic, subsequentNumber, parts.optional(1));
      }
      case INR -> {
        InformationRequestIndicators indicators =
            new InformationRequestIndicators(fixed.get(3) | fixed.get(4) << 8);
        yield new InformationRequest(cic, indicators, parts.optional(0));
      }
      case INF -> {
        InformationIndicators indicators =
            new InformationIndicators(fixed.get(3) | fixed.get(4) << 8);
        yield new Information(cic, indicators, parts.optional(0));
      }
      case COT -> {
        ContinuityIndicators indicators = ContinuityIndicators.valueOf(fixed.get(3));
        yield new Continuity(cic, indicators);
      }
      case ACM -> {
        BackwardCallIndicators backwardCall =
            new BackwardCallIndicators(fixed.get(3) | fixed.get(4) << 8);
        yield new AddressComplete(cic, backwardCall, parts.optional(0));
      }
      case CON -> {
        BackwardCallIndicators backwardCall =
            new BackwardCallIndicators(fixed.get(3) | fixed.get(4) << 8);
        yield new Connect(cic, backwardCall, parts.optional(0));
      }
      case FOT -> new ForwardTransfer(cic, parts.optional(0));
      case ANM -> new Answer(cic, parts.optional(0));
      case REL -> {
        CauseIndicators cause = CauseIndicators.decode(parts.variable(0, "cause"));
        yield new Release(cic, cause, parts.optional(1));
      }
      case SUS -> {
        SuspendResumeIndicators indicators = SuspendResumeIndicators.valueOf(fixed.get(3));
        yield new Suspend(cic, indicators, parts.optional(0));
      }
      case RES -> {
        SuspendResumeIndicators indicators = SuspendResumeIndicators.valueOf(fixed.get(3));
        yield new Resume(cic, indicators, parts.optional(0));
      }
      case RLC -> new ReleaseComplete(cic, parts.optional(0));
      case CCR -> new ContinuityCheckRequest(cic);
      case RSC -> new ResetCircuit(cic);
      case BLO -> new Blocking(cic);
      case UBL -> new Unblocking(cic);
      case BLA -> new BlockingAcknowledgement(cic);
      case UBA -> new UnblockingAcknowledgement(cic);
      case GRS -> {
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupReset(cic, rangeAndStatus);
      }
      case CGB -> {
        CircuitGroupSupervisionType supervisionType =
            CircuitGroupSupervisionType.valueOf(fixed.get(3));
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupBlocking(cic, supervisionType, rangeAndStatus);
      }
      case CGU -> {
        CircuitGroupSupervisionType supervisionType =
            CircuitGroupSupervisionType.valueOf(fixed.get(3));
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupUnblocking(cic, supervisionType, rangeAndStatus);
      }
      case CGBA -> {
        CircuitGroupSupervisionType supervisionType =
            CircuitGroupSupervisionType.valueOf(fixed.get(3));
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupBlockingAcknowledgement(cic, supervisionType, rangeAndStatus);
      }
      case CGUA -> {
        CircuitGroupSupervisionType supervisionType =
            CircuitGroupSupervisionType.valueOf(fixed.get(3));
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupUnblockingAcknowledgement(cic, supervisionType, rangeAndStatus);
      }
      case FAR -> {
        FacilityIndicator facility = FacilityIndicator.valueOf(fixed.get(3));
        yield new FacilityRequest(cic, facility, parts.optional(0));
      }
      case FAA -> {
        FacilityIndicator facility = FacilityIndicator.valueOf(fixed.get(3));
        yield new FacilityAccepted(cic, facility, parts.optional(0));
      }
      case FRJ -> {
        FacilityIndicator facility = FacilityIndicator.valueOf(fixed.get(3));
        CauseIndicators cause = CauseIndicators.decode(parts.variable(0, "cause"));
        yield new FacilityReject(cic, facility, cause, parts.optional(1));
      }
      case LPA -> new LoopbackAcknowledgement(cic);
      case GRA -> {
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupResetAcknowledgement(cic, rangeAndStatus);
      }
      case CQM -> {
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        yield new CircuitGroupQuery(cic, rangeAndStatus);
      }
      case CQR -> {
        RangeAndStatus rangeAndStatus = RangeAndStatus.decode(parts.variable(0, "rangeAndStatus"));
        CircuitStateIndicator circuitStates =
            CircuitStateIndicator.decode(parts.variable(1, "circuitStates"));
        yield new CircuitGroupQueryResponse(cic, rangeAndStatus, circuitStates);
      }
      case CPG -> {
        EventInformation event = EventInformation.valueOf(fixed.get(3));
        yield new CallProgress(cic, event, parts.optional(0));
      }
      case UCIC -> new UnequippedCic(cic);
      case CFN -> {
        CauseIndicators cause = CauseIndicators.decode(parts.variable(0, "cause"));
        yield new Confusion(cic, cause, parts.optional(1));
      }
      case OLM -> new Overload(cic);
      case UNRECOGNIZED -> throw new IllegalStateException("handled by the caller");
    };
  }

  /** Encodes {@code message} onto {@code out}. */
  public static void encode(IsupMessage message, WireWriter out) {
    out.writeU16Le(message.cic().value());
    out.writeU8(message.typeCode());
    switch (message.type()) {
      case IAM -> {
        InitialAddress m = (InitialAddress) message;
        m.natureOfConnection().encodeContent(out);
        m.forwardCall().encodeContent(out);
        m.callingPartysCategory().encodeContent(out);
        m.transmissionMediumRequirement().encodeContent(out);
        PartWriter w = PartWriter.start(out, 2);
        w.variable(m.calledPartyNumber());
        w.optional(m.optional());
      }
      case SAM -> {
        SubsequentAddress m = (SubsequentAddress) message;
        PartWriter w = PartWriter.start(out, 2);
        w.variable(m.subsequentNumber());
        w.optional(m.optional());
      }
      case INR -> {
        InformationRequest m = (InformationRequest) message;
        m.indicators().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case INF -> {
        Information m = (Information) message;
        m.indicators().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case COT -> {
        Continuity m = (Continuity) message;
        m.indicators().encodeContent(out);
      }
      case ACM -> {
        AddressComplete m = (AddressComplete) message;
        m.backwardCall().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case CON -> {
        Connect m = (Connect) message;
        m.backwardCall().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case FOT -> {
        ForwardTransfer m = (ForwardTransfer) message;
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case ANM -> {
        Answer m = (Answer) message;
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case REL -> {
        Release m = (Release) message;
        PartWriter w = PartWriter.start(out, 2);
        w.variable(m.cause());
        w.optional(m.optional());
      }
      case SUS -> {
        Suspend m = (Suspend) message;
        m.indicators().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case RES -> {
        Resume m = (Resume) message;
        m.indicators().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case RLC -> {
        ReleaseComplete m = (ReleaseComplete) message;
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case CCR -> {}
      case RSC -> {}
      case BLO -> {}
      case UBL -> {}
      case BLA -> {}
      case UBA -> {}
      case GRS -> {
        CircuitGroupReset m = (CircuitGroupReset) message;
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case CGB -> {
        CircuitGroupBlocking m = (CircuitGroupBlocking) message;
        m.supervisionType().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case CGU -> {
        CircuitGroupUnblocking m = (CircuitGroupUnblocking) message;
        m.supervisionType().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case CGBA -> {
        CircuitGroupBlockingAcknowledgement m = (CircuitGroupBlockingAcknowledgement) message;
        m.supervisionType().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case CGUA -> {
        CircuitGroupUnblockingAcknowledgement m = (CircuitGroupUnblockingAcknowledgement) message;
        m.supervisionType().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case FAR -> {
        FacilityRequest m = (FacilityRequest) message;
        m.facility().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case FAA -> {
        FacilityAccepted m = (FacilityAccepted) message;
        m.facility().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case FRJ -> {
        FacilityReject m = (FacilityReject) message;
        m.facility().encodeContent(out);
        PartWriter w = PartWriter.start(out, 2);
        w.variable(m.cause());
        w.optional(m.optional());
      }
      case LPA -> {}
      case GRA -> {
        CircuitGroupResetAcknowledgement m = (CircuitGroupResetAcknowledgement) message;
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case CQM -> {
        CircuitGroupQuery m = (CircuitGroupQuery) message;
        PartWriter w = PartWriter.start(out, 1);
        w.variable(m.rangeAndStatus());
      }
      case CQR -> {
        CircuitGroupQueryResponse m = (CircuitGroupQueryResponse) message;
        PartWriter w = PartWriter.start(out, 2);
        w.variable(m.rangeAndStatus());
        w.variable(m.circuitStates());
      }
      case CPG -> {
        CallProgress m = (CallProgress) message;
        m.event().encodeContent(out);
        PartWriter w = PartWriter.start(out, 1);
        w.optional(m.optional());
      }
      case UCIC -> {}
      case CFN -> {
        Confusion m = (Confusion) message;
        PartWriter w = PartWriter.start(out, 2);
        w.variable(m.cause());
        w.optional(m.optional());
      }
      case OLM -> {}
      case UNRECOGNIZED -> out.writeOctets(((UnknownMessage) message).body());
    }
  }

  /** Encodes {@code message} into new octets. */
  public static Octets encode(IsupMessage message) {
    WireWriter out = new WireWriter(64);
    encode(message, out);
    return out.toOctets();
  }
}
