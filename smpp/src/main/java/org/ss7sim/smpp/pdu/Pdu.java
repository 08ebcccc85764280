package org.ss7sim.smpp.pdu;

/**
 * An SMPP PDU (SMPP 3.4 §3.2): the header's command_status and sequence_number are components of
 * every record; command_length is computed by the codec. One record per PDU type; {@link
 * UnknownPdu} keeps PDUs with a command_id no spec here defines.
 */
public sealed interface Pdu
    permits HeaderOnly,
        BindRequest,
        BindResponse,
        ShortMessagePdu,
        MessageIdResponse,
        Outbind,
        DataSm,
        SubmitMulti,
        SubmitMultiResp,
        QuerySm,
        QuerySmResp,
        CancelSm,
        ReplaceSm,
        AlertNotification,
        BroadcastSm,
        QueryBroadcastSm,
        CancelBroadcastSm,
        UnknownPdu {

  /**
   * The command, or {@code null} for an {@link UnknownPdu}: callers that print or log a PDU use
   * {@link #commandName()}, which is never null.
   */
  CommandId commandId();

  /**
   * The command as SMPP 3.4 §4 spells it ({@code submit_sm}); for an {@link UnknownPdu} {@code
   * command_id_0x00000025}. Never null.
   */
  default String commandName() {
    return commandId().name().toLowerCase(java.util.Locale.ROOT);
  }

  CommandStatus status();

  /** sequence_number as the 32 bits on the wire (an int; values above 0x7FFFFFFF read negative). */
  int sequence();

  /** The same PDU with another sequence number. */
  Pdu withSequence(int sequence);

  /** The raw command_id. */
  default long commandCode() {
    return commandId().code();
  }

  default boolean isResponse() {
    return CommandId.isResponse(commandCode());
  }
}
