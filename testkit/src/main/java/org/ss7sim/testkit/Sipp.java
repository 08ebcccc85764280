package org.ss7sim.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * SIPp (Debian package {@code sip-tester}) as a real SIP peer of a test, started so that the test
 * does not race it:
 *
 * <ul>
 *   <li>{@link #start} returns only once the SIPp process holds its SIP socket on the loopback
 *       (read from {@code /proc}: a socket of the process bound to {@link #port()}), so a {@code
 *       uas} is ready before the test places a call towards it;
 *   <li>its port is one the kernel handed out (bind port 0, read it back); SIPp cannot be handed a
 *       bound socket, so if another process takes that port before SIPp binds it, SIPp exits with
 *       "Unable to bind" and {@link #start} starts it again on another (at most 5 attempts),
 *       instead of the test talking to whoever took the port;
 *   <li>every wait is bounded: the start by {@link #READY}, SIPp itself by {@code -timeout}, {@link
 *       #finish} by the given duration.
 * </ul>
 *
 * <p>Under {@code CI=true} a missing sipp fails the test; elsewhere the test is skipped with the
 * reason "sipp not installed".
 */
public final class Sipp implements AutoCloseable {
  /** Where Debian installs sipp. */
  public static final Path BINARY = Path.of("/usr/bin/sipp");

  /** How long {@link #start} waits for SIPp to hold its socket. */
  public static final Duration READY = Duration.ofSeconds(15);

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final int ATTEMPTS = 5;

  private final Process process;
  private final Path dir;
  private final int port;

  /** What one SIPp run left: its exit code, the last line of its statistics file, its output. */
  public record Result(int exitCode, Map<String, String> stats, String output) {
    /** A column of the statistics file, e.g. {@code SuccessfulCall(C)}. */
    public long stat(String column) {
      String v = stats.get(column);
      if (v == null) {
        throw new AssertionError("no column " + column + " in " + stats.keySet() + "\n" + output);
      }
      return Long.parseLong(v.trim());
    }
  }

  private Sipp(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /** Skips (or under {@code CI=true} fails) the calling test when sipp is not installed. */
  public static void assumeInstalled() {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("sipp not installed (.ci/run installs Debian's sip-tester)");
    }
    Assumptions.assumeTrue(false, "sipp not installed");
  }

  /**
   * Starts sipp in {@code dir} with {@code args} plus {@code -i 127.0.0.1 -p <port>}, {@code
   * -nostdin}, statistics and errors to files of {@code dir}, and a global {@code -timeout} of
   * {@code timeout}; returns once it holds its socket.
   *
   * @throws AssertionError when SIPp exits before holding its socket for a reason other than a
   *     taken port, or does not hold it within {@link #READY}
   */
  public static Sipp start(Path dir, Duration timeout, List<String> args)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    boolean tcp = transportIsTcp(args);
    String lastOutput = "";
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port = kernelPort();
      List<String> cmd = new ArrayList<>();
      cmd.add(BINARY.toString());
      cmd.addAll(args);
      cmd.addAll(
          List.of(
              "-i",
              "127.0.0.1",
              "-p",
              Integer.toString(port),
              "-nostdin",
              "-timeout",
              timeout.toSeconds() + "s",
              "-timeout_error",
              "-trace_stat",
              "-stf",
              dir.resolve("stat.csv").toString(),
              "-trace_err",
              "-error_file",
              dir.resolve("errors.log").toString()));
      Files.deleteIfExists(dir.resolve("errors.log"));
      Files.deleteIfExists(dir.resolve("stat.csv"));
      Process p =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("screen.txt").toFile())
              .start();
      Sipp sipp = new Sipp(p, dir, port);
      long deadline = System.nanoTime() + READY.toNanos();
      while (true) {
        if (holdsPort(p.pid(), port, tcp)) {
          return sipp;
        }
        if (!p.isAlive()) {
          lastOutput = sipp.output();
          if (lastOutput.contains("Unable to bind")) {
            break; // someone took the port between our probe and SIPp's bind: another port
          }
          // it ran (e.g. a uac that finished at once): its result is there to read
          return sipp;
        }
        if (System.nanoTime() > deadline) {
          sipp.close();
          throw new AssertionError(
              "sipp did not hold port " + port + " within " + READY + "\n" + sipp.output());
        }
        p.waitFor(10, TimeUnit.MILLISECONDS);
      }
    }
    throw new AssertionError(
        "sipp found no port in " + ATTEMPTS + " attempts; last output:\n" + lastOutput);
  }

  /**
   * {@link #start}, then {@link #finish} with {@code timeout} plus 15 s: for a SIPp client whose
   * result is all the test needs.
   */
  public static Result run(Path dir, Duration timeout, List<String> args)
      throws IOException, InterruptedException {
    try (Sipp sipp = start(dir, timeout, args)) {
      return sipp.finish(timeout.plusSeconds(15));
    }
  }

  /** The local port SIPp listens (UDP) or binds (TCP) on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** {@code 127.0.0.1:port}, e.g. for a SIP route to this SIPp. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  /**
   * Waits at most {@code wait} for SIPp to end and returns its result; if it does not end in time
   * it is killed and the test fails.
   */
  public Result finish(Duration wait) throws IOException, InterruptedException {
    if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
      throw new AssertionError("sipp did not stop within " + wait + "\n" + output());
    }
    return new Result(process.exitValue(), stats(dir.resolve("stat.csv")), output());
  }

  /** Kills SIPp if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A resource of {@code anchor}'s class path copied to {@code dir}, as a file SIPp can read. */
  public static Path scenario(Class<?> anchor, String resource, Path dir) throws IOException {
    return scenario(anchor, resource, dir, Map.of());
  }

  /**
   * As {@link #scenario(Class, String, Path)}, each key of {@code replace} replaced by its value.
   */
  public static Path scenario(
      Class<?> anchor, String resource, Path dir, Map<String, String> replace) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no scenario " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      for (Map.Entry<String, String> e : replace.entrySet()) {
        text = text.replace(e.getKey(), e.getValue());
      }
      Files.writeString(target, text, StandardCharsets.ISO_8859_1);
    }
    return target;
  }

  private String output() {
    return read(dir.resolve("screen.txt")) + read(dir.resolve("errors.log"));
  }

  private static boolean transportIsTcp(List<String> args) {
    int t = args.indexOf("-t");
    return t >= 0 && t + 1 < args.size() && args.get(t + 1).startsWith("t");
  }

  /** A port the kernel hands out for UDP on the loopback (bound to 0, read back, released). */
  private static int kernelPort() throws IOException {
    try (DatagramSocket d = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
      return d.getLocalPort();
    }
  }

  /**
   * Whether process {@code pid} holds a socket bound to 127.0.0.1:{@code port} (UDP, or TCP): the
   * inodes of its descriptors ({@code /proc/<pid>/fd}) against the socket tables of {@code
   * /proc/net}.
   */
  static boolean holdsPort(long pid, int port, boolean tcp) {
    Set<String> inodes = socketInodes(pid);
    if (inodes.isEmpty()) {
      return false;
    }
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    // IPv4 sockets (SIPp's), and IPv6 ones bound to the IPv4-mapped loopback (a JVM's)
    Set<String> local =
        Set.of("0100007F:" + hexPort, "0000000000000000FFFF00000100007F:" + hexPort);
    String table = tcp ? "/proc/net/tcp" : "/proc/net/udp";
    for (Path p : List.of(Path.of(table), Path.of(table + "6"))) {
      for (String line : lines(p)) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 9 && local.contains(f[1]) && inodes.contains(f[9])) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> socketInodes(long pid) {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
      for (Path fd : fds) {
        try {
          String link = Files.readSymbolicLink(fd).toString();
          if (link.startsWith("socket:[")) {
            inodes.add(link.substring(8, link.length() - 1));
          }
        } catch (IOException gone) {
          // closed meanwhile
        }
      }
    } catch (IOException notThere) {
      // the process has ended
    }
    return inodes;
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String read(Path f) {
    try {
      return Files.exists(f) ? Files.readString(f, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      return "";
    }
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
