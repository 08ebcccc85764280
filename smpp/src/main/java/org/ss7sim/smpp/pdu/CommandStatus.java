package org.ss7sim.smpp.pdu;

import java.util.HashMap;
import java.util.Map;

/**
 * A command_status value (SMPP 3.4 §5.1.3, SMPP 5.0 §4.7.6). Open: any 32-bit code is kept; the
 * named constants are the spec's error codes.
 */
public record CommandStatus(int code) {
  private static final Map<Integer, String> NAMES = new HashMap<>();

  public static final CommandStatus OK = named(0x00, "ESME_ROK");
  public static final CommandStatus INVALID_MESSAGE_LENGTH = named(0x01, "ESME_RINVMSGLEN");
  public static final CommandStatus INVALID_COMMAND_LENGTH = named(0x02, "ESME_RINVCMDLEN");
  public static final CommandStatus INVALID_COMMAND_ID = named(0x03, "ESME_RINVCMDID");
  public static final CommandStatus INVALID_BIND_STATUS = named(0x04, "ESME_RINVBNDSTS");
  public static final CommandStatus ALREADY_BOUND = named(0x05, "ESME_RALYBND");
  public static final CommandStatus INVALID_PRIORITY_FLAG = named(0x06, "ESME_RINVPRTFLG");
  public static final CommandStatus INVALID_REGISTERED_DELIVERY = named(0x07, "ESME_RINVREGDLVFLG");
  public static final CommandStatus SYSTEM_ERROR = named(0x08, "ESME_RSYSERR");
  public static final CommandStatus INVALID_SOURCE_ADDRESS = named(0x0A, "ESME_RINVSRCADR");
  public static final CommandStatus INVALID_DEST_ADDRESS = named(0x0B, "ESME_RINVDSTADR");
  public static final CommandStatus INVALID_MESSAGE_ID = named(0x0C, "ESME_RINVMSGID");
  public static final CommandStatus BIND_FAILED = named(0x0D, "ESME_RBINDFAIL");
  public static final CommandStatus INVALID_PASSWORD = named(0x0E, "ESME_RINVPASWD");
  public static final CommandStatus INVALID_SYSTEM_ID = named(0x0F, "ESME_RINVSYSID");
  public static final CommandStatus CANCEL_FAILED = named(0x11, "ESME_RCANCELFAIL");
  public static final CommandStatus REPLACE_FAILED = named(0x13, "ESME_RREPLACEFAIL");
  public static final CommandStatus MESSAGE_QUEUE_FULL = named(0x14, "ESME_RMSGQFUL");
  public static final CommandStatus INVALID_SERVICE_TYPE = named(0x15, "ESME_RINVSERTYP");
  public static final CommandStatus INVALID_NUMBER_OF_DESTS = named(0x33, "ESME_RINVNUMDESTS");
  public static final CommandStatus INVALID_DL_NAME = named(0x34, "ESME_RINVDLNAME");
  public static final CommandStatus INVALID_DEST_FLAG = named(0x40, "ESME_RINVDESTFLAG");
  public static final CommandStatus INVALID_SUBMIT_WITH_REPLACE = named(0x42, "ESME_RINVSUBREP");
  public static final CommandStatus INVALID_ESM_CLASS = named(0x43, "ESME_RINVESMCLASS");
  public static final CommandStatus CANNOT_SUBMIT_TO_DL = named(0x44, "ESME_RCNTSUBDL");
  public static final CommandStatus SUBMIT_FAILED = named(0x45, "ESME_RSUBMITFAIL");
  public static final CommandStatus INVALID_SOURCE_TON = named(0x48, "ESME_RINVSRCTON");
  public static final CommandStatus INVALID_SOURCE_NPI = named(0x49, "ESME_RINVSRCNPI");
  public static final CommandStatus INVALID_DEST_TON = named(0x50, "ESME_RINVDSTTON");
  public static final CommandStatus INVALID_DEST_NPI = named(0x51, "ESME_RINVDSTNPI");
  public static final CommandStatus INVALID_SYSTEM_TYPE = named(0x53, "ESME_RINVSYSTYP");
  public static final CommandStatus INVALID_REPLACE_FLAG = named(0x54, "ESME_RINVREPFLAG");
  public static final CommandStatus INVALID_NUMBER_OF_MESSAGES = named(0x55, "ESME_RINVNUMMSGS");
  public static final CommandStatus THROTTLED = named(0x58, "ESME_RTHROTTLED");
  public static final CommandStatus INVALID_SCHEDULE_TIME = named(0x61, "ESME_RINVSCHED");
  public static final CommandStatus INVALID_EXPIRY_TIME = named(0x62, "ESME_RINVEXPIRY");
  public static final CommandStatus INVALID_DEFAULT_MESSAGE_ID = named(0x63, "ESME_RINVDFTMSGID");
  public static final CommandStatus TEMPORARY_APP_ERROR = named(0x64, "ESME_RX_T_APPN");
  public static final CommandStatus PERMANENT_APP_ERROR = named(0x65, "ESME_RX_P_APPN");
  public static final CommandStatus REJECTED_APP_ERROR = named(0x66, "ESME_RX_R_APPN");
  public static final CommandStatus QUERY_FAILED = named(0x67, "ESME_RQUERYFAIL");
  public static final CommandStatus INVALID_TLV_STREAM = named(0xC0, "ESME_RINVOPTPARSTREAM");
  public static final CommandStatus TLV_NOT_ALLOWED = named(0xC1, "ESME_ROPTPARNOTALLWD");
  public static final CommandStatus INVALID_PARAMETER_LENGTH = named(0xC2, "ESME_RINVPARLEN");
  public static final CommandStatus MISSING_TLV = named(0xC3, "ESME_RMISSINGOPTPARAM");
  public static final CommandStatus INVALID_TLV_VALUE = named(0xC4, "ESME_RINVOPTPARAMVAL");
  public static final CommandStatus DELIVERY_FAILURE = named(0xFE, "ESME_RDELIVERYFAILURE");
  public static final CommandStatus UNKNOWN_ERROR = named(0xFF, "ESME_RUNKNOWNERR");
  public static final CommandStatus SERVICE_TYPE_UNAUTHORISED = named(0x100, "ESME_RSERTYPUNAUTH");
  public static final CommandStatus PROHIBITED = named(0x101, "ESME_RPROHIBITED");
  public static final CommandStatus SERVICE_TYPE_UNAVAILABLE = named(0x102, "ESME_RSERTYPUNAVAIL");
  public static final CommandStatus SERVICE_TYPE_DENIED = named(0x103, "ESME_RSERTYPDENIED");
  public static final CommandStatus INVALID_DATA_CODING = named(0x104, "ESME_RINVDCS");
  public static final CommandStatus BROADCAST_FAILED = named(0x10D, "ESME_RBCASTFAIL");
  public static final CommandStatus BROADCAST_QUERY_FAILED = named(0x10E, "ESME_RBCASTQUERYFAIL");
  public static final CommandStatus BROADCAST_CANCEL_FAILED = named(0x10F, "ESME_RBCASTCANCELFAIL");

  private static CommandStatus named(int code, String name) {
    NAMES.put(code, name);
    return new CommandStatus(code);
  }

  public static CommandStatus of(int code) {
    return code == 0 ? OK : new CommandStatus(code);
  }

  public boolean isOk() {
    return code == 0;
  }

  /**
   * The spec's name (ESME_R…), or {@code null} for codes the specs leave reserved or
   * vendor-specific.
   */
  public String name() {
    return NAMES.get(code);
  }

  @Override
  public String toString() {
    String n = name();
    return (n != null ? n : "status") + String.format("(0x%08x)", code);
  }
}
