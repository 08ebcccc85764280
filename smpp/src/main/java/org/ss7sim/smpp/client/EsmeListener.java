package org.ss7sim.smpp.client;

import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliveryReceipt;

/** What an ESME application hears from its client; called on the connection's event loop. */
public interface EsmeListener {
  /** Bound (again, after a reconnect). */
  default void onBound() {}

  /** The bind ended: unbind or connection loss. */
  default void onUnbound() {}

  /** An MO message or receipt; the result is the deliver_sm_resp status. */
  default CommandStatus onDeliverSm(DeliverSm pdu) {
    return CommandStatus.OK;
  }

  /** A deliver_sm that is a delivery receipt, after {@link #onDeliverSm}. */
  default void onReceipt(DeliveryReceipt receipt) {}
}
