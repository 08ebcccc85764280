package org.ss7sim.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.SubscriberState;
import org.ss7sim.simulator.config.scenario.TimedEvent;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.scenario.Events;

/**
 * The control API of a running network (docs/control-api.md): JSON over HTTP/1.1 on 127.0.0.1
 * unless another address is asked for, every request checked against the bearer token when one is
 * set (401 otherwise), every failure answered with {@code {"error": "..."}} and its status (400 bad
 * body, 404 unknown path or name, 405 wrong method, 409 action refused, 500 failure).
 */
public final class ControlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

  /** The port a network serves its control API on unless told otherwise. */
  public static final int DEFAULT_PORT = 8790;

  private static final int MAX_BODY = 1 << 20;

  private static final String TEXT = "text/plain; charset=utf-8";

  /**
   * Where and how to serve.
   *
   * @param anyPortIfTaken when {@code port} is taken, serve on a free port instead (the default
   *     port, not one the user asked for)
   */
  public record Options(
      InetAddress address, int port, Optional<String> token, boolean anyPortIfTaken) {
    public Options(InetAddress address, int port, Optional<String> token) {
      this(address, port, token, false);
    }

    /** 127.0.0.1 on {@code port} (0: ephemeral), no token. */
    public static Options loopback(int port) {
      return new Options(InetAddress.getLoopbackAddress(), port, Optional.empty(), false);
    }

    public Options withToken(String token) {
      return new Options(
          address, port, Optional.ofNullable(token).filter(t -> !t.isEmpty()), anyPortIfTaken);
    }

    public Options withAnyPortIfTaken(boolean any) {
      return new Options(address, port, token, any);
    }
  }

  /** An answer: status and JSON (or text) body. */
  record Answer(int status, String contentType, String body) {
    static Answer json(int status, JsonNode body) {
      try {
        return new Answer(status, "application/json", NetworkView.JSON.writeValueAsString(body));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    static Answer error(int status, String message) {
      ObjectNode o = NetworkView.JSON.createObjectNode();
      o.put("error", message);
      return json(status, o);
    }
  }

  /** A request that gets a 4xx answer. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final SimNetwork net;
  private final Options options;
  private final NetworkView view;
  private final Events events;
  private final TrafficSources sources;
  private final Set<String> local;
  private final Health health;
  private final HttpServer http;
  private final ExecutorService threads;

  private ControlServer(SimNetwork net, Options options, Runnable beforeFirstSource)
      throws IOException {
    this.net = net;
    this.options = options;
    this.view = new NetworkView(net);
    this.events = new Events(net);
    this.sources = new TrafficSources(net, beforeFirstSource);
    // the nodes this process runs: every one already started (a run: every simulated node; ss7sim
    // node: those named with --node)
    this.local = net.nodes().stream().map(SimNode::name).collect(Collectors.toUnmodifiableSet());
    this.health = new Health(net, local);
    this.http = bind(options);
    this.threads =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "ss7sim-control");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(threads);
    http.createContext("/", this::exchange);
  }

  private static HttpServer bind(Options options) throws IOException {
    try {
      return HttpServer.create(new InetSocketAddress(options.address(), options.port()), 16);
    } catch (BindException e) {
      if (options.anyPortIfTaken() && options.port() != 0) {
        LOG.info("control API: port {} taken, serving on a free port", options.port());
        return HttpServer.create(new InetSocketAddress(options.address(), 0), 16);
      }
      throw new BindException(
          "control API: cannot listen on "
              + options.address().getHostAddress()
              + ":"
              + options.port()
              + " ("
              + e.getMessage()
              + "); pick another with --control-port");
    }
  }

  /**
   * Serves the control API of {@code net}.
   *
   * @param beforeFirstSource run once before the first traffic source starts (e.g. start ESMEs)
   */
  public static ControlServer start(SimNetwork net, Options options, Runnable beforeFirstSource)
      throws IOException {
    ControlServer s = new ControlServer(net, options, beforeFirstSource);
    s.http.start();
    return s;
  }

  /** Where it listens (the port chosen when asked for 0). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  private void exchange(HttpExchange x) throws IOException {
    Answer a;
    try {
      a =
          authorized(x) || isHealth(x.getRequestURI().getPath())
              ? route(x)
              : Answer.error(401, "missing or wrong bearer token");
    } catch (Refused e) {
      a = Answer.error(e.status, e.getMessage());
    } catch (Exception e) {
      LOG.debug("control API {} {} failed", x.getRequestMethod(), x.getRequestURI(), e);
      a = Answer.error(500, String.valueOf(e.getMessage()));
    }
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", a.contentType());
    if (a.status() == 401) {
      x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"ss7sim\"");
    }
    x.sendResponseHeaders(a.status(), body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * The health paths answer without the token: an orchestrator's probe (a Kubernetes httpGet, a
   * Compose healthcheck) cannot be given one without writing it into the manifest, and they tell
   * only link names and states, changing nothing.
   */
  private static boolean isHealth(String path) {
    return path.equals("/health") || path.equals("/health/live");
  }

  private boolean authorized(HttpExchange x) {
    if (options.token().isEmpty()) {
      return true;
    }
    String h = x.getRequestHeaders().getFirst("Authorization");
    String expected = "Bearer " + options.token().get();
    return h != null
        && MessageDigest.isEqual(
            h.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private Answer route(HttpExchange x) throws Exception {
    String method = x.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = x.getRequestURI().getPath();
    List<String> p = List.of(path.replaceAll("^/+|/+$", "").split("/+"));
    if (path.equals("/metrics")) {
      only(method, "GET");
      return new Answer(
          200,
          "text/plain; version=0.0.4; charset=utf-8",
          PrometheusText.render(net, view, sources.live()));
    }
    if (path.equals("/health")) {
      only(method, "GET");
      Health.Report r = health.check();
      return new Answer(r.up() ? 200 : 503, TEXT, r.text());
    }
    if (path.equals("/health/live")) {
      only(method, "GET");
      return new Answer(200, TEXT, "alive\n");
    }
    if (p.isEmpty() || !p.get(0).equals("api") || p.size() < 2) {
      throw new Refused(404, "no such path: " + path);
    }
    String what = p.get(1);
    int n = p.size();
    switch (what) {
      case "nodes" -> {
        if (n == 2) {
          only(method, "GET");
          return Answer.json(200, view.nodes());
        }
        if (n == 4) {
          only(method, "POST");
          return nodeAction(p.get(2), p.get(3));
        }
      }
      case "links" -> {
        if (n == 2) {
          only(method, "GET");
          return Answer.json(200, view.links());
        }
        if (n == 4) {
          only(method, "POST");
          return linkAction(p.get(2), p.get(3));
        }
      }
      case "routes" -> {
        if (n == 2) {
          only(method, "GET");
          return Answer.json(200, view.routes());
        }
      }
      case "subscribers" -> {
        if (n == 2) {
          only(method, "GET");
          return Answer.json(200, view.subscriberList());
        }
        if (n == 3) {
          return subscriber(method, p.get(2), x);
        }
      }
      case "smsc" -> {
        if (n == 2) {
          only(method, "GET");
          return Answer.json(200, view.smscQueues());
        }
      }
      case "counters" -> {
        if (n == 2) {
          only(method, "GET");
          return Answer.json(200, view.counters());
        }
      }
      case "sources" -> {
        return source(method, p, x);
      }
      default -> {}
    }
    throw new Refused(404, "no such path: " + path);
  }

  private static void only(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw new Refused(405, method + " not allowed here; use " + allowed);
    }
  }

  private Answer nodeAction(String node, String action) {
    if (net.config().node(node).isEmpty()) {
      throw new Refused(404, "no node " + node);
    }
    if (net.config().node(node).get().external()) {
      throw new Refused(409, node + " is external: ss7sim does not run it");
    }
    if (!local.contains(node)) {
      throw new Refused(409, node + " runs in another process: use that process's control API");
    }
    TimedEvent e =
        switch (action) {
          case "stop" -> new TimedEvent.NodeStop(Duration.ZERO, node, null);
          case "start" -> new TimedEvent.NodeStart(Duration.ZERO, node, null);
          case "restart" -> new TimedEvent.NodeRestart(Duration.ZERO, node, null);
          default -> throw new Refused(404, "no node action " + action + " (stop, start, restart)");
        };
    return apply(e, "node", node, action);
  }

  private Answer linkAction(String link, String action) {
    Network.NodeLink found =
        net.config().findLink(link).orElseThrow(() -> new Refused(404, "no link " + link));
    // taken down and up by its ASP (connecting) end, as a scenario's link event is
    String aspEnd = found.link().listens() ? found.link().peer() : found.node().name();
    if (!local.contains(aspEnd)) {
      throw new Refused(
          409,
          "link "
              + link
              + " is taken down and up by its ASP end, "
              + aspEnd
              + ", which "
              + (net.config().node(aspEnd).map(n -> n.external()).orElse(false)
                  ? "is external"
                  : "runs in another process"));
    }
    TimedEvent e =
        switch (action) {
          case "down" -> new TimedEvent.LinkDown(Duration.ZERO, link, null);
          case "up" -> new TimedEvent.LinkUp(Duration.ZERO, link, null);
          default -> throw new Refused(404, "no link action " + action + " (down, up)");
        };
    return apply(e, "link", link, action);
  }

  /** Applies {@code e} as a scenario's timed event would be; a failure is a 409. */
  private synchronized Answer apply(TimedEvent e, String kind, String name, String action) {
    int before = events.problems().size();
    events.apply(e);
    List<String> problems = events.problems();
    if (problems.size() > before) {
      throw new Refused(409, problems.get(problems.size() - 1).replace("event at null ", ""));
    }
    ObjectNode o = NetworkView.JSON.createObjectNode();
    o.put(kind, name);
    o.put("done", action);
    return Answer.json(200, o);
  }

  private Answer subscriber(String method, String msisdn, HttpExchange x) throws Exception {
    if (view.subscriber(msisdn).isEmpty()) {
      throw new Refused(404, "no subscriber " + msisdn);
    }
    if (method.equals("GET")) {
      return Answer.json(200, view.subscriber(msisdn).get());
    }
    only(method, "PUT");
    JsonNode body = jsonBody(x);
    String state = body.path("state").asText("");
    SubscriberState s;
    try {
      s = SubscriberState.valueOf(state.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Refused(
          400,
          "body needs \"state\": one of "
              + java.util.Arrays.stream(SubscriberState.values()).map(NetworkView::lower).toList());
    }
    view.subscribers().change(msisdn, s);
    return Answer.json(200, view.subscriber(msisdn).get());
  }

  private Answer source(String method, List<String> p, HttpExchange x) throws IOException {
    if (p.size() == 2) {
      if (method.equals("GET")) {
        var list = NetworkView.JSON.createArrayNode();
        sources.all().forEach(s -> list.add(TrafficSources.toJson(s)));
        return Answer.json(200, list);
      }
      only(method, "POST");
      String yaml = textBody(x);
      try {
        return Answer.json(201, TrafficSources.toJson(sources.start(yaml)));
      } catch (IllegalArgumentException e) {
        throw new Refused(400, "scenario: " + e.getMessage());
      }
    }
    if (p.size() == 3) {
      TrafficSources.Source s =
          sources.get(p.get(2)).orElseThrow(() -> new Refused(404, "no source " + p.get(2)));
      if (method.equals("DELETE")) {
        s.running().stop().run();
        return Answer.json(202, TrafficSources.toJson(s));
      }
      only(method, "GET");
      waitFor(s, x.getRequestURI().getQuery());
      return Answer.json(200, TrafficSources.toJson(s));
    }
    throw new Refused(404, "no such path: " + x.getRequestURI().getPath());
  }

  /** {@code ?wait=S}: waits up to S seconds (at most 300) for the source to end. */
  private static void waitFor(TrafficSources.Source s, String query) {
    if (query == null || !query.startsWith("wait=")) {
      return;
    }
    long seconds;
    try {
      seconds = Math.min(300, Long.parseLong(query.substring(5)));
    } catch (NumberFormatException e) {
      throw new Refused(400, "wait must be whole seconds: " + query);
    }
    try {
      s.running().report().get(seconds, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      // answered with its state as it is
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String textBody(HttpExchange x) throws IOException {
    try (InputStream in = x.getRequestBody()) {
      byte[] b = in.readNBytes(MAX_BODY + 1);
      if (b.length > MAX_BODY) {
        throw new Refused(400, "body larger than " + MAX_BODY + " bytes");
      }
      return new String(b, StandardCharsets.UTF_8);
    }
  }

  private static JsonNode jsonBody(HttpExchange x) throws IOException {
    String text = textBody(x);
    try {
      JsonNode n = NetworkView.JSON.readTree(text);
      if (n == null || !n.isObject()) {
        throw new Refused(400, "body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new Refused(400, "body is not JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public void close() {
    http.stop(0);
    sources.close();
    threads.shutdownNow();
  }
}
