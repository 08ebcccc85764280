package org.ss7sim.smpp.pdu;

import java.util.Objects;

/**
 * bind_receiver_resp (SMPP 3.4 §4.1.4). {@code systemId} is {@code null} when the body is absent
 * (allowed on error).
 */
public record BindReceiverResp(CommandStatus status, int sequence, String systemId, Tlvs tlvs)
    implements BindResponse {
  public BindReceiverResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tlvs, "tlvs");
  }

  @Override
  public CommandId commandId() {
    return CommandId.BIND_RECEIVER_RESP;
  }

  @Override
  public BindReceiverResp withSequence(int seq) {
    return new BindReceiverResp(status, seq, systemId, tlvs);
  }
}
