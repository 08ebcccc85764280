package org.ss7sim.simulator.node.ssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.CamelRouting;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingReason;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.TCsi;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.RawElement;

/**
 * TS 29.002 §17.7.1/§17.7.3 elements of SendRoutingInfo as the gateway MSC reads and writes them.
 */
class ExtendedRoutingInfoTest {
  private static RawElement raw(String hex) {
    Octets o = Octets.fromHex(hex);
    return new RawElement(o.get(0), o);
  }

  @Test
  void forwarding_data_with_number_and_options_reads_reason_and_presentation() throws Exception {
    // 30 0b: 85 06 91 99 09 12 12 f1 (+999021211), 86 01 64 (bit 7 presentation, bits 4-3 01 busy)
    RawElement e = raw("300b8506919909121" + "2f1860164");
    assertThat(ExtendedRoutingInfo.forwarding(List.of(e)))
        .contains(new ForwardingData("999021211", ForwardingReason.BUSY, true));
  }

  @Test
  void forwarding_data_without_options_is_unconditional_with_presentation() throws Exception {
    // as the HLR's SupplementaryServices.forwardingData writes it: forwardedToNumber only
    RawElement e = raw("30078505919909121" + "2");
    assertThat(ExtendedRoutingInfo.forwarding(List.of(e)))
        .contains(new ForwardingData("99902121", ForwardingReason.UNCONDITIONAL, true));
  }

  @Test
  void forwarding_data_without_a_number_is_malformed() {
    assertThatThrownBy(() -> ExtendedRoutingInfo.forwarding(List.of(raw("3003860164"))))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("forwardedToNumber");
  }

  @Test
  void forwarding_options_of_two_octets_are_malformed() {
    assertThatThrownBy(
            () -> ExtendedRoutingInfo.forwarding(List.of(raw("300b850591990912128602640c"))))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void encoded_forwarding_data_reads_back() throws Exception {
    for (ForwardingReason r : ForwardingReason.values()) {
      for (boolean presentation : new boolean[] {true, false}) {
        ForwardingData f = new ForwardingData("9992021111", r, presentation);
        assertThat(ExtendedRoutingInfo.forwarding(List.of(ExtendedRoutingInfo.encode(f))))
            .contains(f);
      }
    }
  }

  @Test
  void camel_routing_info_bytes_follow_the_asn1() {
    RawElement e =
        ExtendedRoutingInfo.encode(new TCsi(300, "999010000004", true), Optional.empty());
    // a8 1b: [0] gmscCamelSubscriptionInfo { [0] t-CSI { SEQUENCE OF { SEQUENCE {
    //   ENUMERATED 12, INTEGER 300, [0] 91 99 09 01 00 00 40, [1] 01 } } } }
    assertThat(e.encoding().toString().replace(" ", "").toLowerCase())
        .isEqualTo("a81ba019a017301530130a010c0202012c800791990901000040810101");
  }

  @Test
  void camel_routing_info_reads_the_dp12_trigger_and_forwarding_data() throws Exception {
    ForwardingData f = new ForwardingData("9992021777", ForwardingReason.NO_REPLY, true);
    TCsi csi = new TCsi(300, "999010000004", false);
    Optional<CamelRouting> c =
        ExtendedRoutingInfo.camel(List.of(ExtendedRoutingInfo.encode(csi, Optional.of(f))));
    assertThat(c).contains(new CamelRouting(Optional.of(csi), Optional.of(f)));
    assertThat(
            ExtendedRoutingInfo.forwarding(
                List.of(ExtendedRoutingInfo.encode(csi, Optional.of(f)))))
        .as("camelRoutingInfo is not the routingInfo alternative")
        .isEmpty();
  }

  @Test
  void a_t_csi_with_only_a_t_busy_trigger_has_no_dp12() throws Exception {
    // the same T-CSI with DP 13 (tBusy) instead of 12
    RawElement e = raw("a81ba019a017301530130a010d0202012c800791990901000040810101");
    assertThat(ExtendedRoutingInfo.camel(List.of(e)))
        .contains(new CamelRouting(Optional.empty(), Optional.empty()));
  }

  @Test
  void camel_info_offers_phases_1_and_2_and_suppresses_the_t_csi_when_asked() throws Exception {
    assertThat(ExtendedRoutingInfo.camelInfo(false).encoding().toString().replace(" ", ""))
        .isEqualToIgnoringCase("ab04030206c0");
    assertThat(ExtendedRoutingInfo.camelInfo(true).encoding().toString().replace(" ", ""))
        .isEqualToIgnoringCase("ab06030206c00500");
    assertThat(ExtendedRoutingInfo.suppressesTCsi(List.of(ExtendedRoutingInfo.camelInfo(true))))
        .isTrue();
    assertThat(ExtendedRoutingInfo.suppressesTCsi(List.of(ExtendedRoutingInfo.camelInfo(false))))
        .isFalse();
    assertThat(ExtendedRoutingInfo.suppressesTCsi(List.of())).isFalse();
  }
}
