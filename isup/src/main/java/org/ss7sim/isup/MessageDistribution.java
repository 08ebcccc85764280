package org.ss7sim.isup;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.isup.call.CallProcessing;
import org.ss7sim.isup.circuit.Circuit;
import org.ss7sim.isup.circuit.CircuitSupervision;
import org.ss7sim.isup.circuit.Signalling;
import org.ss7sim.isup.circuit.TrunkGroup;
import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.CircuitGroupBlocking;
import org.ss7sim.isup.message.CircuitGroupBlockingAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupQuery;
import org.ss7sim.isup.message.CircuitGroupReset;
import org.ss7sim.isup.message.CircuitGroupResetAcknowledgement;
import org.ss7sim.isup.message.CircuitGroupUnblocking;
import org.ss7sim.isup.message.CircuitGroupUnblockingAcknowledgement;
import org.ss7sim.isup.message.Confusion;
import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.isup.message.IsupMessageCodec;
import org.ss7sim.isup.message.IsupMessageType;
import org.ss7sim.isup.message.Release;
import org.ss7sim.isup.message.UnequippedCic;
import org.ss7sim.isup.message.UnknownMessage;
import org.ss7sim.isup.parameter.CauseIndicators;
import org.ss7sim.isup.parameter.CauseValue;
import org.ss7sim.isup.parameter.MessageCompatibilityInformation;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/**
 * Message distribution (Q.761 MDSC) of one exchange: decodes what MTP delivers, routes each message
 * by (OPC, CIC) to its circuit, and hands it to call processing or circuit supervision. The one
 * place bad input is caught and answered (Q.764 §2.9.5, §2.12): unknown CICs get UCIC, unrecognised
 * messages CFN (or what their message compatibility information says), undecodable ones CFN,
 * REL-as-released or a refused IAM; nothing is thrown.
 */
final class MessageDistribution {
  private static final Logger LOG = LoggerFactory.getLogger(MessageDistribution.class);

  private final Map<PointCode, List<TrunkGroup>> byRemote;
  private final IsupConfig config;
  private final CircuitSupervision supervision;
  private final CallProcessing calls;
  private final IsupCounters counters;
  private final Signalling signalling;

  MessageDistribution(
      Map<PointCode, List<TrunkGroup>> byRemote,
      IsupConfig config,
      CircuitSupervision supervision,
      CallProcessing calls,
      IsupCounters counters,
      Signalling signalling) {
    this.byRemote = byRemote;
    this.config = config;
    this.supervision = supervision;
    this.calls = calls;
    this.counters = counters;
    this.signalling = signalling;
  }

  /** One ISUP message from {@code opc}, as MTP delivered it. */
  void receive(PointCode opc, Octets data) {
    if (data.length() < IsupMessageCodec.HEADER_LENGTH) {
      counters.tooShort++;
      LOG.debug("discarded {}-octet ISUP message from {}", data.length(), opc);
      return;
    }
    IsupMessage m;
    try {
      m = IsupMessageCodec.decode(data);
    } catch (MalformedMessageException e) {
      counters.decodeErrors++;
      LOG.debug("undecodable ISUP message from {}: {}", opc, e.getMessage());
      malformed(opc, data);
      return;
    }
    Circuit circuit = circuit(opc, m.cic().value());
    if (circuit == null) {
      unknownCic(opc, m.cic(), m.type());
      return;
    }
    dispatch(circuit, m);
  }

  private Circuit circuit(PointCode opc, int cic) {
    List<TrunkGroup> groups = byRemote.get(opc);
    if (groups == null) {
      return null;
    }
    for (int i = 0; i < groups.size(); i++) {
      Circuit c = groups.get(i).circuit(cic);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private void dispatch(Circuit c, IsupMessage m) {
    TrunkGroup g = c.group();
    switch (m.type()) {
      case IAM, SAM, COT, ACM, CPG, CON, ANM, SUS, RES, REL, RLC, INR, INF -> calls.onMessage(c, m);
      case BLO -> supervision.onBlocking(c);
      case UBL -> supervision.onUnblocking(c);
      case BLA -> supervision.onBlockingAcknowledgement(c);
      case UBA -> supervision.onUnblockingAcknowledgement(c);
      case RSC -> supervision.onResetCircuit(c);
      case GRS -> supervision.onGroupReset(g, m.cic(), ((CircuitGroupReset) m).rangeAndStatus());
      case GRA ->
          supervision.onGroupResetAcknowledgement(
              g, m.cic(), ((CircuitGroupResetAcknowledgement) m).rangeAndStatus());
      case CGB -> supervision.onGroupBlocking(g, (CircuitGroupBlocking) m);
      case CGU -> supervision.onGroupUnblocking(g, (CircuitGroupUnblocking) m);
      case CGBA ->
          supervision.onGroupBlockingAcknowledgement(g, (CircuitGroupBlockingAcknowledgement) m);
      case CGUA ->
          supervision.onGroupUnblockingAcknowledgement(
              g, (CircuitGroupUnblockingAcknowledgement) m);
      case CQM -> supervision.onGroupQuery(g, m.cic(), ((CircuitGroupQuery) m).rangeAndStatus());
      case UCIC -> calls.onUnequipped(c);
      case CFN -> {
        counters.confusionReceived++;
        LOG.debug("CFN from {} on {}: {}", g.remote(), m.cic(), ((Confusion) m).cause().cause());
      }
      case UNRECOGNIZED -> unrecognized(c, (UnknownMessage) m);
      case FOT, CCR, CQR, FAR, FAA, FRJ, LPA, OLM -> {
        counters.discarded++;
        LOG.debug("discarded {} on {} (procedure not supported)", m.type(), m.cic());
      }
    }
  }

  /**
   * An unrecognised message (Q.764 §2.9.5.1): its message compatibility information decides; an end
   * exchange cannot pass it on. Without that parameter, CFN with cause 97.
   */
  private void unrecognized(Circuit c, UnknownMessage m) {
    counters.unknownMessageType++;
    MessageCompatibilityInformation mci =
        m.optionalPart().find(MessageCompatibilityInformation.class);
    Octets diagnostic = Octets.ofUnsigned(m.typeCode());
    if (mci == null) {
      confusion(c.group().remote(), m.cic(), CauseValue.MESSAGE_TYPE_NON_EXISTENT, diagnostic);
      return;
    }
    boolean release = mci.releaseCall() || mci.passOnNotPossible() == 0 && !mci.discardMessage();
    if (release && calls.releaseByNetwork(c, CauseValue.MESSAGE_TYPE_NON_EXISTENT)) {
      return;
    }
    counters.discarded++;
    if (mci.sendNotification()) {
      confusion(c.group().remote(), m.cic(), CauseValue.MESSAGE_TYPE_NON_EXISTENT, diagnostic);
    }
  }

  private void confusion(PointCode to, Cic cic, CauseValue cause, Octets diagnostic) {
    counters.confusionSent++;
    signalling.send(
        to, new Confusion(cic, CauseIndicators.of(cause, diagnostic), OptionalParameters.NONE));
  }

  /**
   * A message that does not decode: a REL is still a release (RLC is owed), an IAM is refused with
   * REL cause 100 only if its circuit is known; RLC, CFN and UCIC are discarded; the rest get CFN
   * cause 100 (invalid parameter contents).
   */
  private void malformed(PointCode opc, Octets data) {
    int cicValue = IsupMessageCodec.peekCic(data);
    IsupMessageType type = IsupMessageType.fromCode(IsupMessageCodec.peekType(data));
    Circuit c = circuit(opc, cicValue);
    Cic cic = new Cic(cicValue);
    if (c == null) {
      unknownCic(opc, cic, type);
      return;
    }
    switch (type) {
      case REL ->
          calls.onMessage(c, new Release(cic, CauseIndicators.of(CauseValue.NORMAL_UNSPECIFIED)));
      case RLC, CFN, UCIC -> counters.discarded++;
      case IAM -> {
        if (c.use() == null) {
          signalling.send(
              opc, new Release(cic, CauseIndicators.of(CauseValue.INVALID_PARAMETER_CONTENTS)));
        } else {
          counters.discarded++;
        }
      }
      default -> confusion(opc, cic, CauseValue.INVALID_PARAMETER_CONTENTS, Octets.EMPTY);
    }
  }

  /**
   * A message for a CIC this exchange does not have towards {@code opc}: UCIC, or discard (Q.764
   * §2.12).
   */
  private void unknownCic(PointCode opc, Cic cic, IsupMessageType type) {
    counters.unknownCic++;
    LOG.debug("message {} for unequipped {} from {}", type, cic, opc);
    if (config.sendUnequippedCic() && type != IsupMessageType.UCIC && byRemote.containsKey(opc)) {
      counters.unequippedCicSent++;
      signalling.send(opc, new UnequippedCic(cic));
    } else {
      counters.discarded++;
    }
  }
}
