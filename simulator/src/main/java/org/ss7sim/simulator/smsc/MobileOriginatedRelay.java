package org.ss7sim.simulator.smsc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ss7sim.map.common.SmRpOa;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.ForwardSmArg;
import org.ss7sim.map.message.MapParameter;
import org.ss7sim.map.message.MoForwardSmArg;
import org.ss7sim.map.message.MoForwardSmRes;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapDialogue;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.simulator.config.network.SmppAccount;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.wire.Octets;

/**
 * MO-ForwardSM (TS 29.002 §12.2, TS 23.040 SMS-SUBMIT) at the SMSC: a message to a short code goes
 * to the ESME account owning it as deliver_sm; the MSC gets the result once it is queued for that
 * ESME. A destination no account owns is refused (unidentifiedSubscriber: this SMSC does not relay
 * MO messages between handsets).
 */
final class MobileOriginatedRelay {
  private final List<SmppAccount> accounts;
  private final Supplier<SmppServer> server;

  /**
   * @param server the SMSC's SMPP server, asked for when a message arrives
   */
  MobileOriginatedRelay(List<SmppAccount> accounts, Supplier<SmppServer> server) {
    this.accounts = accounts;
    this.server = server;
  }

  /** Answers an MO-ForwardSM or forwardSM invoke and closes the dialogue. */
  void relay(MapDialogue d, InvokeId id, MapOperation operation, MapParameter argument) {
    Octets ui;
    SmRpOa oa;
    if (argument instanceof MoForwardSmArg a) {
      ui = a.smRpUi();
      oa = a.smRpOa();
    } else {
      ForwardSmArg a = (ForwardSmArg) argument;
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
      d.returnError(id, MapError.of(MapErrorCode.UNIDENTIFIED_SUBSCRIBER));
      d.close();
      return;
    }
    String from = oa instanceof SmRpOa.Msisdn m ? m.msisdn().digits() : "";
    server
        .get()
        .deliver(
            owner.get().systemId(),
            DeliverSm.of(
                Address.international(from),
                new Address(0, 0, destination),
                DataCoding.SMSC_DEFAULT,
                Octets.wrap(text.getBytes(StandardCharsets.ISO_8859_1))));
    d.returnResult(id, operation == MapOperation.MO_FORWARD_SM ? MoForwardSmRes.of() : null);
    d.close();
  }
}
