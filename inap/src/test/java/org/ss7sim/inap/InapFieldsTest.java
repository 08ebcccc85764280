package org.ss7sim.inap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ss7sim.inap.message.CalledPartyNumber;
import org.ss7sim.inap.message.CallingPartyNumber;
import org.ss7sim.inap.message.Cause;
import org.ss7sim.inap.message.ConnectArg;
import org.ss7sim.inap.message.InapOperation;
import org.ss7sim.inap.message.InitialDpArg;
import org.ss7sim.inap.message.NatureOfAddress;
import org.ss7sim.inap.message.ReleaseCallArg;
import org.ss7sim.tcap.component.Invoke;
import org.ss7sim.tcap.component.InvokeId;
import org.ss7sim.wire.Octets;

class InapFieldsTest {
  @Test
  void initial_dp_fields_in_spec_order() {
    Map<String, Object> m =
        InapFields.of(
            InitialDpArg.of(
                10,
                CalledPartyNumber.of(NatureOfAddress.NATIONAL, "0800123"),
                CallingPartyNumber.of(NatureOfAddress.NATIONAL, "30212345")));
    assertThat(m)
        .containsExactly(
            Map.entry("operation", "initialDP"),
            Map.entry("serviceKey", 10L),
            Map.entry("called", "0800123"),
            Map.entry("calling", "30212345"),
            Map.entry("eventTypeBCSM", 2));
  }

  @Test
  void connect_release_and_bad_invoke() {
    assertThat(InapFields.of(ConnectArg.to(CalledPartyNumber.of(NatureOfAddress.NATIONAL, "301"))))
        .containsEntry("operation", "connect")
        .containsEntry("destination", "301");
    assertThat(InapFields.of(new ReleaseCallArg(Cause.of(Cause.USER_BUSY))))
        .containsEntry("cause", 17);
    Invoke bad =
        new Invoke(InvokeId.of(1), null, InapOperation.CONNECT.opCode(), Octets.fromHex("3000"));
    assertThat(InapFields.of(bad)).containsKey("error").containsEntry("operation", "20");
  }
}
