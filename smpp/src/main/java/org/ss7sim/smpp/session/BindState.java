package org.ss7sim.smpp.session;

import org.ss7sim.smpp.pdu.BindType;

/** Session states (SMPP 3.4 §2.2, SMPP 5.0 §2.3). */
public enum BindState {
  /** Connected, not yet bound: only bind (and enquire_link) are accepted. */
  OPEN,
  BOUND_TX,
  BOUND_RX,
  BOUND_TRX,
  /** unbind sent or received; the connection closes once the exchange is over. */
  UNBOUND,
  CLOSED;

  public static BindState boundAs(BindType type) {
    return switch (type) {
      case TRANSMITTER -> BOUND_TX;
      case RECEIVER -> BOUND_RX;
      case TRANSCEIVER -> BOUND_TRX;
    };
  }

  public boolean isBound() {
    return this == BOUND_TX || this == BOUND_RX || this == BOUND_TRX;
  }

  /** The ESME may submit (submit_sm, data_sm, query_sm …) in this state. */
  public boolean canSubmit() {
    return this == BOUND_TX || this == BOUND_TRX;
  }

  /** The SMSC may deliver (deliver_sm, data_sm) in this state. */
  public boolean canReceive() {
    return this == BOUND_RX || this == BOUND_TRX;
  }
}
