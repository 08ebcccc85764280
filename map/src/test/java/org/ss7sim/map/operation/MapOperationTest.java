package org.ss7sim.map.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ss7sim.map.operation.MapApplicationContext.*;
import static org.ss7sim.map.operation.MapOperation.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.wire.ber.ObjectIdentifier;

/** Operation codes, contexts and versions of TS 29.002 §17.2/§17.5/§17.6. */
class MapOperationTest {
  @ParameterizedTest(name = "{0} = {1} in {2} v{3}")
  @CsvSource({
    "SEND_ROUTING_INFO_FOR_SM, 45, SHORT_MSG_GATEWAY, 1",
    "SEND_ROUTING_INFO_FOR_SM, 45, SHORT_MSG_GATEWAY, 3",
    "MT_FORWARD_SM, 44, SHORT_MSG_MT_RELAY, 3",
    "FORWARD_SM, 46, SHORT_MSG_MT_RELAY, 2",
    "MO_FORWARD_SM, 46, SHORT_MSG_MO_RELAY, 3",
    "FORWARD_SM, 46, SHORT_MSG_MO_RELAY, 1",
    "REPORT_SM_DELIVERY_STATUS, 47, SHORT_MSG_GATEWAY, 2",
    "ALERT_SERVICE_CENTRE, 64, SHORT_MSG_ALERT, 2",
    "ALERT_SERVICE_CENTRE_WITHOUT_RESULT, 49, SHORT_MSG_ALERT, 1",
    "INFORM_SERVICE_CENTRE, 63, SHORT_MSG_GATEWAY, 3",
    "READY_FOR_SM, 66, MWD_MNGT, 3",
    "SEND_ROUTING_INFO, 22, LOCATION_INFO_RETRIEVAL, 3",
    "PROVIDE_ROAMING_NUMBER, 4, ROAMING_NUMBER_ENQUIRY, 2",
    "UPDATE_LOCATION, 2, NETWORK_LOC_UP, 3",
    "CANCEL_LOCATION, 3, LOCATION_CANCELLATION, 3",
    "INSERT_SUBSCRIBER_DATA, 7, SUBSCRIBER_DATA_MNGT, 3",
    "INSERT_SUBSCRIBER_DATA, 7, NETWORK_LOC_UP, 3",
    "DELETE_SUBSCRIBER_DATA, 8, SUBSCRIBER_DATA_MNGT, 2",
    "SEND_AUTHENTICATION_INFO, 56, INFO_RETRIEVAL, 3",
    "PURGE_MS, 67, MS_PURGING, 3",
    "ANY_TIME_INTERROGATION, 71, ANY_TIME_ENQUIRY, 3",
    "PROVIDE_SUBSCRIBER_INFO, 70, SUBSCRIBER_INFO_ENQUIRY, 3",
    "PROCESS_UNSTRUCTURED_SS_REQUEST, 59, NETWORK_UNSTRUCTURED_SS, 2",
    "UNSTRUCTURED_SS_REQUEST, 60, NETWORK_UNSTRUCTURED_SS, 2",
    "UNSTRUCTURED_SS_NOTIFY, 61, NETWORK_UNSTRUCTURED_SS, 2",
  })
  void operation_code_and_context(
      MapOperation op, int code, MapApplicationContext ac, int version) {
    assertThat(op.code()).isEqualTo(code);
    assertThat(MapOperation.of(code, ac, version)).contains(op);
  }

  @Test
  void forward_sm_and_mo_forward_sm_share_46_and_the_version_decides() {
    assertThat(MapOperation.of(46, SHORT_MSG_MO_RELAY, 2)).contains(FORWARD_SM);
    assertThat(MapOperation.of(46, SHORT_MSG_MO_RELAY, 3)).contains(MO_FORWARD_SM);
    assertThat(MapOperation.of(44, SHORT_MSG_MT_RELAY, 2)).isEmpty();
    assertThat(MapOperation.of(2, SHORT_MSG_GATEWAY, 3)).isEmpty();
  }

  @Test
  void application_context_names_are_map_ac_ids_with_the_version() {
    assertThat(SHORT_MSG_GATEWAY.oid(3)).isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.20.3"));
    assertThat(SHORT_MSG_MT_RELAY.oid(2)).isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.25.2"));
    assertThat(NETWORK_UNSTRUCTURED_SS.oid(2))
        .isEqualTo(ObjectIdentifier.parse("0.4.0.0.1.0.19.2"));
    assertThat(MapApplicationContext.of(ObjectIdentifier.parse("0.4.0.0.1.0.29.3")))
        .contains(new MapApplicationContext.Versioned(ANY_TIME_ENQUIRY, 3));
    assertThat(MapApplicationContext.of(ObjectIdentifier.parse("0.4.0.0.1.0.29.2"))).isEmpty();
    assertThat(MapApplicationContext.of(ObjectIdentifier.parse("1.2.3"))).isEmpty();
    for (MapApplicationContext c : MapApplicationContext.values()) {
      for (int v = c.minVersion(); v <= c.maxVersion(); v++) {
        assertThat(MapApplicationContext.of(c.oid(v)))
            .contains(new MapApplicationContext.Versioned(c, v));
      }
    }
  }

  @Test
  void sms_errors_the_issue_names_are_where_the_spec_puts_them() {
    assertThat(MT_FORWARD_SM.errors())
        .contains(
            MapErrorCode.ABSENT_SUBSCRIBER_SM,
            MapErrorCode.SM_DELIVERY_FAILURE,
            MapErrorCode.SUBSCRIBER_BUSY_FOR_MT_SMS,
            MapErrorCode.FACILITY_NOT_SUPPORTED,
            MapErrorCode.UNIDENTIFIED_SUBSCRIBER);
    assertThat(SEND_ROUTING_INFO_FOR_SM.errors())
        .contains(
            MapErrorCode.UNKNOWN_SUBSCRIBER,
            MapErrorCode.CALL_BARRED,
            MapErrorCode.TELESERVICE_NOT_PROVISIONED,
            MapErrorCode.ABSENT_SUBSCRIBER_SM);
    assertThat(MapErrorCode.SM_DELIVERY_FAILURE.code()).isEqualTo(32);
    assertThat(MapErrorCode.ABSENT_SUBSCRIBER_SM.code()).isEqualTo(6);
    assertThat(MapErrorCode.SYSTEM_FAILURE.code()).isEqualTo(34);
    assertThat(MapErrorCode.of(99)).isEmpty();
  }
}
