package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * bind_transmitter_resp (SMPP 3.4 §4.1.2). {@code systemId} is {@code null} when the body is absent
 * (allowed on error).
 */
public record BindTransmitterResp(CommandStatus status, int sequence, String systemId, Tlvs tlvs)
    implements BindResponse {
  public BindTransmitterResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BIND_TRANSMITTER_RESP;
  }

  @Override
  public BindTransmitterResp withSequence(int seq) {
    return new BindTransmitterResp(status, seq, systemId, tlvs);
  }
}
