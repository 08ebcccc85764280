package org.ss7sim.sccp.screening;

import java.util.Objects;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.message.SccpMessage;

/**
 * What the screening sees of a message being relayed.
 *
 * @param message the message as received (addresses before translation)
 * @param opc the OPC of its routing label: the adjacent node it came from
 * @param translatedCalled the called address after global title translation
 * @param destination the point code translation chose
 */
public record ScreenedMessage(
    SccpMessage message, PointCode opc, SccpAddress translatedCalled, PointCode destination) {
  public ScreenedMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(opc, "opc");
    Objects.requireNonNull(translatedCalled, "translatedCalled");
    Objects.requireNonNull(destination, "destination");
  }
}
