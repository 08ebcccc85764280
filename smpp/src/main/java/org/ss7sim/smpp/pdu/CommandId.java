package org.ss7sim.smpp.pdu;

/**
 * SMPP command_id values (SMPP 3.4 §5.1.2.1, SMPP 5.0 §4.7.5); a response id is the request id with
 * bit 31 set.
 */
public enum CommandId {
  GENERIC_NACK(0x80000000L),
  BIND_RECEIVER(0x00000001L),
  BIND_RECEIVER_RESP(0x80000001L),
  BIND_TRANSMITTER(0x00000002L),
  BIND_TRANSMITTER_RESP(0x80000002L),
  QUERY_SM(0x00000003L),
  QUERY_SM_RESP(0x80000003L),
  SUBMIT_SM(0x00000004L),
  SUBMIT_SM_RESP(0x80000004L),
  DELIVER_SM(0x00000005L),
  DELIVER_SM_RESP(0x80000005L),
  UNBIND(0x00000006L),
  UNBIND_RESP(0x80000006L),
  REPLACE_SM(0x00000007L),
  REPLACE_SM_RESP(0x80000007L),
  CANCEL_SM(0x00000008L),
  CANCEL_SM_RESP(0x80000008L),
  BIND_TRANSCEIVER(0x00000009L),
  BIND_TRANSCEIVER_RESP(0x80000009L),
  OUTBIND(0x0000000BL),
  ENQUIRE_LINK(0x00000015L),
  ENQUIRE_LINK_RESP(0x80000015L),
  SUBMIT_MULTI(0x00000021L),
  SUBMIT_MULTI_RESP(0x80000021L),
  ALERT_NOTIFICATION(0x00000102L),
  DATA_SM(0x00000103L),
  DATA_SM_RESP(0x80000103L),
  // SMPP 5.0 §4.4 (broadcast operations)
  BROADCAST_SM(0x00000111L),
  BROADCAST_SM_RESP(0x80000111L),
  QUERY_BROADCAST_SM(0x00000112L),
  QUERY_BROADCAST_SM_RESP(0x80000112L),
  CANCEL_BROADCAST_SM(0x00000113L),
  CANCEL_BROADCAST_SM_RESP(0x80000113L);

  private static final long RESPONSE_BIT = 0x80000000L;

  private final long code;

  CommandId(long code) {
    this.code = code;
  }

  public long code() {
    return code;
  }

  public boolean isResponse() {
    return (code & RESPONSE_BIT) != 0;
  }

  /** Whether a raw command_id names a response (bit 31 set). */
  public static boolean isResponse(long code) {
    return (code & RESPONSE_BIT) != 0;
  }

  /** The response id belonging to a raw request id (bit 31 set). */
  public static long responseTo(long requestCode) {
    return requestCode | RESPONSE_BIT;
  }

  /** The known command, or {@code null} for a reserved or vendor code. */
  public static CommandId of(long code) {
    for (CommandId id : VALUES) {
      if (id.code == code) {
        return id;
      }
    }
    return null;
  }

  private static final CommandId[] VALUES = values();
}
