package org.ss7sim.smpp.pdu;

/** The three ways to bind (SMPP 3.4 §2.2). */
public enum BindType {
  TRANSMITTER(true, false),
  RECEIVER(false, true),
  TRANSCEIVER(true, true);

  private final boolean canSubmit;
  private final boolean canReceive;

  BindType(boolean canSubmit, boolean canReceive) {
    this.canSubmit = canSubmit;
    this.canReceive = canReceive;
  }

  /** Whether the ESME may send submit_sm, data_sm, query_sm … on this bind. */
  public boolean canSubmit() {
    return canSubmit;
  }

  /** Whether the SMSC may send deliver_sm on this bind. */
  public boolean canReceive() {
    return canReceive;
  }
}
