package org.ss7sim.sip;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * SIPp (Debian package {@code sip-tester}) as a real SIP peer. Under {@code CI=true} a missing sipp
 * fails the test; elsewhere the test is skipped with reason "sipp not installed".
 */
final class Sipp {
  static final Path BINARY = Path.of("/usr/bin/sipp");
  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  /** What one SIPp run left: its exit code and the last line of its statistics file. */
  record Result(int exitCode, Map<String, String> stats, String output) {
    long stat(String column) {
      String v = stats.get(column);
      if (v == null) {
        throw new AssertionError("no column " + column + " in " + stats.keySet() + "\n" + output);
      }
      return Long.parseLong(v.trim());
    }
  }

  private Sipp() {}

  static void assumeInstalled() {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("sipp not installed (.ci/run installs Debian's sip-tester)");
    }
    Assumptions.assumeTrue(false, "sipp not installed");
  }

  /** A port free for both UDP and TCP on the loopback, found by binding port 0 first. */
  static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
        port = s.getLocalPort();
      }
      try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no free port pair on the loopback");
  }

  /** A scenario file of the test resources, as a path SIPp can read. */
  static Path scenario(String name, Path dir) throws IOException {
    return scenario(name, dir, Map.of());
  }

  /** A scenario file with each key of {@code replace} replaced by its value. */
  static Path scenario(String name, Path dir, Map<String, String> replace) throws IOException {
    Path target = dir.resolve(name);
    try (var in = Sipp.class.getResourceAsStream("/sipp/" + name)) {
      if (in == null) {
        throw new IOException("no scenario " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      for (Map.Entry<String, String> e : replace.entrySet()) {
        text = text.replace(e.getKey(), e.getValue());
      }
      Files.writeString(target, text, StandardCharsets.ISO_8859_1);
    }
    return target;
  }

  /**
   * Runs sipp with {@code args} (plus -nostdin, statistics to a file, a global timeout), waits at
   * most {@code waitSeconds}, and returns its result.
   */
  static Result run(Path dir, int timeoutSeconds, List<String> args)
      throws IOException, InterruptedException {
    Process p = start(dir, timeoutSeconds, args);
    return finish(p, dir, timeoutSeconds + 15L);
  }

  static Process start(Path dir, int timeoutSeconds, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(BINARY.toString());
    cmd.addAll(args);
    cmd.addAll(
        List.of(
            "-nostdin",
            "-timeout",
            timeoutSeconds + "s",
            "-timeout_error",
            "-trace_stat",
            "-stf",
            dir.resolve("stat.csv").toString(),
            "-trace_err",
            "-error_file",
            dir.resolve("errors.log").toString()));
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("screen.txt").toFile())
        .start();
  }

  static Result finish(Process p, Path dir, long waitSeconds)
      throws IOException, InterruptedException {
    if (!p.waitFor(waitSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
      throw new AssertionError("sipp did not stop within " + waitSeconds + " s");
    }
    String output = read(dir.resolve("screen.txt")) + read(dir.resolve("errors.log"));
    return new Result(p.exitValue(), stats(dir.resolve("stat.csv")), output);
  }

  private static String read(Path f) throws IOException {
    return Files.exists(f) ? Files.readString(f, StandardCharsets.ISO_8859_1) : "";
  }

  private static Map<String, String> stats(Path csv) throws IOException {
    Map<String, String> m = new HashMap<>();
    if (!Files.exists(csv)) {
      return m;
    }
    List<String> lines = Files.readAllLines(csv, StandardCharsets.ISO_8859_1);
    if (lines.size() < 2) {
      return m;
    }
    String[] names = lines.get(0).split(";");
    String[] values = lines.get(lines.size() - 1).split(";");
    for (int i = 0; i < names.length && i < values.length; i++) {
      m.put(names[i], values[i]);
    }
    return m;
  }
}
