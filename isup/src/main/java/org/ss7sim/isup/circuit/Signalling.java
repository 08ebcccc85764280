package org.ss7sim.isup.circuit;

import org.ss7sim.isup.message.IsupMessage;
import org.ss7sim.mtp.PointCode;

/** Sends an ISUP message to a remote exchange (MTP-TRANSFER request underneath). */
@FunctionalInterface
public interface Signalling {
  void send(PointCode destination, IsupMessage message);
}
