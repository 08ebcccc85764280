package org.ss7sim.smpp.pdu;

/** bind_transmitter, bind_receiver and bind_transceiver share one body (SMPP 3.4 §4.1). */
public sealed interface BindRequest extends Pdu
    permits BindTransmitter, BindReceiver, BindTransceiver {
  String systemId();

  String password();

  String systemType();

  int interfaceVersion();

  Address addressRange();

  BindType bindType();

  /** The bind request of {@code type}. */
  static BindRequest of(
      BindType type,
      int sequence,
      String systemId,
      String password,
      String systemType,
      int interfaceVersion,
      Address addressRange) {
    return switch (type) {
      case TRANSMITTER ->
          new BindTransmitter(
              CommandStatus.OK,
              sequence,
              systemId,
              password,
              systemType,
              interfaceVersion,
              addressRange);
      case RECEIVER ->
          new BindReceiver(
              CommandStatus.OK,
              sequence,
              systemId,
              password,
              systemType,
              interfaceVersion,
              addressRange);
      case TRANSCEIVER ->
          new BindTransceiver(
              CommandStatus.OK,
              sequence,
              systemId,
              password,
              systemType,
              interfaceVersion,
              addressRange);
    };
  }

  /** The matching response. */
  default BindResponse respond(CommandStatus status, String smscSystemId, Tlvs tlvs) {
    return switch (bindType()) {
      case TRANSMITTER -> new BindTransmitterResp(status, sequence(), smscSystemId, tlvs);
      case RECEIVER -> new BindReceiverResp(status, sequence(), smscSystemId, tlvs);
      case TRANSCEIVER -> new BindTransceiverResp(status, sequence(), smscSystemId, tlvs);
    };
  }
}
