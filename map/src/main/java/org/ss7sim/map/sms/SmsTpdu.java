package org.ss7sim.map.sms;

import org.ss7sim.wire.Octets;

/**
 * The six SMS transfer-layer PDUs (TS 23.040 §9.2.2). Optional fields are {@code null} when absent.
 * Spare bits of the first octet are not kept (receivers ignore them, §9.2.3).
 */
public sealed interface SmsTpdu {
  /** TP-MTI, bits 1-0 of the first octet. */
  int messageTypeIndicator();

  SmsDirection direction();

  /** SMS-DELIVER (§9.2.2.1). */
  record SmsDeliver(
      boolean moreMessagesToSend,
      boolean loopPrevention,
      boolean statusReportIndication,
      boolean userDataHeaderIndicator,
      boolean replyPath,
      TpAddress originatingAddress,
      int protocolIdentifier,
      DataCodingScheme dataCodingScheme,
      SmsTimestamp serviceCentreTimeStamp,
      UserData userData)
      implements SmsTpdu {
    @Override
    public int messageTypeIndicator() {
      return 0;
    }

    @Override
    public SmsDirection direction() {
      return SmsDirection.TO_MOBILE;
    }
  }

  /** SMS-DELIVER-REPORT, for RP-ACK (no failure cause) or RP-ERROR (§9.2.2.1a). */
  record SmsDeliverReport(
      boolean userDataHeaderIndicator,
      Integer failureCause,
      Integer protocolIdentifier,
      DataCodingScheme dataCodingScheme,
      UserData userData)
      implements SmsTpdu {
    @Override
    public int messageTypeIndicator() {
      return 0;
    }

    @Override
    public SmsDirection direction() {
      return SmsDirection.FROM_MOBILE;
    }
  }

  /** SMS-SUBMIT (§9.2.2.2). */
  record SmsSubmit(
      boolean rejectDuplicates,
      boolean statusReportRequest,
      boolean userDataHeaderIndicator,
      boolean replyPath,
      int messageReference,
      TpAddress destinationAddress,
      int protocolIdentifier,
      DataCodingScheme dataCodingScheme,
      ValidityPeriod validityPeriod,
      UserData userData)
      implements SmsTpdu {
    @Override
    public int messageTypeIndicator() {
      return 1;
    }

    @Override
    public SmsDirection direction() {
      return SmsDirection.FROM_MOBILE;
    }
  }

  /** SMS-SUBMIT-REPORT, for RP-ACK or RP-ERROR (§9.2.2.2a). */
  record SmsSubmitReport(
      boolean userDataHeaderIndicator,
      Integer failureCause,
      SmsTimestamp serviceCentreTimeStamp,
      Integer protocolIdentifier,
      DataCodingScheme dataCodingScheme,
      UserData userData)
      implements SmsTpdu {
    @Override
    public int messageTypeIndicator() {
      return 1;
    }

    @Override
    public SmsDirection direction() {
      return SmsDirection.TO_MOBILE;
    }
  }

  /**
   * SMS-STATUS-REPORT (§9.2.2.3).
   *
   * @param statusReportQualifier TP-SRQ: false = result of an SMS-SUBMIT, true = of an SMS-COMMAND
   * @param status TP-ST (§9.2.3.15): 0x00 delivered, 0x20–0x2f temporary, 0x40–0x6f permanent
   */
  record SmsStatusReport(
      boolean moreMessagesToSend,
      boolean loopPrevention,
      boolean statusReportQualifier,
      boolean userDataHeaderIndicator,
      int messageReference,
      TpAddress recipientAddress,
      SmsTimestamp serviceCentreTimeStamp,
      SmsTimestamp dischargeTime,
      int status,
      Integer protocolIdentifier,
      DataCodingScheme dataCodingScheme,
      UserData userData)
      implements SmsTpdu {
    @Override
    public int messageTypeIndicator() {
      return 2;
    }

    @Override
    public SmsDirection direction() {
      return SmsDirection.TO_MOBILE;
    }
  }

  /** SMS-COMMAND (§9.2.2.4). */
  record SmsCommand(
      boolean statusReportRequest,
      boolean userDataHeaderIndicator,
      int messageReference,
      int protocolIdentifier,
      int commandType,
      int messageNumber,
      TpAddress destinationAddress,
      Octets commandData)
      implements SmsTpdu {
    @Override
    public int messageTypeIndicator() {
      return 2;
    }

    @Override
    public SmsDirection direction() {
      return SmsDirection.FROM_MOBILE;
    }
  }
}
