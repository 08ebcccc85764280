package org.ss7sim.simulator.node.hlr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.map.message.SendRoutingInfoRes;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.gsm.Imsi;

class SupplementaryServicesTest {
  @Test
  void forwarding_data_is_a_sequence_with_the_forwarded_to_number_in_context_tag_5() {
    // TS 29.002 §17.7.3 ForwardingData: forwardedToNumber [5] ISDN-AddressString (international,
    // E.164: 0x91, then TBCD digits)
    assertThat(SupplementaryServices.forwardingData("999030000001").encoding())
        .isEqualTo(Octets.fromHex("3009850791990903000010"));
  }

  @Test
  void a_routing_answer_with_forwarding_data_round_trips_without_a_roaming_number()
      throws Exception {
    SendRoutingInfoRes res =
        new SendRoutingInfoRes(
            new Imsi("001010000000003"),
            null,
            null,
            List.of(SupplementaryServices.forwardingData("999030000001")));
    Octets bytes = SendRoutingInfoRes.CODEC.encode(res);
    // [3] { imsi [9], forwardingData SEQUENCE } in the ASN.1 order
    assertThat(bytes.toHex()).startsWith("a3").contains("3009850791990903000010");
    SendRoutingInfoRes back = SendRoutingInfoRes.CODEC.decode(bytes);
    assertThat(back.roamingNumber()).isNull();
    assertThat(back.imsi().digits()).isEqualTo("001010000000003");
    assertThat(back.unmodelled()).extracting(e -> e.tag()).containsExactly(0x30);
    assertThat(SendRoutingInfoRes.CODEC.encode(back)).isEqualTo(bytes);
  }
}
