package org.ss7sim.simulator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.testkit.Tshark;

/**
 * {@code ss7sim demo} itself: the built-in network, every call and SMS case, exit 0 only with every
 * expectation met, the DESIGN.md §4 JSON, and a pcap tshark reads without a malformed frame.
 */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demo_runs_every_flow_and_exits_0_with_the_results_json_and_pcap() throws Exception {
    Path json = dir.resolve("demo.json");
    Path pcap = dir.resolve("demo.pcap");
    Path html = dir.resolve("demo.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "demo",
            "--calls",
            "10",
            "--sms",
            "10",
            "--json",
            json.toString(),
            "--pcap",
            pcap.toString(),
            "--report",
            html.toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("first call (call-1)", "first sms (sms-1)", "IAM cic=", "submit_sm")
        .contains("all expectations met");
    assertThat(err.toString()).contains("calls-answered");
    // issue 19's mobile services, each in its own ladder with its messages in order
    assertThat(ladder(out, "first mo_call (mo_call-1)"))
        .as("a prepaid call released when its 3 s of credit are used up")
        .containsSubsequence(
            "TC-BEGIN initialDP",
            "TC-CONTINUE requestReportBCSMEvent applyCharging continue",
            "IAM cic=",
            "ANM cic=",
            "TC-CONTINUE applyChargingReport",
            "TC-CONTINUE applyCharging",
            "TC-CONTINUE applyChargingReport",
            "TC-END releaseCall",
            "REL cic=",
            "RLC cic=");
    assertThat(ladder(out, "first mo_sms (mo_sms-1)"))
        .as("a short message charged through the MO-SMS-CSI")
        .containsSubsequence(
            "TC-BEGIN initialDPSMS",
            "TC-CONTINUE requestReportSMSEvent continueSMS",
            "TC-BEGIN moForwardSm",
            "TC-END result",
            "TC-END eventReportSMS")
        .contains("deliver_sm", "deliver_sm_resp");
    assertThat(ladder(out, "first ussd (ussd-1)"))
        .as("the *123# menu walked: 2 Bundles, 1 Data 1GB")
        .containsSubsequence(
            "TC-BEGIN processUnstructuredSsRequest",
            "TC-CONTINUE unstructuredSsRequest",
            "TC-CONTINUE result",
            "TC-CONTINUE unstructuredSsRequest",
            "TC-CONTINUE result",
            "TC-CONTINUE unstructuredSsNotify",
            "TC-CONTINUE result",
            "TC-END result");
    assertThat(out.toString())
        .containsPattern("prepaid-released +mo_call +1 +0 +1 .*normal_unspecified=1")
        .containsPattern("mo-sms-charged +mo_sms +1 +1 +0 ")
        .containsPattern("ussd-menu +ussd +1 +1 +0 ");
    // what the SCP charged: the 3 s of credit used up by the call, 1 unit for the MO-SMS
    assertThat(out.toString().lines().filter(l -> l.startsWith("prepaid ")))
        .containsExactly(
            "prepaid scp 9990150000000: credit 3 -> 0 units",
            "prepaid scp 9990150000001: credit 100 -> 99 units");

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("ok").asBoolean()).isTrue();
    assertThat(root.get("scenarios")).hasSize(12);
    assertThat(root.get("scenarios").findValuesAsText("name"))
        .contains("calls-mobile", "prepaid-released", "mo-sms-charged", "ussd-menu");
    for (JsonNode s : root.get("scenarios")) {
      assertThat(s.fieldNames())
          .toIterable()
          .contains("name", "kind", "attempted", "succeeded", "failed", "latency_ms", "rate_per_s");
      assertThat(s.get("latency_ms").fieldNames()).toIterable().contains("p50", "p99", "max");
      assertThat(s.get("attempted").asLong()).isPositive();
    }
    assertThat(html).isNotEmptyFile();

    Tshark.assumeInstalled();
    assertThat(Tshark.malformedFrames(pcap, List.of())).isEmpty();
    assertThat(String.join(" ", Tshark.protocols(pcap, List.of())))
        .contains("isup", "inap", "gsm_map", "camel", "smpp", "m3ua");
    // CAP as tshark's camel dissector reads it: initialDP 0, applyCharging 35,
    // applyChargingReport 36, releaseCall 22; initialDPSMS 60, requestReportSMSEvent 63 with
    // continueSMS 65, eventReportSMS 64
    assertThat(Tshark.field(pcap, List.of("-Y", "camel"), "camel.local"))
        .contains("0", "23,35,31", "36", "35", "22", "60", "63,65", "64");
    // MAP USSD: processUnstructuredSS-Request 59, unstructuredSS-Request 60, -Notify 61
    assertThat(Tshark.field(pcap, List.of("-Y", "gsm_old.opCode"), "gsm_old.localValue"))
        .contains("59", "60", "61");
    assertThat(Tshark.field(pcap, List.of("-Y", "gsm_map"), "gsm_map.ussd_string"))
        .contains("*123#", "Processing your order", "1GB of data added");
  }

  /** The message labels of the ladder titled {@code title} in the demo's output, in order. */
  static List<String> ladder(StringWriter out, String title) {
    List<String> lines = out.toString().lines().toList();
    int at = lines.indexOf(title);
    assertThat(at).as("ladder %s in:%n%s", title, out).isNotNegative();
    List<String> labels = new java.util.ArrayList<>();
    // below the title and the node names: a label line (time, label) and an arrow line per message
    for (int i = at + 2; i + 1 < lines.size() && lines.get(i).contains("ms "); i += 2) {
      String line = lines.get(i);
      String label = line.substring(line.indexOf("ms ") + 3).replace("|", " ").trim();
      labels.add(label.replaceAll(" {2,}.*", "").replaceAll("cic=\\d+", "cic="));
    }
    return labels;
  }

  @Test
  void demo_runs_while_2775_is_taken_and_its_pcap_still_shows_smpp_on_2775() throws Exception {
    Path pcap = dir.resolve("demo.pcap");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (ServerSocket taken = holding(2775)) {
      code =
          Main.run(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "demo",
              "--calls",
              "0",
              "--sms",
              "2",
              "--pcap",
              pcap.toString());
    }
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    Tshark.assumeInstalled();
    List<List<String>> frames =
        Tshark.fields(pcap, List.of("-Y", "smpp"), "tcp.srcport", "tcp.dstport");
    assertThat(frames).isNotEmpty().allSatisfy(ports -> assertThat(ports).contains("2775"));
  }

  @Test
  void run_with_the_smpp_port_of_its_file_taken_fails_in_one_line_naming_node_and_port()
      throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Path network =
          Files.writeString(
              dir.resolve("net.yaml"),
              Files.readString(ExamplesRunTest.examples().resolve("demo-network.yaml"))
                  .replace("smpp_port: 2775", "smpp_port: " + port));
      Path scenario =
          Files.writeString(
              dir.resolve("s.yaml"),
              "name: s\ntraffic:\n  - {name: m, kind: sms, from: esme1, to: \"9990110000010\","
                  + " count: 1}\n");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "run",
              network.toString(),
              scenario.toString(),
              "--store-dir",
              dir.toString());
      assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(err.toString().lines())
          .containsExactly("run: smsc 'smsc': SMPP port " + port + " is in use");
    }
  }

  /**
   * Holds 127.0.0.1:{@code port} for the test when it is free; when something else already holds
   * it, the condition under test holds anyway.
   */
  static ServerSocket holding(int port) throws IOException {
    try {
      return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
    } catch (BindException alreadyTaken) {
      return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }
  }
}
