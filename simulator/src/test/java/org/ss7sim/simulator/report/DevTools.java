package org.ss7sim.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven through the Chrome DevTools Protocol over the JDK's WebSocket client:
 * started with {@code --remote-debugging-port=0} (it prints the browser's {@code ws://} address on
 * stderr), a page opened with {@code Target.createTarget} and attached in flat mode, then one
 * command at a time to that page ({@code Runtime.evaluate}, {@code Input.dispatchMouseEvent}, …),
 * each answer awaited for at most {@link #COMMAND_TIMEOUT}. Every wait is bounded; {@link #close}
 * ends the browser.
 */
final class DevTools implements AutoCloseable {
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final List<String> log;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private volatile String session;

  private DevTools(Process process, List<String> log, WebSocket socket) {
    this.process = process;
    this.log = log;
    this.socket = socket;
  }

  /** Starts {@code chromium} on {@code url} and connects to the page; at most {@code timeout}. */
  static DevTools open(Path chromium, Path profile, String url, Duration timeout) throws Exception {
    Process p =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1600,1200",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      List<String> log = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<String> browserWs = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    log.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                      browserWs.complete(m.group(1));
                    }
                  }
                  browserWs.completeExceptionally(new IOException("chromium ended: " + log));
                } catch (IOException e) {
                  browserWs.completeExceptionally(e);
                }
              },
              "chromium-stderr");
      reader.setDaemon(true);
      reader.start();
      URI browser = URI.create(browserWs.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
      HttpClient http = HttpClient.newBuilder().connectTimeout(COMMAND_TIMEOUT).build();
      DevTools[] self = new DevTools[1];
      WebSocket ws =
          http.newWebSocketBuilder()
              .connectTimeout(COMMAND_TIMEOUT)
              .buildAsync(browser, new Listener(self))
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      DevTools d = new DevTools(p, log, ws);
      self[0] = d;
      // a page of our own, attached in flat mode: its commands carry the session id
      String target =
          d.send("Target.createTarget", params().put("url", url)).path("targetId").asText();
      d.session =
          d.send("Target.attachToTarget", params().put("targetId", target).put("flatten", true))
              .path("sessionId")
              .asText();
      d.awaitLoaded(timeout);
      return d;
    } catch (Exception | Error e) {
      p.destroyForcibly();
      throw e;
    }
  }

  /** Collects text frames into messages and completes the command each answers. */
  private static final class Listener implements WebSocket.Listener {
    private final DevTools[] owner;
    private final StringBuilder message = new StringBuilder();

    Listener(DevTools[] owner) {
      this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String m = message.toString();
        message.setLength(0);
        try {
          JsonNode n = JSON.readTree(m);
          if (n.has("id") && owner[0] != null) {
            CompletableFuture<JsonNode> f = owner[0].pending.remove(n.get("id").asInt());
            if (f != null) {
              f.complete(n);
            }
          }
        } catch (IOException e) {
          // not JSON: not an answer to anything we asked
        }
      }
      ws.request(1);
      return null;
    }
  }

  /** Sends {@code method} with {@code params}; the answer's {@code result}, or fails on error. */
  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
    command.set("params", params == null ? JSON.createObjectNode() : params);
    if (session != null) {
      command.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket
        .sendText(JSON.writeValueAsString(command), true)
        .get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    JsonNode n = answer.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (n.has("error")) {
      throw new IllegalStateException(method + ": " + n.get("error"));
    }
    return n.path("result");
  }

  /**
   * Waits (at most {@code timeout}, at most 50 tries) until the page has left about:blank and
   * finished loading its document. A new target starts at about:blank and then navigates: an
   * evaluate sent meanwhile fails with "Execution context was destroyed" (seen under load), so the
   * first evaluate of a test must not run before this. Each try waits in the page: on about:blank
   * until the navigation ends that context (the evaluate then fails and the next try asks the new
   * one), on the document until its load event.
   */
  private void awaitLoaded(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    IllegalStateException last = null;
    for (int i = 0; i < 50 && System.nanoTime() < end; i++) {
      try {
        if (evaluate(
                "new Promise(done => { if (location.protocol === 'about:') { return; }"
                    + " if (document.readyState === 'complete') { done(true); }"
                    + " else { addEventListener('load', () => done(true)); } })")
            .asBoolean()) {
          return;
        }
      } catch (IllegalStateException navigating) {
        last = navigating;
      }
    }
    throw new IllegalStateException("page not loaded: " + last + "\n" + log(), last);
  }

  /** {@code Runtime.evaluate} of {@code expression}; its value (returned by value). */
  JsonNode evaluate(String expression) throws Exception {
    ObjectNode p =
        JSON.createObjectNode()
            .put("expression", expression)
            .put("returnByValue", true)
            .put("awaitPromise", true);
    JsonNode r = send("Runtime.evaluate", p);
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** {@code Input.dispatchMouseEvent} of type {@code mouseMoved} to ({@code x}, {@code y}). */
  void moveMouse(double x, double y) throws Exception {
    send(
        "Input.dispatchMouseEvent",
        JSON.createObjectNode().put("type", "mouseMoved").put("x", x).put("y", y));
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** What the browser wrote on stderr (for failure messages). */
  String log() {
    return String.join("\n", log);
  }

  @Override
  public void close() throws InterruptedException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      socket.abort();
    }
    // Chromium's helpers (renderer, GPU, crashpad) outlive the browser process for a moment and
    // keep writing into the profile: end them all and wait, or the profile folder cannot be removed
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        h.destroyForcibly();
        try {
          h.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException
            | java.util.concurrent.TimeoutException ignored) {
          // left to the operating system; the test's own timeout bounds the wait
        }
      }
    }
  }
}
