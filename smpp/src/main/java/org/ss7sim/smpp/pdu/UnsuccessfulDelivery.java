package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** One unsuccess_sme entry of submit_multi_resp (SMPP 3.4 §4.5.2.1). */
public record UnsuccessfulDelivery(Address address, CommandStatus error) {
  public UnsuccessfulDelivery {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(error, "error");
  }
}
