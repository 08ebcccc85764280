package org.ss7sim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.trace.TraceEvent;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;

class LadderTest {
  static TraceEvent event(long micros, String from, String to, String label) {
    Endpoint e = Endpoint.of("127.0.0.1", 2905);
    return new TraceEvent(
        micros, from, to, "call-1", label, TraceEvent.Carrier.M3UA, e, e, 1, Octets.EMPTY);
  }

  static final List<TraceEvent> CALL =
      List.of(
          event(1_000, "ssp-a", "stp-1", "IAM cic=1"),
          event(1_400, "stp-1", "ssp-b", "IAM cic=1"),
          event(3_000, "ssp-b", "stp-1", "ACM cic=1"),
          event(3_500, "stp-1", "ssp-a", "ACM cic=1"));

  @Test
  void text_ladder_has_a_lifeline_per_node_and_an_arrow_per_message_in_the_right_direction() {
    String text = Ladder.of("first call", CALL).toText();
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("first call");
    assertThat(lines.get(1)).contains("ssp-a").contains("stp-1").contains("ssp-b");
    assertThat(lines.get(1).indexOf("ssp-a")).isLessThan(lines.get(1).indexOf("stp-1"));
    assertThat(lines).hasSize(2 + 2 * CALL.size());
    assertThat(lines.get(2)).matches("^ +\\+0\\.0ms .*").contains("IAM cic=1");
    assertThat(lines.get(3)).contains("--->").doesNotContain("<");
    assertThat(lines.get(8)).matches("^ +\\+2\\.5ms .*").contains("ACM cic=1");
    assertThat(lines.get(9)).contains("<---").doesNotContain(">");
    // the first arrow runs from ssp-a's lifeline to stp-1's
    int a = lines.get(3).indexOf('|');
    assertThat(lines.get(3).charAt(a + 1)).isEqualTo('-');
  }

  @Test
  void svg_ladder_escapes_labels_and_draws_one_arrow_per_message() {
    List<TraceEvent> events = List.of(event(0, "esme", "smsc", "submit_sm <UCS2 & 8-bit>"));
    String svg = Ladder.of("first <sms>", events).toSvg();
    assertThat(svg)
        .startsWith("<svg")
        .contains("submit_sm &lt;UCS2 &amp; 8-bit&gt;")
        .contains("first &lt;sms&gt;");
    assertThat(svg.split("marker-end", -1)).hasSize(2);
  }

  @Test
  void html_report_lists_every_scenario_and_embeds_the_ladders() {
    ScenarioResult calls = new ScenarioResult("calls", "call");
    calls.attempt(0);
    calls.success(0, 2_000_000);
    calls.attempt(0);
    calls.failure("17 user busy", 3_000_000);
    String html =
        HtmlReport.render("demo", false, List.of(calls), List.of(Ladder.of("first call", CALL)));
    assertThat(html).contains("<td>calls</td>", "17 user busy: 1", "Expectations not met", "<svg");
  }

  static final List<TraceEvent> SMS_SIX_NODES =
      List.of(
          event(0, "esme-bulk-sender-1", "smsc-gateway-1", "submit_sm"),
          event(100, "smsc-gateway-1", "stp-north-1", "TC-BEGIN sendRoutingInfoForSM (invoke 1)"),
          event(200, "stp-north-1", "hlr-main-1", "TC-BEGIN sendRoutingInfoForSM (invoke 1)"),
          event(
              300,
              "hlr-main-1",
              "stp-south-2",
              "TC-END sendRoutingInfoForSM result imsi=001010000000001"),
          event(
              400, "stp-south-2", "msc-vlr-west-1", "TC-BEGIN mt-forwardSM (invoke 1) segment 1/3"),
          event(
              500,
              "msc-vlr-west-1",
              "esme-bulk-sender-1",
              "deliver_sm receipt id=0123456789abcdef"));

  @Test
  void a_ladder_of_six_nodes_with_long_labels_fits_120_columns_and_keeps_every_row() {
    List<String> lines = Ladder.of("first sms", SMS_SIX_NODES).toText().lines().toList();
    assertThat(lines)
        .hasSize(2 + 2 * SMS_SIX_NODES.size())
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
    assertThat(lines.get(1)).contains("esme-bu", "msc-vlr");
    assertThat(String.join("\n", lines)).contains("…", "submit_sm");
  }

  @Test
  void full_width_on_request_keeps_names_and_labels_whole() {
    String wide = Ladder.of("first sms", SMS_SIX_NODES).toText(Integer.MAX_VALUE);
    assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(120);
    assertThat(wide)
        .contains("esme-bulk-sender-1", "msc-vlr-west-1", "TC-BEGIN sendRoutingInfoForSM");
  }
}
