package org.ss7sim.simulator.config.scenario;

/** The data coding of generated short messages (3GPP TS 23.038 §4). */
public enum Alphabet {
  /** GSM 7-bit default alphabet: 160 characters per message, 153 per segment. */
  GSM7,
  /** UCS2: 70 characters per message, 67 per segment. */
  UCS2,
  /** 8-bit data: 140 octets per message, 134 per segment. */
  BINARY
}
