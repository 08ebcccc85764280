package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * bind_transceiver_resp (SMPP 3.4 §4.1.6). {@code systemId} is {@code null} when the body is absent
 * (allowed on error).
 */
public record BindTransceiverResp(CommandStatus status, int sequence, String systemId, Tlvs tlvs)
    implements BindResponse {
  public BindTransceiverResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BIND_TRANSCEIVER_RESP;
  }

  @Override
  public BindTransceiverResp withSequence(int seq) {
    return new BindTransceiverResp(status, seq, systemId, tlvs);
  }
}
