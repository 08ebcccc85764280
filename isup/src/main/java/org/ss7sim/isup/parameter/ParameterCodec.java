package org.ss7sim.isup.parameter;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;

/** Turns an optional parameter's name code and contents into its record (Q.763 §1.8, Table 5). */
public final class ParameterCodec {
  private ParameterCodec() {}

  /** Decodes contents of parameter {@code code}; codes not modelled give a {@link RawParameter}. */
  public static IsupParameter decode(int code, Octets content) throws MalformedMessageException {
    return switch (code) {
      case ParameterCode.TRANSMISSION_MEDIUM_REQUIREMENT ->
          TransmissionMediumRequirement.decode(content);
      case ParameterCode.ACCESS_TRANSPORT -> AccessTransport.decode(content);
      case ParameterCode.CALLED_PARTY_NUMBER -> CalledPartyNumber.decode(content);
      case ParameterCode.SUBSEQUENT_NUMBER -> SubsequentNumber.decode(content);
      case ParameterCode.NATURE_OF_CONNECTION_INDICATORS ->
          NatureOfConnectionIndicators.decode(content);
      case ParameterCode.FORWARD_CALL_INDICATORS -> ForwardCallIndicators.decode(content);
      case ParameterCode.OPTIONAL_FORWARD_CALL_INDICATORS ->
          OptionalForwardCallIndicators.decode(content);
      case ParameterCode.CALLING_PARTYS_CATEGORY -> CallingPartysCategory.decode(content);
      case ParameterCode.CALLING_PARTY_NUMBER -> CallingPartyNumber.decode(content);
      case ParameterCode.REDIRECTING_NUMBER -> RedirectingNumber.decode(content);
      case ParameterCode.INFORMATION_REQUEST_INDICATORS ->
          InformationRequestIndicators.decode(content);
      case ParameterCode.INFORMATION_INDICATORS -> InformationIndicators.decode(content);
      case ParameterCode.CONTINUITY_INDICATORS -> ContinuityIndicators.decode(content);
      case ParameterCode.BACKWARD_CALL_INDICATORS -> BackwardCallIndicators.decode(content);
      case ParameterCode.CAUSE_INDICATORS -> CauseIndicators.decode(content);
      case ParameterCode.REDIRECTION_INFORMATION -> RedirectionInformation.decode(content);
      case ParameterCode.CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE ->
          CircuitGroupSupervisionType.decode(content);
      case ParameterCode.RANGE_AND_STATUS -> RangeAndStatus.decode(content);
      case ParameterCode.FACILITY_INDICATOR -> FacilityIndicator.decode(content);
      case ParameterCode.USER_SERVICE_INFORMATION -> UserServiceInformation.decode(content);
      case ParameterCode.CONNECTED_NUMBER -> ConnectedNumber.decode(content);
      case ParameterCode.SUSPEND_RESUME_INDICATORS -> SuspendResumeIndicators.decode(content);
      case ParameterCode.EVENT_INFORMATION -> EventInformation.decode(content);
      case ParameterCode.CIRCUIT_STATE_INDICATOR -> CircuitStateIndicator.decode(content);
      case ParameterCode.ORIGINAL_CALLED_NUMBER -> OriginalCalledNumber.decode(content);
      case ParameterCode.OPTIONAL_BACKWARD_CALL_INDICATORS ->
          OptionalBackwardCallIndicators.decode(content);
      case ParameterCode.MESSAGE_COMPATIBILITY_INFORMATION ->
          MessageCompatibilityInformation.decode(content);
      case ParameterCode.HOP_COUNTER -> HopCounter.decode(content);
      case ParameterCode.LOCATION_NUMBER -> LocationNumber.decode(content);
      case ParameterCode.GENERIC_NUMBER -> GenericNumber.decode(content);
      default -> new RawParameter(code, content);
    };
  }
}
