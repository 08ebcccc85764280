package org.ss7sim.smpp.pdu;

import java.util.List;
import java.util.Objects;

/**
 * submit_multi_resp (SMPP 3.4 §4.5.2). {@code messageId} is {@code null} when the body is absent.
 */
public record SubmitMultiResp(
    CommandStatus status,
    int sequence,
    String messageId,
    List<UnsuccessfulDelivery> unsuccessful,
    Tlvs tlvs)
    implements Pdu {
  public SubmitMultiResp {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(unsuccessful, "unsuccessful");
    Objects.requireNonNull(tlvs, "tlvs");
    unsuccessful = List.copyOf(unsuccessful);
  }

  @Override
  public CommandId commandId() {
    return CommandId.SUBMIT_MULTI_RESP;
  }

  @Override
  public SubmitMultiResp withSequence(int seq) {
    return new SubmitMultiResp(status, seq, messageId, unsuccessful, tlvs);
  }
}
