package org.ss7sim.simulator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.node.smsc.JsmppEsme;
import org.ss7sim.testkit.Tshark;

/**
 * The SMSC side of SMPP in the pcap (issue 17): {@code ss7sim run NETWORK --pcap F} as a service in
 * a child process, an outside ESME (jSMPP) binds, submits three messages with registered delivery,
 * takes the receipts and unbinds; tshark then finds every one of its PDUs — bind, submit_sm,
 * deliver_sm, their responses, unbind — with the sequence numbers jSMPP used, each request paired
 * with its response, in time order, none malformed; and each PDU is there once.
 */
class OutsideEsmePcapTest {
  private static final long BIND_TRX = 0x9L;
  private static final long SUBMIT_SM = 0x4L;
  private static final long DELIVER_SM = 0x5L;
  private static final long UNBIND = 0x6L;
  private static final long RESP = 0x80000000L;

  @TempDir Path dir;

  @Test
  void an_outside_esme_session_is_in_the_pcap_as_it_went_on_the_wire() throws Exception {
    Tshark.assumeInstalled();
    Path network =
        Files.writeString(
            dir.resolve("demo-network.yaml"),
            Files.readString(examples().resolve("demo-network.yaml"))
                .replace("smpp_port: 2775", "smpp_port: 0"));
    Path pcap = dir.resolve("run.pcap");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "org.ss7sim.simulator.cli.Main",
                "run",
                network.toString(),
                "--duration",
                "90s",
                "--control-port",
                "0",
                "--pcap",
                pcap.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> read(p, output, ready), "run-output");
    reader.setDaemon(true);
    reader.start();
    List<Integer> sequences = new ArrayList<>();
    try {
      ready.get(60, TimeUnit.SECONDS);
      String listening =
          List.copyOf(output).stream()
              .filter(l -> l.contains("SMPP server listening on"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no SMPP server line in " + output));
      int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).trim());
      // a receipt counts once jSMPP has written its deliver_sm_resp (JsmppEsme): an unbind sent
      // before that would close the session with the response never sent
      try (JsmppEsme esme = JsmppEsme.bind(port, "esme1")) {
        for (int i = 0; i < 3; i++) {
          esme.submit("99901100000" + (10 + i), "outside " + i);
        }
        for (int i = 0; i < 3; i++) {
          assertThat(esme.delivered(30))
              .as("receipt %d; service output: %s", i, output)
              .isNotNull();
        }
        sequences.addAll(esme.deliverSequences());
      }
    } finally {
      p.destroy(); // SIGTERM: the service stops and closes the pcap
      boolean ended = p.waitFor(30, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly();
      }
      assertThat(ended).as("service stopped on SIGTERM").isTrue();
    }
    reader.join(5000);

    List<List<String>> pdus =
        Tshark.fields(
            pcap,
            List.of("-Y", "smpp"),
            "frame.number",
            "ip.src",
            "tcp.srcport",
            "ip.dst",
            "tcp.dstport",
            "smpp.command_id",
            "smpp.sequence_number");
    // The outside ESME is the one session at 127.0.0.1 (this run's own ESMEs are 10.0.8.n): one
    // port only, or the network's esme1 was recorded a second time by the SMSC's tap.
    java.util.Set<String> outsidePorts = new java.util.TreeSet<>();
    for (List<String> f : pdus) {
      if (f.get(1).equals("127.0.0.1")) {
        outsidePorts.add(f.get(2));
      }
      if (f.get(3).equals("127.0.0.1")) {
        outsidePorts.add(f.get(4));
      }
    }
    assertThat(outsidePorts).as("ESME ports at 127.0.0.1; all SMPP: %s", pdus).hasSize(1);
    int esmePort = Integer.parseInt(outsidePorts.iterator().next());
    List<Long> outside = new ArrayList<>();
    List<Long> outsideResponsesToEsme = new ArrayList<>();
    Map<String, String> open = new HashMap<>();
    List<String> unpaired = new ArrayList<>();
    int binds = 0;
    for (List<String> f : pdus) {
      long command = Long.decode(f.get(5));
      long sequence = Long.parseLong(f.get(6));
      String from = f.get(1) + ":" + f.get(2);
      String to = f.get(3) + ":" + f.get(4);
      if (command == BIND_TRX) {
        binds++;
      }
      boolean fromEsme = f.get(2).equals(String.valueOf(esmePort)) && f.get(1).equals("127.0.0.1");
      boolean toEsme = f.get(4).equals(String.valueOf(esmePort)) && f.get(3).equals("127.0.0.1");
      if (fromEsme || toEsme) {
        outside.add(command);
        if (toEsme && command >= RESP) {
          outsideResponsesToEsme.add(sequence);
        }
      }
      if (command < RESP) {
        assertThat(open.put(from + ">" + to + "#" + sequence, f.get(0)))
            .as("request seq %d from %s reused", sequence, from)
            .isNull();
      } else if (open.remove(to + ">" + from + "#" + sequence) == null) {
        unpaired.add("frame " + f.get(0) + " response seq " + sequence);
      }
    }
    assertThat(outside)
        .as("the outside ESME's session, from port %d; all SMPP: %s", esmePort, pdus)
        .contains(
            BIND_TRX,
            BIND_TRX | RESP,
            SUBMIT_SM,
            SUBMIT_SM | RESP,
            DELIVER_SM,
            DELIVER_SM | RESP,
            UNBIND,
            UNBIND | RESP);
    assertThat(outside.stream().filter(c -> c == SUBMIT_SM).count()).isEqualTo(3);
    assertThat(outside.stream().filter(c -> c == DELIVER_SM).count()).isEqualTo(3);
    // jSMPP numbers its requests 1, 2, ...: bind 1, the submits 2..4 (unbind after them)
    assertThat(outsideResponsesToEsme).contains(1L, 2L, 3L, 4L);
    assertThat(unpaired).as("responses without a request").isEmpty();
    assertThat(open).as("requests without a response").isEmpty();
    // one bind record: the network's own esme1 starts only with a traffic source (the demo's
    // pcap, DemoPcapPairingTest, checks that own ESMEs are not recorded twice)
    assertThat(binds).as("bind_transceiver records in %s", pdus).isEqualTo(1);
    List<String> deliverSequences =
        Tshark.fields(
                pcap,
                List.of("-Y", "smpp.command_id == 0x00000005 && tcp.dstport == " + esmePort),
                "smpp.sequence_number")
            .stream()
            .map(r -> r.get(0))
            .toList();
    assertThat(deliverSequences)
        .as("deliver_sm sequence numbers as jSMPP received them")
        .containsExactlyInAnyOrderElementsOf(sequences.stream().map(String::valueOf).toList());

    List<String> times = Tshark.field(pcap, List.of(), "frame.time_epoch");
    List<String> backwards = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      if (new BigDecimal(times.get(i)).compareTo(new BigDecimal(times.get(i - 1))) < 0) {
        backwards.add("frame " + (i + 1));
      }
    }
    assertThat(backwards).as("frames out of time order").isEmpty();
    assertThat(Tshark.malformedFrames(pcap, List.of())).as("malformed frames").isEmpty();
  }

  private static void read(Process p, List<String> output, CompletableFuture<Void> ready) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.add(line);
        if (line.contains("nodes running")) {
          ready.complete(null);
        }
      }
    } catch (Exception e) {
      ready.completeExceptionally(e);
    }
  }

  static Path examples() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    return p.resolve("examples");
  }
}
