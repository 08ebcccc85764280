package org.ss7sim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityResultsTest {
  @TempDir Path dir;

  static SecurityResults sample(int smsCount) {
    Map<String, List<Map<String, String>>> items = new LinkedHashMap<>();
    items.put(
        "imsis",
        List.of(Map.of("msisdn", "9990110000000", "imsi", "001010000000000", "serving", "-")));
    List<Map<String, String>> sms = new java.util.ArrayList<>();
    for (int i = 0; i < smsCount; i++) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("recipient", "00101000000000" + (i % 10));
      row.put("originator", "9990210000005");
      row.put("text", "<b>Meet me</b> " + i);
      sms.add(row);
    }
    items.put("sms", sms);
    items.put("redirected", List.of());
    Map<String, Long> rules = new LinkedHashMap<>();
    rules.put("cat3", 5L);
    rules.put("default", 60L);
    return new SecurityResults(
        List.of(new SecurityResults.AttackerLoot("attacker", 7, items)),
        List.of(new SecurityResults.FirewallCounts("stp-gw", rules)));
  }

  @Test
  void json_has_each_attackers_loot_by_kind_and_each_firewalls_counters() throws Exception {
    Path file = dir.resolve("r.json");
    ResultsJson.write(file, true, List.of(), Map.of(), sample(2));
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.get("ok").asBoolean()).isTrue();
    JsonNode a = root.at("/security/attackers/0");
    assertThat(a.get("node").asText()).isEqualTo("attacker");
    assertThat(a.get("answers").asInt()).isEqualTo(7);
    assertThat(a.at("/imsis/0/imsi").asText()).isEqualTo("001010000000000");
    assertThat(a.at("/sms/1/text").asText()).isEqualTo("<b>Meet me</b> 1");
    assertThat(a.get("redirected")).isEmpty();
    assertThat(root.at("/security/firewalls/0/rules/cat3").asLong()).isEqualTo(5);
  }

  @Test
  void json_has_no_security_key_without_attackers_or_firewalls() throws Exception {
    Path file = dir.resolve("r.json");
    ResultsJson.write(file, true, List.of(), Map.of(), SecurityResults.NONE);
    assertThat(new ObjectMapper().readTree(file.toFile()).has("security")).isFalse();
  }

  @Test
  void the_report_shows_a_security_section_with_a_table_per_kind_escaped_and_bounded() {
    String html =
        HtmlReport.render(
            "t",
            true,
            List.of(),
            List.of(),
            HtmlReport.Extras.NONE.withSecurity(sample(SecurityResults.HTML_ROWS + 3)));
    assertThat(html)
        .contains("<h2 id=\"security\">Security</h2>")
        .contains("<section class=\"attacker\" data-node=\"attacker\"><h3>attacker attacker: 7")
        .contains("<caption>IMSIs harvested (1)</caption>")
        .contains("<caption>short messages intercepted (53)</caption>")
        .contains("<td>&lt;b&gt;Meet me&lt;/b&gt; 0</td>")
        .doesNotContain("<b>Meet me</b>")
        .contains("… 3 more in --json")
        .doesNotContain("data-kind=\"redirected\"") // empty kinds get no table
        .contains("<tr><td>cat3</td><td>5</td></tr>");
    assertThat(html.indexOf("Meet me&lt;/b&gt; " + (SecurityResults.HTML_ROWS - 1))).isPositive();
    assertThat(html).doesNotContain("Meet me&lt;/b&gt; " + SecurityResults.HTML_ROWS + "<");
    assertThat(HtmlReport.render("t", true, List.of(), List.of())).doesNotContain("Security");
  }
}
