package org.ss7sim.simulator.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.decode.CaptureDecoder;
import org.ss7sim.simulator.decode.DecodedMessage;

/**
 * Every attack of {@code examples/attacks/} is run twice under virtual time: on the network with
 * the firewall off (the attack is answered) and on the one with it on (every attempt is blocked),
 * the partner's SMS and call routing meeting their expectations in both runs.
 */
class AttackExamplesTest {
  @TempDir Path dir;

  static Path attacks() {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples/attacks");
  }

  static Stream<String> attackNames() {
    return Stream.of(
        "location-tracking",
        "imsi-harvesting",
        "send-imsi",
        "sms-interception",
        "call-redirection",
        "call-forwarding");
  }

  JsonNode run(String network, String scenario, StringWriter out) throws Exception {
    Path json = dir.resolve(scenario + ".json");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "run",
            attacks().resolve(network).toString(),
            attacks().resolve(scenario).toString(),
            "--virtual-time",
            "--wide", // whole labels in the ladders kept under target/attack-runs
            "--json",
            json.toString(),
            "--pcap",
            dir.resolve(scenario + ".pcap").toString(),
            "--report",
            dir.resolve(scenario + ".html").toString(),
            "--store-dir",
            dir.toString());
    Path runs = Files.createDirectories(Path.of("target", "attack-runs"));
    Files.writeString(runs.resolve(scenario + ".txt"), out + "\n--- stderr\n" + err);
    Files.copy(
        dir.resolve(scenario + ".pcap"),
        runs.resolve(scenario + ".pcap"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(code).as(scenario + "\n" + out + "\n" + err).isEqualTo(ExitCode.OK);
    return new ObjectMapper().readTree(json.toFile());
  }

  static JsonNode source(JsonNode root, String name) {
    for (JsonNode s : root.get("scenarios")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no source " + name + " in " + root);
  }

  @ParameterizedTest
  @MethodSource("attackNames")
  void the_attack_gets_through_the_open_network_and_is_blocked_by_the_firewall(String attack)
      throws Exception {
    StringWriter openOut = new StringWriter();
    JsonNode open = run("interconnect-open.yaml", attack + ".yaml", openOut);
    assertThat(open.get("ok").asBoolean()).isTrue();
    assertThat(source(open, "attack").get("failed").size()).as(open.toString()).isZero();
    // what the attacker got, in --json: the data each attack is for
    JsonNode loot = open.at("/security/attackers/0");
    switch (attack) {
      case "location-tracking" -> {
        assertThat(loot.get("locations")).hasSize(5);
        assertThat(loot.at("/locations/0/vlr").asText()).isEqualTo("999010000002");
        assertThat(loot.at("/locations/0/state").asText()).isEqualTo("assumed_idle");
      }
      case "imsi-harvesting" -> {
        assertThat(loot.get("imsis")).hasSize(5);
        assertThat(loot.at("/imsis/0/imsi").asText()).isEqualTo("001010000000000");
        assertThat(loot.at("/imsis/0/serving").asText()).isEqualTo("999010000002");
      }
      case "send-imsi" -> {
        assertThat(loot.get("imsis")).hasSize(5);
        assertThat(loot.at("/imsis/4/imsi").asText()).isEqualTo("001010000000004");
      }
      case "sms-interception" -> assertThat(loot.get("sms")).hasSize(5);
      case "call-forwarding" -> {
        assertThat(loot.get("redirected")).hasSize(5);
        assertThat(loot.at("/redirected/0/msisdn").asText()).isEqualTo("9990110000000");
        assertThat(loot.at("/redirected/0/forwarded_to").asText()).isEqualTo("999030000001");
      }
      default -> assertThat(loot.get("answers").asInt()).isEqualTo(5);
    }

    StringWriter onOut = new StringWriter();
    JsonNode on = run("interconnect.yaml", attack + "-firewall.yaml", onOut);
    assertThat(on.get("ok").asBoolean()).isTrue();
    assertThat(source(on, "attack").get("failed").get("blocked").asInt())
        .as(on.toString())
        .isEqualTo(5);
    for (JsonNode root : new JsonNode[] {open, on}) {
      for (String partner : new String[] {"partner-sms", "partner-calls"}) {
        assertThat(source(root, partner).get("failed").size()).as(root.toString()).isZero();
      }
    }
  }

  /** The MAP messages of a run's pcap with this operation that arrived at the point code. */
  List<JsonNode> arriving(String scenario, String operation, String pointCode) throws Exception {
    int pc = org.ss7sim.mtp.PointCode.parse(pointCode).value();
    return CaptureDecoder.decode(dir.resolve(scenario + ".pcap")).stream()
        .<JsonNode>map(DecodedMessage::json)
        .filter(j -> j.at("/map/operation").asText().equals(operation))
        .filter(j -> !j.at("/map/result").asBoolean())
        .filter(j -> j.at("/mtp3/dpc").asInt() == pc)
        .toList();
  }

  static List<String> field(List<JsonNode> messages, String pointer) {
    return messages.stream().map(j -> j.at(pointer).asText()).toList();
  }

  static final String ATTACKER = "4-1-1";
  static final String MSC_A = "1-5-1";

  /**
   * TS 23.012 §4.1.2.3 as the attacker uses it: the HLR takes the forged updateLocation's VLR and
   * MSC numbers, cancels the location in msc-a, sends the profile to the attacker, and from then on
   * answers SRI-SM with the attacker's GT, so the partner's next short messages for the five
   * victims reach the attacker (its loot: the text) while the other five still reach msc-a. With
   * rule cat3 the updateLocation never reaches the HLR and all ten reach msc-a.
   */
  @Test
  void a_forged_update_location_diverts_the_victims_next_short_messages_to_the_attacker()
      throws Exception {
    JsonNode open = run("interconnect-open.yaml", "sms-interception.yaml", new StringWriter());
    List<JsonNode> cancels = arriving("sms-interception.yaml", "cancelLocation", MSC_A);
    assertThat(field(cancels, "/sccp/called/gt")).hasSize(5).containsOnly("999010000002");
    assertThat(field(cancels, "/sccp/calling/gt")).containsOnly("999010000001");
    assertThat(
            field(arriving("sms-interception.yaml", "insertSubscriberData", ATTACKER), "/map/imsi"))
        .hasSize(5);
    List<JsonNode> stolen = arriving("sms-interception.yaml", "mtForwardSm", ATTACKER);
    assertThat(field(stolen, "/map/smRpDa"))
        .containsExactlyInAnyOrder(
            "imsi:001010000000000",
            "imsi:001010000000001",
            "imsi:001010000000002",
            "imsi:001010000000003",
            "imsi:001010000000004");
    assertThat(field(stolen, "/map/text")).containsOnly("Meet me at noon");
    assertThat(field(stolen, "/sccp/called/gt")).containsOnly("999030000001");
    assertThat(field(arriving("sms-interception.yaml", "mtForwardSm", MSC_A), "/map/smRpDa"))
        .containsExactlyInAnyOrder(
            "imsi:001010000000005",
            "imsi:001010000000006",
            "imsi:001010000000007",
            "imsi:001010000000008",
            "imsi:001010000000009");
    JsonNode loot = open.at("/security/attackers/0");
    assertThat(loot.get("node").asText()).isEqualTo("attacker");
    assertThat(loot.get("sms")).hasSize(5);
    assertThat(loot.at("/sms/0/text").asText()).isEqualTo("Meet me at noon");
    assertThat(loot.at("/sms/0/originator").asText()).isEqualTo("9990210000005");
    assertThat(loot.get("calls"))
        .hasSize(5); // PRN for the partner's calls, answered by the attacker
    String html = Files.readString(dir.resolve("sms-interception.yaml.html"));
    assertThat(html)
        .contains("<h2 id=\"security\">Security</h2>")
        .contains("<caption>short messages intercepted (5)</caption>")
        .contains("<td>001010000000000</td><td>9990210000005</td><td>Meet me at noon</td>");

    JsonNode on = run("interconnect.yaml", "sms-interception-firewall.yaml", new StringWriter());
    assertThat(arriving("sms-interception-firewall.yaml", "cancelLocation", MSC_A)).isEmpty();
    assertThat(arriving("sms-interception-firewall.yaml", "mtForwardSm", ATTACKER)).isEmpty();
    assertThat(arriving("sms-interception-firewall.yaml", "mtForwardSm", MSC_A)).hasSize(10);
    assertThat(on.at("/security/attackers/0/sms")).isEmpty();
    assertThat(on.at("/security/firewalls/0/rules/cat3").asInt()).isEqualTo(5);
  }

  /**
   * TS 29.002 §11.2 as the attacker uses it: registerSS (CFU to the attacker's number) for five
   * victims reaches hlr-a, which then answers the partner's SendRoutingInfo for them with the
   * forwarding data, so no ProvideRoamingNumber for them reaches msc-a (their calls go to the
   * attacker); with rule cat2 registerSS never reaches the HLR and all ten calls get a roaming
   * number from msc-a.
   */
  @Test
  void a_forged_register_ss_forwards_the_victims_next_calls_to_the_attacker() throws Exception {
    run("interconnect-open.yaml", "call-forwarding.yaml", new StringWriter());
    String hlrA = "1-4-1";
    List<JsonNode> registered = arriving("call-forwarding.yaml", "registerSs", hlrA);
    assertThat(registered).hasSize(5);
    assertThat(field(registered, "/tcap/acn")).containsOnly("0.4.0.0.1.0.18.2");
    assertThat(field(arriving("call-forwarding.yaml", "provideRoamingNumber", MSC_A), "/map/imsi"))
        .containsExactlyInAnyOrder(
            "001010000000005",
            "001010000000006",
            "001010000000007",
            "001010000000008",
            "001010000000009");

    run("interconnect.yaml", "call-forwarding-firewall.yaml", new StringWriter());
    assertThat(arriving("call-forwarding-firewall.yaml", "registerSs", hlrA)).isEmpty();
    assertThat(arriving("call-forwarding-firewall.yaml", "provideRoamingNumber", MSC_A))
        .hasSize(10);
  }

  @Test
  void the_two_networks_differ_only_in_the_firewall_switch_and_their_names() throws Exception {
    var on = Files.readAllLines(attacks().resolve("interconnect.yaml"));
    var off = Files.readAllLines(attacks().resolve("interconnect-open.yaml"));
    assertThat(off).hasSameSizeAs(on);
    int differing = 0;
    for (int i = 0; i < on.size(); i++) {
      if (!on.get(i).equals(off.get(i))) {
        differing++;
        assertThat(on.get(i)).containsAnyOf("enabled: true", "name: interconnect", "# describes.");
      }
    }
    assertThat(differing).isEqualTo(3);
  }

  static String route(int expectedCode, String network, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "route";
    all[1] = attacks().resolve(network).toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    assertThat(code).as(out + "\n" + err).isEqualTo(expectedCode);
    return out.toString();
  }

  @Test
  void route_names_the_rule_that_would_apply_at_each_firewall() {
    String blocked =
        route(
            ExitCode.FAILED,
            "interconnect.yaml",
            "--from",
            "attacker",
            "--gt",
            "9990110000001",
            "--op",
            "ati");
    assertThat(blocked)
        .contains(
            "stp-gw: firewall: anyTimeInterrogation over the interconnect from istp: rule 'cat1'"
                + " (tcap-abort), anyTimeInterrogation never comes over the interconnect")
        .contains("fails: blocked by the firewall of stp-gw: rule 'cat1' (tcap-abort)");
    String partner =
        route(
            ExitCode.OK,
            "interconnect.yaml",
            "--from",
            "smsc-b",
            "--gt",
            "9990110000001",
            "--op",
            "sri-sm");
    assertThat(partner)
        .contains(
            "stp-gw: firewall: sendRoutingInfoForSM over the interconnect from istp: rule 'partner-gateways' (allow)")
        .contains("arrives at hlr-a");
    String spoofed =
        route(
            ExitCode.FAILED,
            "interconnect.yaml",
            "--from",
            "attacker",
            "--gt",
            "9990110000001",
            "--op",
            "ul",
            "--calling",
            "999030000009",
            "--imsi",
            "001010000000001");
    assertThat(spoofed).contains("rule 'cat3' (tcap-abort), updateLocation from elsewhere");
    String open =
        route(
            ExitCode.OK,
            "interconnect-open.yaml",
            "--from",
            "attacker",
            "--gt",
            "9990110000001",
            "--op",
            "ati");
    assertThat(open).contains("stp-gw: firewall disabled").contains("arrives at hlr-a");
    String plain =
        route(ExitCode.OK, "interconnect.yaml", "--from", "attacker", "--gt", "9990110000001");
    assertThat(plain).doesNotContain("firewall");
    route(
        ExitCode.BAD_INPUT,
        "interconnect.yaml",
        "--from",
        "attacker",
        "--gt",
        "9990110000001",
        "--op",
        "noSuchOp");
  }
}
