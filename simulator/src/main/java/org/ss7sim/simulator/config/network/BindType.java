package org.ss7sim.simulator.config.network;

/** The SMPP bind an ESME opens (SMPP v3.4 §4.1). */
public enum BindType {
  TRANSMITTER,
  RECEIVER,
  TRANSCEIVER
}
