package org.ss7sim.map.operation;

import static org.ss7sim.map.error.MapErrorCode.*;
import static org.ss7sim.map.operation.MapApplicationContext.*;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.*;
import org.ss7sim.wire.ber.BerCodec;

/**
 * The MAP operations this stack speaks (TS 29.002 §17.6): local operation code, the argument and
 * result codecs, the errors the operation may return, its class (Q.771: 1 result or error, 2 error
 * only, 3 result only, 4 neither) and its timer (§17.1.2: s = 10 s, m = 30 s, ml = 60 s, l = 10
 * min; the upper end of the spec's ranges except ml, which we hold at one minute), and the
 * application contexts and versions it is used in.
 */
public enum MapOperation {
  UPDATE_LOCATION(
      2,
      UpdateLocationArg.CODEC,
      UpdateLocationRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          UNKNOWN_SUBSCRIBER,
          ROAMING_NOT_ALLOWED),
      List.of(NETWORK_LOC_UP),
      1),
  CANCEL_LOCATION(
      3,
      CancelLocationArg.CODEC,
      CancelLocationRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE),
      List.of(LOCATION_CANCELLATION),
      1),
  PROVIDE_ROAMING_NUMBER(
      4,
      ProvideRoamingNumberArg.CODEC,
      ProvideRoamingNumberRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          FACILITY_NOT_SUPPORTED,
          OR_NOT_ALLOWED,
          ABSENT_SUBSCRIBER,
          NO_ROAMING_NUMBER_AVAILABLE),
      List.of(ROAMING_NUMBER_ENQUIRY),
      1),
  INSERT_SUBSCRIBER_DATA(
      7,
      InsertSubscriberDataArg.CODEC,
      InsertSubscriberDataRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE, UNIDENTIFIED_SUBSCRIBER),
      List.of(SUBSCRIBER_DATA_MNGT, NETWORK_LOC_UP, GPRS_LOCATION_UPDATE),
      1),
  DELETE_SUBSCRIBER_DATA(
      8,
      DeleteSubscriberDataArg.CODEC,
      DeleteSubscriberDataRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE, UNIDENTIFIED_SUBSCRIBER),
      List.of(SUBSCRIBER_DATA_MNGT),
      1),
  /** registerSS (§11.2): e.g. call forwarding to a number; result SS-Info OPTIONAL. */
  REGISTER_SS(
      10,
      RegisterSsArg.CODEC,
      SsInfo.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          BEARER_SERVICE_NOT_PROVISIONED,
          TELESERVICE_NOT_PROVISIONED,
          CALL_BARRED,
          ILLEGAL_SS_OPERATION,
          SS_ERROR_STATUS,
          SS_INCOMPATIBILITY),
      List.of(NETWORK_FUNCTIONAL_SS),
      2),
  /** eraseSS (§11.3); result SS-Info OPTIONAL. */
  ERASE_SS(
      11,
      SsForBsCode.CODEC,
      SsInfo.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          BEARER_SERVICE_NOT_PROVISIONED,
          TELESERVICE_NOT_PROVISIONED,
          CALL_BARRED,
          ILLEGAL_SS_OPERATION,
          SS_ERROR_STATUS,
          SS_SUBSCRIPTION_VIOLATION),
      List.of(NETWORK_FUNCTIONAL_SS),
      2),
  /** activateSS (§11.4); result SS-Info OPTIONAL. */
  ACTIVATE_SS(
      12,
      SsForBsCode.CODEC,
      SsInfo.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          BEARER_SERVICE_NOT_PROVISIONED,
          TELESERVICE_NOT_PROVISIONED,
          CALL_BARRED,
          ILLEGAL_SS_OPERATION,
          SS_ERROR_STATUS,
          SS_SUBSCRIPTION_VIOLATION,
          SS_INCOMPATIBILITY,
          NEGATIVE_PW_CHECK,
          NUMBER_OF_PW_ATTEMPTS_VIOLATION),
      List.of(NETWORK_FUNCTIONAL_SS),
      2),
  /** deactivateSS (§11.5); result SS-Info OPTIONAL. */
  DEACTIVATE_SS(
      13,
      SsForBsCode.CODEC,
      SsInfo.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          BEARER_SERVICE_NOT_PROVISIONED,
          TELESERVICE_NOT_PROVISIONED,
          CALL_BARRED,
          ILLEGAL_SS_OPERATION,
          SS_ERROR_STATUS,
          SS_SUBSCRIPTION_VIOLATION,
          NEGATIVE_PW_CHECK,
          NUMBER_OF_PW_ATTEMPTS_VIOLATION),
      List.of(NETWORK_FUNCTIONAL_SS),
      2),
  /** interrogateSS (§11.6). */
  INTERROGATE_SS(
      14,
      SsForBsCode.CODEC,
      InterrogateSsRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          BEARER_SERVICE_NOT_PROVISIONED,
          TELESERVICE_NOT_PROVISIONED,
          CALL_BARRED,
          ILLEGAL_SS_OPERATION,
          SS_NOT_AVAILABLE),
      List.of(NETWORK_FUNCTIONAL_SS),
      2),
  SEND_ROUTING_INFO(
      22,
      SendRoutingInfoArg.CODEC,
      SendRoutingInfoRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          FACILITY_NOT_SUPPORTED,
          OR_NOT_ALLOWED,
          UNKNOWN_SUBSCRIBER,
          NUMBER_CHANGED,
          BEARER_SERVICE_NOT_PROVISIONED,
          TELESERVICE_NOT_PROVISIONED,
          ABSENT_SUBSCRIBER,
          BUSY_SUBSCRIBER,
          NO_SUBSCRIBER_REPLY,
          CALL_BARRED,
          CUG_REJECT,
          FORWARDING_VIOLATION),
      List.of(LOCATION_INFO_RETRIEVAL),
      1),
  UPDATE_GPRS_LOCATION(
      23,
      UpdateGprsLocationArg.CODEC,
      null,
      1,
      Timer.M,
      EnumSet.of(SYSTEM_FAILURE, UNEXPECTED_DATA_VALUE, UNKNOWN_SUBSCRIBER, ROAMING_NOT_ALLOWED),
      List.of(GPRS_LOCATION_UPDATE),
      3),
  MT_FORWARD_SM(
      44,
      MtForwardSmArg.CODEC,
      MtForwardSmRes.CODEC,
      1,
      Timer.ML,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          FACILITY_NOT_SUPPORTED,
          UNIDENTIFIED_SUBSCRIBER,
          ILLEGAL_SUBSCRIBER,
          ILLEGAL_EQUIPMENT,
          SUBSCRIBER_BUSY_FOR_MT_SMS,
          SM_DELIVERY_FAILURE,
          ABSENT_SUBSCRIBER_SM),
      List.of(SHORT_MSG_MT_RELAY),
      3),
  SEND_ROUTING_INFO_FOR_SM(
      45,
      RoutingInfoForSmArg.CODEC,
      RoutingInfoForSmRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          FACILITY_NOT_SUPPORTED,
          UNKNOWN_SUBSCRIBER,
          TELESERVICE_NOT_PROVISIONED,
          CALL_BARRED,
          ABSENT_SUBSCRIBER_SM),
      List.of(SHORT_MSG_GATEWAY),
      1),
  /** forwardSM of MAP v1/v2 (MO in shortMsgRelayContext, MT in shortMsgMT-RelayContext v2). */
  FORWARD_SM(
      46,
      ForwardSmArg.CODEC,
      null,
      1,
      Timer.ML,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          FACILITY_NOT_SUPPORTED,
          UNIDENTIFIED_SUBSCRIBER,
          ILLEGAL_SUBSCRIBER,
          ILLEGAL_EQUIPMENT,
          ABSENT_SUBSCRIBER,
          SUBSCRIBER_BUSY_FOR_MT_SMS,
          SM_DELIVERY_FAILURE),
      List.of(SHORT_MSG_MO_RELAY, SHORT_MSG_MT_RELAY),
      1),
  MO_FORWARD_SM(
      46,
      MoForwardSmArg.CODEC,
      MoForwardSmRes.CODEC,
      1,
      Timer.ML,
      EnumSet.of(
          SYSTEM_FAILURE, UNEXPECTED_DATA_VALUE, FACILITY_NOT_SUPPORTED, SM_DELIVERY_FAILURE),
      List.of(SHORT_MSG_MO_RELAY),
      3),
  REPORT_SM_DELIVERY_STATUS(
      47,
      ReportSmDeliveryStatusArg.CODEC,
      ReportSmDeliveryStatusRes.CODEC,
      1,
      Timer.S,
      EnumSet.of(
          DATA_MISSING, UNEXPECTED_DATA_VALUE, UNKNOWN_SUBSCRIBER, MESSAGE_WAITING_LIST_FULL),
      List.of(SHORT_MSG_GATEWAY),
      1),
  /** alertServiceCentreWithoutResult of MAP v1 (class 4). */
  ALERT_SERVICE_CENTRE_WITHOUT_RESULT(
      49,
      AlertServiceCentreArg.CODEC,
      null,
      4,
      Timer.S,
      EnumSet.noneOf(MapErrorCode.class),
      List.of(SHORT_MSG_ALERT),
      1),
  SEND_IDENTIFICATION(
      55,
      SendIdentificationArg.CODEC,
      null,
      1,
      Timer.S,
      EnumSet.of(DATA_MISSING, UNIDENTIFIED_SUBSCRIBER),
      List.of(INTER_VLR_INFO_RETRIEVAL),
      2),
  SEND_AUTHENTICATION_INFO(
      56,
      SendAuthenticationInfoArg.CODEC,
      SendAuthenticationInfoRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(SYSTEM_FAILURE, DATA_MISSING, UNEXPECTED_DATA_VALUE, UNKNOWN_SUBSCRIBER),
      List.of(INFO_RETRIEVAL),
      2),
  /** sendIMSI (§8.9.1): the IMSI of an MSISDN, asked by an OMC/EIR; imsiRetrievalContext v2. */
  SEND_IMSI(
      58,
      SendImsiArg.CODEC,
      SendImsiRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE, UNKNOWN_SUBSCRIBER),
      List.of(IMSI_RETRIEVAL),
      2),
  PROCESS_UNSTRUCTURED_SS_REQUEST(
      59,
      UssdArg.CODEC,
      UssdRes.CODEC,
      1,
      Timer.L,
      EnumSet.of(
          SYSTEM_FAILURE, DATA_MISSING, UNEXPECTED_DATA_VALUE, UNKNOWN_ALPHABET, CALL_BARRED),
      List.of(NETWORK_UNSTRUCTURED_SS),
      2),
  UNSTRUCTURED_SS_REQUEST(
      60,
      UssdArg.CODEC,
      UssdRes.CODEC,
      1,
      Timer.ML,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          ABSENT_SUBSCRIBER,
          ILLEGAL_SUBSCRIBER,
          ILLEGAL_EQUIPMENT,
          UNKNOWN_ALPHABET,
          USSD_BUSY),
      List.of(NETWORK_UNSTRUCTURED_SS),
      2),
  UNSTRUCTURED_SS_NOTIFY(
      61,
      UssdArg.CODEC,
      null,
      1,
      Timer.ML,
      EnumSet.of(
          SYSTEM_FAILURE,
          DATA_MISSING,
          UNEXPECTED_DATA_VALUE,
          ABSENT_SUBSCRIBER,
          ILLEGAL_SUBSCRIBER,
          ILLEGAL_EQUIPMENT,
          UNKNOWN_ALPHABET,
          USSD_BUSY),
      List.of(NETWORK_UNSTRUCTURED_SS),
      2),
  INFORM_SERVICE_CENTRE(
      63,
      InformServiceCentreArg.CODEC,
      null,
      4,
      Timer.S,
      EnumSet.noneOf(MapErrorCode.class),
      List.of(SHORT_MSG_GATEWAY),
      2),
  ALERT_SERVICE_CENTRE(
      64,
      AlertServiceCentreArg.CODEC,
      null,
      1,
      Timer.S,
      EnumSet.of(SYSTEM_FAILURE, DATA_MISSING, UNEXPECTED_DATA_VALUE),
      List.of(SHORT_MSG_ALERT),
      2),
  READY_FOR_SM(
      66,
      ReadyForSmArg.CODEC,
      ReadyForSmRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE, FACILITY_NOT_SUPPORTED, UNKNOWN_SUBSCRIBER),
      List.of(MWD_MNGT),
      2),
  PURGE_MS(
      67,
      PurgeMsArg.CODEC,
      PurgeMsRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE, UNKNOWN_SUBSCRIBER),
      List.of(MS_PURGING),
      2),
  PROVIDE_SUBSCRIBER_INFO(
      70,
      ProvideSubscriberInfoArg.CODEC,
      ProvideSubscriberInfoRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(DATA_MISSING, UNEXPECTED_DATA_VALUE),
      List.of(SUBSCRIBER_INFO_ENQUIRY),
      3),
  ANY_TIME_INTERROGATION(
      71,
      AnyTimeInterrogationArg.CODEC,
      AnyTimeInterrogationRes.CODEC,
      1,
      Timer.M,
      EnumSet.of(
          SYSTEM_FAILURE, ATI_NOT_ALLOWED, DATA_MISSING, UNEXPECTED_DATA_VALUE, UNKNOWN_SUBSCRIBER),
      List.of(ANY_TIME_ENQUIRY),
      3);

  /** Operation timers of TS 29.002 §17.1.2. */
  public enum Timer {
    S(Duration.ofSeconds(10)),
    M(Duration.ofSeconds(30)),
    ML(Duration.ofSeconds(60)),
    L(Duration.ofMinutes(10));

    private final Duration duration;

    Timer(Duration d) {
      this.duration = d;
    }

    public Duration duration() {
      return duration;
    }
  }

  private final int code;
  private final BerCodec<? extends MapParameter> argument;
  private final BerCodec<? extends MapParameter> result;
  private final int operationClass;
  private final Timer timer;
  private final Set<MapErrorCode> errors;
  private final List<MapApplicationContext> contexts;
  private final int minVersion;

  MapOperation(
      int code,
      BerCodec<? extends MapParameter> argument,
      BerCodec<? extends MapParameter> result,
      int operationClass,
      Timer timer,
      EnumSet<MapErrorCode> errors,
      List<MapApplicationContext> contexts,
      int minVersion) {
    this.code = code;
    this.argument = argument;
    this.result = result;
    this.operationClass = operationClass;
    this.timer = timer;
    this.errors = java.util.Collections.unmodifiableSet(errors);
    this.contexts = contexts;
    this.minVersion = minVersion;
  }

  /** The local operation code. */
  public int code() {
    return code;
  }

  @SuppressWarnings("unchecked")
  public <T extends MapParameter> BerCodec<T> argumentCodec() {
    return (BerCodec<T>) argument;
  }

  /** The argument codec for a dialogue at {@code version} (earlier versions' shapes differ). */
  @SuppressWarnings("unchecked")
  public <T extends MapParameter> BerCodec<T> argumentCodec(int version) {
    if (this == PURGE_MS && version <= 2) {
      return (BerCodec<T>) EarlierVersions.PURGE_MS_ARG_V2;
    }
    return argumentCodec();
  }

  /**
   * The result codec for a dialogue at {@code version}; empty when there is no result parameter.
   */
  @SuppressWarnings("unchecked")
  public <T extends MapParameter> Optional<BerCodec<T>> resultCodec(int version) {
    if (this == SEND_ROUTING_INFO && version <= 2) {
      return Optional.of((BerCodec<T>) EarlierVersions.SEND_ROUTING_INFO_RES_V2);
    }
    return resultCodec();
  }

  /** The result codec; empty when the operation returns no result parameter. */
  @SuppressWarnings("unchecked")
  public <T extends MapParameter> Optional<BerCodec<T>> resultCodec() {
    return Optional.ofNullable((BerCodec<T>) result);
  }

  public int operationClass() {
    return operationClass;
  }

  public Timer timer() {
    return timer;
  }

  public Set<MapErrorCode> errors() {
    return errors;
  }

  public List<MapApplicationContext> contexts() {
    return contexts;
  }

  /** Whether this operation is used in {@code context} at {@code version}. */
  public boolean usedIn(MapApplicationContext context, int version) {
    if (!contexts.contains(context) || !context.supports(version) || version < minVersion) {
      return false;
    }
    return switch (this) {
      case FORWARD_SM -> version <= 2;
      case MO_FORWARD_SM, MT_FORWARD_SM -> version >= 3;
      case ALERT_SERVICE_CENTRE_WITHOUT_RESULT -> version == 1;
      default -> true;
    };
  }

  /**
   * The operation with local code {@code code} in a dialogue of {@code context} at {@code version}.
   */
  public static Optional<MapOperation> of(int code, MapApplicationContext context, int version) {
    for (MapOperation op : values()) {
      if (op.code == code && op.usedIn(context, version)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** The operation with local code {@code code}, whatever the context (v3 meaning for 46). */
  public static Optional<MapOperation> of(int code) {
    MapOperation found = null;
    for (MapOperation op : values()) {
      if (op.code == code && (found == null || op == MO_FORWARD_SM)) {
        found = op;
      }
    }
    return Optional.ofNullable(found);
  }
}
