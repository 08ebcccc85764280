package org.ss7sim.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs tshark on a pcap and hands tests the dissected fields: the conformance oracle that is not
 * ours. Tests call {@link #assumeInstalled()} first, so that without tshark they are skipped with
 * the reason "tshark not installed" — except under {@code CI=true}, where a missing tshark fails
 * them (CI installs it, so there they run).
 */
public final class Tshark {
  private static final long TIMEOUT_SECONDS = 120;
  private static volatile Boolean available;

  private Tshark() {}

  /** Whether a working {@code tshark} is on the PATH. */
  public static boolean available() {
    Boolean a = available;
    if (a == null) {
      try {
        a = run(List.of("tshark", "--version")).exitCode == 0;
      } catch (UncheckedIOException e) {
        a = false;
      }
      available = a;
    }
    return a;
  }

  /**
   * Skips the calling test, with the reason "tshark not installed", when tshark is missing; under
   * {@code CI=true} fails it instead: CI installs tshark, so its absence there is a broken CI run,
   * not a reason to go green without the oracle.
   */
  public static void assumeInstalled() {
    assumeInstalled(available(), System.getenv("CI"));
  }

  /** {@link #assumeInstalled()} with its two inputs given: whether tshark runs, and {@code $CI}. */
  static void assumeInstalled(boolean installed, String ci) {
    if (installed) {
      return;
    }
    if ("true".equalsIgnoreCase(ci)) {
      Assertions.fail("tshark not installed, and CI=true requires it (.ci/run installs it)");
    }
    Assumptions.assumeTrue(false, "tshark not installed");
  }

  /**
   * One row per frame (or per frame matching a {@code -Y} filter in {@code options}) with the
   * values of {@code fields}; several occurrences of a field in a frame are joined with ','.
   *
   * @param options extra tshark options, e.g. {@code List.of("-d", "tcp.port==2775,smpp")}
   */
  public static List<List<String>> fields(Path pcap, List<String> options, String... fields) {
    List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString()));
    cmd.addAll(options);
    cmd.addAll(
        List.of("-T", "fields", "-E", "separator=\t", "-E", "occurrence=a", "-E", "aggregator=,"));
    for (String f : fields) {
      cmd.add("-e");
      cmd.add(f);
    }
    Result r = runChecked(cmd);
    List<List<String>> rows = new ArrayList<>();
    for (String line : r.stdout.split("\n", -1)) {
      if (!line.isEmpty()) {
        rows.add(Arrays.asList(line.split("\t", -1)));
      }
    }
    return rows;
  }

  /** The values of one field, one entry per frame. */
  public static List<String> field(Path pcap, List<String> options, String field) {
    return fields(pcap, options, field).stream().map(row -> row.get(0)).toList();
  }

  /** The {@code frame.protocols} chain of every frame, e.g. {@code eth:ethertype:ip:sctp:m3ua}. */
  public static List<String> protocols(Path pcap, List<String> options) {
    return field(pcap, options, "frame.protocols");
  }

  /** Frame numbers that tshark marks malformed ({@code _ws.malformed}). */
  public static List<Integer> malformedFrames(Path pcap, List<String> options) {
    List<String> opts = new ArrayList<>(options);
    opts.addAll(List.of("-Y", "_ws.malformed"));
    return field(pcap, opts, "frame.number").stream().map(Integer::parseInt).toList();
  }

  /** Frame numbers with expert info of severity warning or worse. */
  public static List<Integer> warningFrames(Path pcap, List<String> options) {
    List<String> opts = new ArrayList<>(options);
    opts.addAll(List.of("-Y", "_ws.expert.severity >= warning"));
    return field(pcap, opts, "frame.number").stream().map(Integer::parseInt).toList();
  }

  /** The full verbose dissection ({@code -V}), for failure messages. */
  public static String verbose(Path pcap, List<String> options) {
    List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-V", "-r", pcap.toString()));
    cmd.addAll(options);
    return runChecked(cmd).stdout;
  }

  private static Result runChecked(List<String> cmd) {
    Result r = run(cmd);
    if (r.exitCode != 0) {
      throw new IllegalStateException(
          "tshark failed (" + r.exitCode + "): " + String.join(" ", cmd) + "\n" + r.stderr);
    }
    return r;
  }

  private static Result run(List<String> cmd) {
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd);
      Process p = pb.start();
      CompletableFuture<String> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            "tshark did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for tshark", e);
    }
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(int exitCode, String stdout, String stderr) {}
}
