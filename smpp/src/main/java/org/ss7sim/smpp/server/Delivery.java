package org.ss7sim.smpp.server;

import java.util.concurrent.CompletableFuture;
import org.ss7sim.smpp.pdu.DeliverSm;
import org.ss7sim.smpp.pdu.DeliverSmResp;

/** A deliver_sm on its way to a system_id, with its attempts so far and the caller's future. */
final class Delivery {
  final String systemId;
  final DeliverSm pdu;
  final CompletableFuture<DeliverSmResp> result = new CompletableFuture<>();
  int attempts;

  Delivery(String systemId, DeliverSm pdu) {
    this.systemId = systemId;
    this.pdu = pdu;
  }
}
