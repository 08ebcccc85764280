package org.ss7sim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: every command's bad-file, bad-value and port-in-use paths give exactly one line on
 * stderr that names the file (or port) and what is wrong, and exit 2 — never a stack trace, never
 * "internal error", never exit 0 or 1. One table, run in-process through {@link Main#run}. A fixed
 * M3UA port taken under {@code node} is {@code app.PortInUseTest} (a child process: the node would
 * otherwise run until stopped).
 */
class BadFilesTest {
  static Path dir;
  static ServerSocket taken;

  /** The fixture files every case may name. */
  record Files_(
      Path missing,
      Path folder,
      Path empty,
      Path garbage,
      Path notYaml,
      Path network,
      Path scenario,
      Path scenarioMissingNetwork,
      Path notPcap,
      Path truncatedPcap,
      Path noFolder,
      Path aFile,
      Path smppPortTaken,
      Path m3uaPortTaken,
      Path m3uaScenario,
      Path tlsMissingFile,
      int port,
      String closedUrl) {}

  static Files_ f;

  @BeforeAll
  static void files() throws IOException {
    dir = Files.createTempDirectory("ss7sim-badfiles");
    taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    int port = taken.getLocalPort();
    Path examples = Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples");
    Path network = examples.resolve("demo-network.yaml");
    Path folder = Files.createDirectories(dir.resolve("a-folder.yaml"));
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    byte[] junk = new byte[256];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 37 + 11);
    }
    Path garbage = Files.write(dir.resolve("garbage.yaml"), junk);
    Path notYaml = Files.writeString(dir.resolve("not-yaml.yaml"), "nodes: [ {name: a\n  ]]: :\n");
    Path scenario = examples.resolve("tollfree-calls.yaml");
    Path scenarioMissingNetwork =
        Files.writeString(
            dir.resolve("lost-network-scenario.yaml"),
            Files.readString(scenario).replace("network: demo-network.yaml", "network: gone.yaml"));
    Path notPcap = Files.writeString(dir.resolve("not.pcap"), "this is not a capture\n");
    // a classic pcap header (LINKTYPE_RAW) and a record header announcing 64 bytes, then 3
    byte[] trunc = {
      (byte) 0xd4,
      (byte) 0xc3,
      (byte) 0xb2,
      (byte) 0xa1,
      2,
      0,
      4,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      (byte) 0xff,
      (byte) 0xff,
      0,
      0,
      101,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      64,
      0,
      0,
      0,
      64,
      0,
      0,
      0,
      0x45,
      0,
      0
    };
    Path truncatedPcap = Files.write(dir.resolve("truncated.pcap"), trunc);
    Path aFile = Files.writeString(dir.resolve("a-file"), "x");
    String split;
    try (var in = BadFilesTest.class.getResourceAsStream("/networks/split-across-processes.yaml")) {
      split = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // a link port written in the file is used even with both ends in this process
    Path m3uaPortTaken =
        Files.writeString(
            dir.resolve("m3ua-port-taken.yaml"),
            split.replaceFirst(
                "peers: \\[stp\\]",
                "links: [{peer: stp, listen: true, local: \"127.0.0.1:" + port + "\"}]"));
    Path m3uaScenario =
        Files.writeString(
            dir.resolve("split-calls.yaml"),
            "name: split-calls\nnetwork: m3ua-port-taken.yaml\nduration: 1s\ntraffic:\n"
                + "  - {name: c, kind: call, from: ssp-a, to: \"7772020001\", rate: 1, count: 1,"
                + " hold: 100ms}\n");
    // a network file that names a file that is not there: the SMSC's TLS certificate and key
    Path tlsMissingFile =
        Files.writeString(
            dir.resolve("tls-missing-file.yaml"),
            Files.readString(network)
                .replace(
                    "smpp_port: 2775",
                    "smpp_port: 0\n    tls: {certificate: no-such-cert.pem, key: no-such-key.pem}"));
    Path smppPortTaken =
        Files.writeString(
            dir.resolve("smpp-port-taken.yaml"),
            Files.readString(network).replace("smpp_port: 2775", "smpp_port: " + port));
    f =
        new Files_(
            dir.resolve("no-such.yaml"),
            folder,
            empty,
            garbage,
            notYaml,
            network,
            scenario,
            scenarioMissingNetwork,
            notPcap,
            truncatedPcap,
            dir.resolve("no-such-folder").resolve("out.json"),
            aFile,
            smppPortTaken,
            m3uaPortTaken,
            m3uaScenario,
            tlsMissingFile,
            port,
            closedUrl());
  }

  /** A loopback URL nothing listens on (a port just opened and closed again). */
  private static String closedUrl() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort();
    }
  }

  @AfterAll
  static void close() throws IOException {
    taken.close();
  }

  /** One row: a name, the arguments, and what the one line must say. */
  record Case(String name, Function<Files_, String[]> args, Function<Files_, String[]> says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case c(String name, Function<Files_, String[]> args, Function<Files_, String[]> says) {
    return new Case(name, args, says);
  }

  static String[] a(Object... parts) {
    return Stream.of(parts).map(String::valueOf).toArray(String[]::new);
  }

  /** A kind of bad input file and what the line must say about it (beside its name). */
  record BadFile(String what, Function<Files_, Path> file, String says) {}

  static Stream<Arguments> table() {
    List<Case> t = new ArrayList<>();
    // every command that reads a network file, with every kind of bad file
    List<BadFile> bad =
        List.of(
            new BadFile("missing", Files_::missing, "no such file"),
            new BadFile("folder", Files_::folder, "not a regular file"),
            new BadFile("empty", Files_::empty, ""),
            new BadFile("garbage", Files_::garbage, ""),
            new BadFile("not yaml", Files_::notYaml, ""),
            new BadFile("a scenario", Files_::scenario, ""));
    for (BadFile b : bad) {
      String n = " network " + b.what();
      t.add(c("run" + n, x -> a("run", b.file().apply(x), x.scenario()), x -> says(x, b)));
      t.add(c("node" + n, x -> a("node", b.file().apply(x), "--node", "stp-a"), x -> says(x, b)));
      t.add(
          c(
              "route" + n,
              x -> a("route", b.file().apply(x), "--from", "ssp-a", "--gt", "999010000001"),
              x -> says(x, b)));
      t.add(c("validate" + n, x -> a("validate", b.file().apply(x)), x -> says(x, b)));
      t.add(
          c(
              "deploy" + n,
              x -> a("deploy", b.file().apply(x), "--compose", dir.resolve("compose-out")),
              x -> says(x, b)));
      t.add(
          c(
              "bench" + n,
              x -> a("bench", "sms", b.file().apply(x), "--duration", "1s"),
              x -> says(x, b)));
      if (!b.what().equals("a scenario")) {
        t.add(
            c(
                "run scenario " + b.what(),
                x -> a("run", x.network(), b.file().apply(x)),
                x -> says(x, b)));
      }
    }
    // ctl reads --data @FILE itself (the server judges its content): missing and folder only
    for (BadFile b : bad.subList(0, 2)) {
      t.add(
          c(
              "ctl --data @" + b.what(),
              x ->
                  a(
                      "ctl",
                      "post",
                      "/api/sources",
                      "--url",
                      x.closedUrl(),
                      "--data",
                      "@" + b.file().apply(x)),
              x -> says(x, b)));
    }
    t.add(
        c(
            "run network given as scenario",
            x -> a("run", x.network(), x.network()),
            x -> a(x.network())));
    for (String cmd : List.of("run", "validate", "bench")) {
      t.add(
          c(
              cmd + " network names a missing TLS certificate",
              x ->
                  cmd.equals("run")
                      ? a("run", x.tlsMissingFile(), x.scenario(), "--duration", "1s")
                      : cmd.equals("bench")
                          ? a("bench", "sms", x.tlsMissingFile(), "--duration", "1s")
                          : a("validate", x.tlsMissingFile()),
              x -> a("no-such-cert.pem")));
    }
    // decode
    for (BadFile b : bad.subList(0, 2)) {
      t.add(c("decode " + b.what(), x -> a("decode", b.file().apply(x)), x -> says(x, b)));
    }
    t.add(c("decode empty", x -> a("decode", x.empty()), x -> a(x.empty())));
    t.add(c("decode not a pcap", x -> a("decode", x.notPcap()), x -> a(x.notPcap())));
    t.add(c("decode garbage", x -> a("decode", x.garbage()), x -> a(x.garbage())));
    t.add(
        c("decode truncated pcap", x -> a("decode", x.truncatedPcap()), x -> a(x.truncatedPcap())));
    // output paths in a missing folder, or whose folder is a file, or that are folders
    for (String opt : List.of("--json", "--pcap", "--report")) {
      t.add(
          c(
              "demo " + opt + " in a missing folder",
              x -> a("demo", "--calls", "0", "--sms", "0", opt, x.noFolder()),
              x -> a(opt, x.noFolder().getParent())));
      t.add(
          c(
              "run " + opt + " under a file",
              x -> a("run", x.network(), x.scenario(), opt, x.aFile().resolve("out")),
              x -> a(opt, x.aFile())));
      t.add(
          c(
              "demo " + opt + " is a folder",
              x -> a("demo", "--calls", "0", "--sms", "0", opt, x.folder()),
              x -> a(opt, x.folder())));
    }
    t.add(
        c(
            "node --pcap in a missing folder",
            x -> a("node", x.network(), "--node", "stp-a", "--pcap", x.noFolder()),
            x -> a("--pcap", x.noFolder().getParent())));
    t.add(
        c(
            "bench --json in a missing folder",
            x -> a("bench", "sms", "--json", x.noFolder()),
            x -> a("--json", x.noFolder().getParent())));
    t.add(
        c(
            "generate --out under a file",
            x -> a("generate", "--out", x.aFile().resolve("net.yaml")),
            x -> a(x.aFile())));
    t.add(
        c(
            "generate --scenario is a folder",
            x -> a("generate", "--out", dir.resolve("gen.yaml"), "--scenario", x.folder()),
            x -> a(x.folder())));
    t.add(
        c(
            "deploy --compose under a file",
            x -> a("deploy", x.network(), "--compose", x.aFile().resolve("dir")),
            x -> a(x.aFile())));
    t.add(
        c(
            "deploy --kubernetes is a file",
            x -> a("deploy", x.network(), "--kubernetes", x.aFile()),
            x -> a(x.aFile())));
    // bad option values
    t.add(c("bench negative rate", x -> a("bench", "sms", "--rate", "-5"), x -> a("--rate")));
    t.add(c("bench duration 0", x -> a("bench", "sms", "--duration", "0s"), x -> a("0s")));
    t.add(
        c("bench unknown transport", x -> a("bench", "sms", "--transport", "udp"), x -> a("udp")));
    t.add(c("bench unknown kind", x -> a("bench", "faxes"), x -> a("faxes")));
    t.add(
        c(
            "run duration 0",
            x -> a("run", x.network(), x.scenario(), "--duration", "0"),
            x -> a("'0'")));
    t.add(c("demo negative calls", x -> a("demo", "--calls", "-1"), x -> a("--calls")));
    t.add(
        c(
            "generate unknown transport",
            x -> a("generate", "--out", dir.resolve("g2.yaml"), "--transport", "udp"),
            x -> a("udp")));
    t.add(
        c(
            "generate negative pairs",
            x -> a("generate", "--out", dir.resolve("g3.yaml"), "--stp-pairs", "-1"),
            x -> a("stp")));
    t.add(
        c(
            "run control port out of range",
            x -> a("run", x.network(), "--control-port", "70000", "--duration", "1s"),
            x -> a("70000")));
    t.add(
        c(
            "ctl bad url",
            x -> a("ctl", "get", "/api/nodes", "--url", "not a url"),
            x -> a("not a url")));
    t.add(
        c(
            "ctl nothing there",
            x -> a("ctl", "get", "/api/nodes", "--url", x.closedUrl()),
            x -> a(x.closedUrl())));
    // ports in use
    t.add(
        c(
            "run SMPP port in use",
            x ->
                a(
                    "run",
                    x.smppPortTaken(),
                    x.scenario(),
                    "--duration",
                    "1s",
                    "--progress",
                    "lines"),
            x -> a(String.valueOf(x.port()), "in use")));
    t.add(
        c(
            "run control port in use",
            x -> a("run", x.network(), "--control-port", x.port(), "--duration", "1s"),
            x -> a(String.valueOf(x.port()), "in use")));
    t.add(
        c(
            "run service SMPP port in use",
            x -> a("run", x.smppPortTaken(), "--no-control", "--duration", "1s"),
            x -> a(String.valueOf(x.port()), "in use")));
    t.add(
        c(
            "run M3UA link port written in the file in use",
            x -> a("run", x.m3uaPortTaken(), x.m3uaScenario(), "--duration", "1s"),
            x -> a(String.valueOf(x.port()), "in use")));
    t.add(
        c(
            "bench SMPP port in use",
            x -> a("bench", "sms", x.smppPortTaken(), "--duration", "1s", "--warmup", "0"),
            x -> a(String.valueOf(x.port()), "in use")));
    return t.stream().map(Arguments::of);
  }

  private static String[] says(Files_ x, BadFile b) {
    Path p = b.file().apply(x);
    return b.says().isEmpty() ? a(p.getFileName()) : a(p.getFileName(), b.says());
  }

  /** Unreadable needs a user the permissions apply to: skipped when run as root. */
  @org.junit.jupiter.api.Test
  void an_unreadable_file_is_one_line_and_exit_2() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.yaml"), "name: x\n");
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isReadable(locked), "running as root: every file is readable");
    for (String cmd : List.of("validate", "decode")) {
      CommandLineTest.Run r = CommandLineTest.run(cmd, locked.toString());
      assertThat(r.exitCode()).as(cmd).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errLines()).as(cmd).isEqualTo(1);
      assertThat(r.err()).as(cmd).contains("locked.yaml", "not readable");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void one_line_naming_the_problem_and_exit_2(Case c) {
    String[] args = c.args().apply(f);
    CommandLineTest.Run r = CommandLineTest.run(args);
    String all = String.join(" ", args) + "\nexit " + r.exitCode() + "\nstderr:\n" + r.err();
    assertThat(r.exitCode()).as(all).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines().filter(l -> !l.isBlank())).as(all).hasSize(1);
    assertThat(r.err())
        .as(all)
        .startsWith(args[0] + ": ")
        .doesNotContain("internal error", "\tat ", "Exception:", "Exception\n", "null");
    assertThat(r.err()).as(all).contains(c.says().apply(f));
    assertThat(r.out()).as(all).doesNotContain("expectations met");
  }
}
