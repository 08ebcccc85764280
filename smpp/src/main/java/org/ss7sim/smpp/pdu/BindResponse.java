package org.ss7sim.smpp.pdu;

/** The three bind responses (SMPP 3.4 §4.1.2, 4.1.4, 4.1.6). */
public sealed interface BindResponse extends Pdu
    permits BindTransmitterResp, BindReceiverResp, BindTransceiverResp {
  /** The SMSC's system_id, or {@code null} when the body is absent. */
  String systemId();

  Tlvs tlvs();
}
