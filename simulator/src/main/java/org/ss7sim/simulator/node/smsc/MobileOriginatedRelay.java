package org.ss7sim.simulator.node.smsc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.ForwardSmArg;
import org.ss7sim.map.message.MoForwardSmArg;
import org.ss7sim.map.message.MoForwardSmRes;
import org.ss7sim.map.operation.MapOperations;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.simulator.config.network.SmppAccount;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.Tlv;
import org.ss7sim.smpp.pdu.TlvTag;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.wire.Octets;

/**
 * MO-ForwardSM (TS 29.002 §12.2, TS 23.040 SMS-SUBMIT) at the SMSC: a message to a short code goes
 * to the ESME account owning it as deliver_sm; the MSC gets the result once it is queued for that
 * ESME. A destination no account owns is refused with SM-DeliveryFailure invalidSME-Address (TS
 * 29.002 §12.2.5 allows only systemFailure, unexpectedDataValue, facilityNotSupported and
 * sm-DeliveryFailure for MO-ForwardSM; this SMSC does not relay MO messages between handsets).
 */
final class MobileOriginatedRelay {
  /** SM-DeliveryFailureCause invalidSME-Address (TS 29.002 §17.7.6). */
  private static final int INVALID_SME_ADDRESS = 5;

  private final List<SmppAccount> accounts;
  private final java.util.function.BiConsumer<String, DeliverSm> server;
  private final Supplier<SimNode> node;
  private int reference;

  /**
   * @param server hands a deliver_sm to the ESME bound with a system_id
   * @param node the SMSC's node (for the flow of the MO-ForwardSM dialogue)
   */
  MobileOriginatedRelay(
      List<SmppAccount> accounts,
      java.util.function.BiConsumer<String, DeliverSm> server,
      Supplier<SimNode> node) {
    this.accounts = accounts;
    this.server = server;
    this.node = node;
  }

  /** Answers an MO-ForwardSM or forwardSM invoke and closes the dialogue. */
  void relay(Invocation<?, ?> inv) {
    MapDialogue d = inv.dialogue();
    InvokeId id = inv.invokeId();
    Optional<Invocation<MoForwardSmArg, MoForwardSmRes>> mo = inv.as(MapOperations.MO_FORWARD_SM);
    Optional<Invocation<ForwardSmArg, Void>> fwd = inv.as(MapOperations.FORWARD_SM);
    Octets ui;
    SmRpOa oa;
    if (mo.isPresent()) {
      MoForwardSmArg a = mo.get().argument();
      ui = a.smRpUi();
      oa = a.smRpOa();
    } else {
      ForwardSmArg a = fwd.orElseThrow().argument();
      ui = a.smRpUi();
      oa = a.smRpOa();
    }
    String text;
    String destination;
    try {
      SmsTpdu t = SmsTpduCodec.decode(ui, SmsDirection.FROM_MOBILE);
      SmsTpdu.SmsSubmit submit = (SmsTpdu.SmsSubmit) t;
      destination = submit.destinationAddress().value();
      text = submit.userData().text(submit.dataCodingScheme(), submit.userDataHeaderIndicator());
    } catch (Exception e) {
      d.returnError(id, MapError.of(MapErrorCode.UNEXPECTED_DATA_VALUE));
      d.close();
      return;
    }
    Optional<SmppAccount> owner =
        accounts.stream().filter(a -> a.shortCodes().contains(destination)).findFirst();
    if (owner.isEmpty()) {
      d.returnError(id, MapError.smDeliveryFailure(INVALID_SME_ADDRESS));
      d.close();
      return;
    }
    String from = oa instanceof SmRpOa.Msisdn m ? m.msisdn().digits() : "";
    DeliverSm pdu =
        DeliverSm.of(
            Address.international(from),
            new Address(0, 0, destination),
            DataCoding.SMSC_DEFAULT,
            Octets.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    // the ESME finds the flow of the MO message by the reference (SMPP 3.4 §5.3.2.17)
    reference = (reference + 1) & 0xffff;
    SimNode n = node.get();
    n.flows().table().delivering(owner.get().systemId(), reference, n.flows().of(d.tcapDialogue()));
    pdu = pdu.withTlvs(pdu.body().tlvs().with(Tlv.u16(TlvTag.USER_MESSAGE_REFERENCE, reference)));
    server.accept(owner.get().systemId(), pdu);
    mo.ifPresent(x -> x.returnResult(MoForwardSmRes.of()));
    fwd.ifPresent(x -> x.returnResult(null));
    d.close();
  }
}
