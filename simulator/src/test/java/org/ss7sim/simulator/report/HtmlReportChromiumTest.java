package org.ss7sim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;

/**
 * The demo's {@code --report} loaded in headless Chromium: after its script ran, the DOM holds the
 * graph (a node per node of the network, a link per link, coloured by state), per scenario a
 * latency histogram whose bars add up to the successes and a rate chart with the timed event, and
 * ladders with one arrow per message of their flow. Without Chromium the test is skipped, except
 * under CI=true where that is a failure.
 */
class HtmlReportChromiumTest {
  static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

  @TempDir static Path dir;
  static String dom;
  static JsonNode results;
  static String html;
  static Path browser;
  static Path report;

  static Path chromium() {
    for (String c : CHROMIUM) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("chromium not installed (CI=true: the report must be tested in a browser)");
    }
    assumeTrue(false, "chromium not installed");
    return null;
  }

  @BeforeAll
  static void renderTheDemoReport() throws Exception {
    browser = chromium();
    report = dir.resolve("demo.html");
    Path json = dir.resolve("demo.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "demo",
            "--calls",
            "5",
            "--sms",
            "10",
            "--report",
            report.toString(),
            "--json",
            json.toString(),
            "--pcap",
            dir.resolve("demo.pcap").toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    html = Files.readString(report);
    results = new ObjectMapper().readTree(json.toFile());
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Process p =
        new ProcessBuilder(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--dump-dom",
                report.toUri().toString())
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    byte[] dumped = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium ended").isTrue();
    dom = new String(dumped, StandardCharsets.UTF_8);
    assertThat(dom).as(Files.readString(dir.resolve("chromium.log"))).contains("</html>");
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The inner text of every element {@code <tag class="cls"…>…</tag>} (not nested). */
  static List<String> elements(String text, String tag, String cls) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile(
                "<" + tag + " class=\"" + cls + "\"[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL)
            .matcher(text);
    while (m.find()) {
      out.add(m.group(0));
    }
    return out;
  }

  @Test
  void the_script_ran_and_nothing_is_fetched_from_elsewhere() {
    assertThat(dom).contains("data-rendered=\"true\"");
    assertThat(html).doesNotContainPattern("(src|href)=\"https?:");
    assertThat(dom).contains("<a id=\"pcap\" href=\"demo.pcap\"");
  }

  @Test
  void the_graph_has_a_node_per_node_and_a_link_per_link_coloured_by_state() {
    Network network = ConfigLoader.demoNetwork();
    int links =
        network.nodes().stream()
            .mapToInt(n -> (int) n.links().stream().filter(l -> !l.listens()).count())
            .sum();
    assertThat(count(dom, "<g class=\"node [^\"]*\" data-node=")).isEqualTo(network.nodes().size());
    assertThat(count(dom, "<line class=\"link asp_active\"")).isEqualTo(links);
    assertThat(dom).contains("data-node=\"hlr\" data-kind=\"hlr\"");
    assertThat(dom)
        .containsPattern("data-node=\"hlr\"[^>]*data-counters=\"hlr — hlr[^\"]*sent tcap ");
  }

  @Test
  void each_scenario_has_a_latency_histogram_adding_up_to_its_successes_and_a_rate_chart() {
    List<String> sections = elements(dom, "section", "scenario");
    assertThat(sections).hasSize(results.get("scenarios").size());
    for (int i = 0; i < sections.size(); i++) {
      String s = sections.get(i);
      JsonNode r = results.get("scenarios").get(i);
      assertThat(count(s, "<rect class=\"bar\""))
          .isEqualTo(HtmlReport.LATENCY_BOUNDS_MS.length + 1);
      Matcher bars = Pattern.compile("data-count=\"(\\d+)\"").matcher(s);
      long sum = 0;
      while (bars.find()) {
        sum += Long.parseLong(bars.group(1));
      }
      assertThat(sum).as(r.get("name").asText()).isEqualTo(r.get("succeeded").asLong());
      assertThat(count(s, "<polyline class=\"series (attempted|succeeded|failed)\"")).isEqualTo(3);
      assertThat(count(s, "<line class=\"event\" [^>]*data-label=\"9990120000000 attached\""))
          .as("the demo's timed event on the time axis")
          .isEqualTo(1);
    }
  }

  @Test
  void each_ladder_has_one_arrow_per_message_of_its_one_flow() {
    List<String> ladders = elements(dom, "section", "ladder");
    assertThat(ladders).hasSizeGreaterThanOrEqualTo(3);
    assertThat(ladders.get(0)).as("failed flows first").contains("failed call (call-");
    // then the first flow of each kind: call, sms, and the demo's mobile services
    assertThat(ladders).anySatisfy(l -> assertThat(l).contains("first call (call-1)"));
    for (String l : ladders) {
      Matcher m = Pattern.compile("data-messages=\"(\\d+)\"").matcher(l);
      assertThat(m.find()).isTrue();
      int messages = Integer.parseInt(m.group(1));
      assertThat(messages).isPositive();
      assertThat(count(l, "<line class=\"msg\"")).isEqualTo(messages);
    }
    assertThat(ladders)
        .anySatisfy(l -> assertThat(l).contains("first sms (sms-1)", "submit_sm", "deliver_sm"))
        .anySatisfy(l -> assertThat(l).contains("first mo_call (mo_call-1)", "releaseCall"));
  }

  @Test
  void each_node_has_its_messages_by_layer_and_type() {
    assertThat(count(dom, "<section class=\"node\" data-node="))
        .isEqualTo(ConfigLoader.demoNetwork().nodes().size());
    assertThat(dom).containsPattern("<td>isup IAM</td><td>\\d+</td>");
    assertThat(dom).containsPattern("<td>smpp submit_sm</td><td>\\d+</td>");
  }

  /**
   * A real hover, through the DevTools protocol: the pointer moved over a node of the graph (at the
   * centre of its circle as the browser laid it out) shows the tooltip with that node's name, kind
   * and counters — the same numbers as its table in the Nodes section — and moving it away hides
   * the tooltip again.
   */
  @Test
  void hovering_a_node_shows_its_counters() throws Exception {
    try (DevTools page =
        DevTools.open(
            browser,
            Files.createDirectories(dir.resolve("profile-hover")),
            report.toUri().toString(),
            java.time.Duration.ofSeconds(60))) {
      assertThat(
              page.evaluate(
                      "new Promise(done => { const check = () =>"
                          + " document.querySelector('[data-rendered=\"true\"]')"
                          + " ? done(true) : setTimeout(check, 50); check(); })")
                  .asBoolean())
          .as(page.log())
          .isTrue();
      assertThat(page.evaluate("document.getElementById('tip').hidden").asBoolean())
          .as("no tooltip before the pointer comes")
          .isTrue();
      for (String node : List.of("hlr", "smsc", "stp-a")) {
        JsonNode centre =
            page.evaluate(
                "(() => { const c = document.querySelector('g.node[data-node=\""
                    + node
                    + "\"] circle');"
                    + " c.scrollIntoView({block: 'center', inline: 'center'});"
                    + " const r = c.getBoundingClientRect();"
                    + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
        page.moveMouse(centre.get(0).asDouble(), centre.get(1).asDouble());
        JsonNode tip =
            page.evaluate(
                "(() => { const t = document.getElementById('tip');"
                    + " const r = t.getBoundingClientRect();"
                    + " return {hidden: t.hidden, text: t.textContent, width: r.width}; })()");
        assertThat(tip.get("hidden").asBoolean()).as("tooltip over " + node).isFalse();
        assertThat(tip.get("width").asDouble()).as("tooltip laid out").isPositive();
        List<String> lines = List.of(tip.get("text").asText().split("\n"));
        assertThat(lines.get(0)).startsWith(node + " — ");
        assertThat(lines.subList(1, lines.size()))
            .as("the counters of " + node)
            .isNotEmpty()
            .containsExactlyElementsOf(tableOf(node));
        page.moveMouse(1, 1);
        assertThat(page.evaluate("document.getElementById('tip').hidden").asBoolean())
            .as("tooltip hidden once the pointer left " + node)
            .isTrue();
      }
    }
  }

  /** A node's rows in the Nodes section as the tooltip words them: "sent K: N", then "R: N". */
  private static List<String> tableOf(String node) {
    Matcher section =
        Pattern.compile(
                "<section class=\"node\" data-node=\"" + node + "\">(.*?)</section>",
                Pattern.DOTALL)
            .matcher(dom);
    assertThat(section.find()).as("section of " + node).isTrue();
    List<String> rows = new ArrayList<>();
    String[] tables = section.group(1).split("<table class=\"discards\">");
    Matcher sent = Pattern.compile("<tr><td>([^<]*)</td><td>(\\d+)</td></tr>").matcher(tables[0]);
    while (sent.find()) {
      rows.add("sent " + unescape(sent.group(1)) + ": " + sent.group(2));
    }
    Matcher discard =
        Pattern.compile("<tr><td>([^<]*)</td><td>(\\d+)</td></tr>").matcher(tables[1]);
    while (discard.find()) {
      rows.add(unescape(discard.group(1)) + ": " + discard.group(2));
    }
    return rows;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
