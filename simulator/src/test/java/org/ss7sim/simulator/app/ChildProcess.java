package org.ss7sim.simulator.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An {@code ss7sim} command in a child JVM (this test's class path), its stdout and stderr read
 * into chunks (lines, and progress lines ended by a carriage return) as they come; every wait is
 * bounded.
 */
final class ChildProcess implements AutoCloseable {
  final Process process;
  private final List<String> out = new ArrayList<>();
  private final List<String> err = new ArrayList<>();

  ChildProcess(Path directory, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("org.ss7sim.simulator.cli.Main");
    command.addAll(List.of(args));
    process = new ProcessBuilder(command).directory(directory.toFile()).start();
    reader(process.getInputStream(), out, "out");
    reader(process.getErrorStream(), err, "err");
  }

  private void reader(InputStream in, List<String> into, String name) {
    Thread t =
        new Thread(
            () -> {
              try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder chunk = new StringBuilder();
                int c;
                while ((c = r.read()) >= 0) {
                  if (c == '\n' || c == '\r') {
                    add(into, chunk.toString());
                    chunk.setLength(0);
                  } else {
                    chunk.append((char) c);
                  }
                }
                if (chunk.length() > 0) {
                  add(into, chunk.toString());
                }
              } catch (IOException e) {
                // the process went away
              }
            },
            "child-" + name);
    t.setDaemon(true);
    t.start();
  }

  private void add(List<String> into, String chunk) {
    synchronized (this) {
      into.add(chunk);
      notifyAll();
    }
  }

  /** Waits (at most {@code timeout}) for a chunk of stderr matching {@code p}. */
  synchronized boolean awaitErr(Predicate<String> p, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (err.stream().noneMatch(p)) {
      long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
      if (left <= 0 || !process.isAlive()) {
        return err.stream().anyMatch(p);
      }
      wait(Math.min(left, 200));
    }
    return true;
  }

  /** Waits (at most {@code timeout}) for a chunk of stdout or stderr matching {@code p}. */
  synchronized boolean awaitErrOrOut(Predicate<String> p, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (err.stream().noneMatch(p) && out.stream().noneMatch(p)) {
      long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
      if (left <= 0 || !process.isAlive()) {
        return err.stream().anyMatch(p) || out.stream().anyMatch(p);
      }
      wait(Math.min(left, 200));
    }
    return true;
  }

  /** Waits (at most {@code timeout}) for the exit; the exit code, or -1 after killing it. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      return -1;
    }
    // let the readers take the last output
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    synchronized (this) {
      while (System.nanoTime() < end) {
        wait(100);
      }
    }
    return process.exitValue();
  }

  synchronized String stdout() {
    return String.join("\n", out);
  }

  synchronized String stderr() {
    return String.join("\n", err);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
