package org.ss7sim.simulator.node.ssp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.OptionalParameters;
import org.ss7sim.isup.parameter.OriginalCalledNumber;
import org.ss7sim.isup.parameter.RedirectingNumber;
import org.ss7sim.isup.parameter.RedirectionInformation;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingData;
import org.ss7sim.simulator.node.ssp.ExtendedRoutingInfo.ForwardingReason;
import org.ss7sim.wire.WireWriter;

/** Q.732.2 §2.2.2 redirection parameters of a diverted call's IAM (Q.763 §3.39, §3.44, §3.45). */
class DiversionTest {
  private static String hex(org.ss7sim.isup.parameter.IsupParameter p) {
    WireWriter w = new WireWriter(16);
    p.encodeContent(w);
    return w.toOctets().toString().replace(" ", "").toLowerCase();
  }

  @Test
  void a_first_unconditional_diversion_gives_the_three_parameters() {
    OptionalParameters p =
        Diversion.divert(
                OptionalParameters.NONE,
                "9990110000001",
                new ForwardingData("9992021111", ForwardingReason.UNCONDITIONAL, true))
            .orElseThrow();
    // redirecting number: odd, international; ISDN plan, presentation allowed; 9990110000001
    assertThat(hex(p.find(RedirectingNumber.class))).isEqualTo("841099091100000001");
    // redirection information: octet 1 0x33 (call diverted, original reason unconditional),
    // octet 2 0x31 (counter 1, reason unconditional)
    assertThat(hex(p.find(RedirectionInformation.class))).isEqualTo("3331");
    assertThat(p.find(OriginalCalledNumber.class))
        .isEqualTo(new OriginalCalledNumber(4, 1, 0, "9990110000001"));
  }

  @Test
  void a_second_diversion_counts_up_and_keeps_the_original_called_number_and_reason() {
    OptionalParameters first =
        Diversion.divert(
                OptionalParameters.NONE,
                "9990110000001",
                new ForwardingData("9990110000002", ForwardingReason.BUSY, true))
            .orElseThrow();
    OptionalParameters second =
        Diversion.divert(
                first,
                "9990110000002",
                new ForwardingData("9992021111", ForwardingReason.NOT_REACHABLE, false))
            .orElseThrow();
    RedirectionInformation ri = second.find(RedirectionInformation.class);
    assertThat(ri.redirectingIndicator()).isEqualTo(Diversion.CALL_DIVERTED_RESTRICTED);
    assertThat(ri.originalRedirectionReason()).isEqualTo(1);
    assertThat(ri.redirectionCounter()).isEqualTo(2);
    assertThat(ri.redirectingReason()).isEqualTo(6);
    assertThat(second.find(RedirectingNumber.class).digits()).isEqualTo("9990110000002");
    assertThat(second.find(RedirectingNumber.class).presentation()).isEqualTo(1);
    assertThat(second.find(OriginalCalledNumber.class).digits()).isEqualTo("9990110000001");
  }

  @Test
  void a_sixth_diversion_is_refused() {
    OptionalParameters fifth =
        OptionalParameters.of(new RedirectionInformation(3 | 3 << 4 | 5 << 8 | 3 << 12));
    assertThat(
            Diversion.divert(
                fifth,
                "9990110000001",
                new ForwardingData("9992021111", ForwardingReason.UNCONDITIONAL, true)))
        .isEqualTo(Optional.empty());
  }

  @Test
  void only_the_redirection_parameters_of_a_received_iam_are_passed_on() {
    RedirectingNumber rn = new RedirectingNumber(4, 1, 0, "4930123");
    OptionalParameters received = OptionalParameters.of(CallingPartyNumber.national("123"), rn);
    assertThat(Diversion.received(received).list()).containsExactly(rn);
  }
}
