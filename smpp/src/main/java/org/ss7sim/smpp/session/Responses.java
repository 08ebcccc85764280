package org.ss7sim.smpp.session;

import org.ss7sim.smpp.pdu.BindReceiverResp;
import org.ss7sim.smpp.pdu.BindTransceiverResp;
import org.ss7sim.smpp.pdu.BindTransmitterResp;
import org.ss7sim.smpp.pdu.BroadcastSmResp;
import org.ss7sim.smpp.pdu.CancelBroadcastSmResp;
import org.ss7sim.smpp.pdu.CancelSmResp;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataSmResp;
import org.ss7sim.smpp.pdu.DeliverSmResp;
import org.ss7sim.smpp.pdu.EnquireLinkResp;
import org.ss7sim.smpp.pdu.GenericNack;
import org.ss7sim.smpp.pdu.Pdu;
import org.ss7sim.smpp.pdu.QueryBroadcastSmResp;
import org.ss7sim.smpp.pdu.QuerySmResp;
import org.ss7sim.smpp.pdu.ReplaceSmResp;
import org.ss7sim.smpp.pdu.SubmitMultiResp;
import org.ss7sim.smpp.pdu.SubmitSmResp;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.smpp.pdu.UnbindResp;

/**
 * The error answer to a request, by its command_id (SMPP 3.4 §4: the response of the same command
 * carrying the status; submit_sm_resp, submit_multi_resp and query_sm_resp without a body;
 * broadcast_sm_resp and query_broadcast_sm_resp with an empty message_id, SMPP 5.0), or
 * generic_nack for commands that have no response.
 */
public final class Responses {
  private Responses() {}

  public static Pdu error(
      CommandId request, CommandStatus status, int sequence, String smscSystemId) {
    return switch (request) {
      case BIND_TRANSMITTER -> new BindTransmitterResp(status, sequence, smscSystemId, Tlvs.EMPTY);
      case BIND_RECEIVER -> new BindReceiverResp(status, sequence, smscSystemId, Tlvs.EMPTY);
      case BIND_TRANSCEIVER -> new BindTransceiverResp(status, sequence, smscSystemId, Tlvs.EMPTY);
      case SUBMIT_SM -> new SubmitSmResp(status, sequence, null, Tlvs.EMPTY);
      case DELIVER_SM -> new DeliverSmResp(status, sequence, "", Tlvs.EMPTY);
      case DATA_SM -> new DataSmResp(status, sequence, "", Tlvs.EMPTY);
      case SUBMIT_MULTI ->
          new SubmitMultiResp(status, sequence, null, java.util.List.of(), Tlvs.EMPTY);
      case QUERY_SM -> new QuerySmResp(status, sequence, null, null, 0, 0);
      case CANCEL_SM -> new CancelSmResp(status, sequence);
      case REPLACE_SM -> new ReplaceSmResp(status, sequence);
      case BROADCAST_SM -> new BroadcastSmResp(status, sequence, "", Tlvs.EMPTY);
      case QUERY_BROADCAST_SM -> new QueryBroadcastSmResp(status, sequence, "", Tlvs.EMPTY);
      case CANCEL_BROADCAST_SM -> new CancelBroadcastSmResp(status, sequence);
      case UNBIND -> new UnbindResp(status, sequence);
      case ENQUIRE_LINK -> new EnquireLinkResp(status, sequence);
      default -> new GenericNack(status, sequence);
    };
  }
}
