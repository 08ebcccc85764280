package org.ss7sim.simulator.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ss7sim.simulator.control.ControlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ss7sim ctl METHOD PATH [--data TEXT|@FILE]}: one request to the control API of a running
 * {@code ss7sim run} (docs/control-api.md), the answer's body on stdout. Exit 0 for a 2xx answer, 1
 * for any other (the error on stderr), 2 when the API cannot be reached.
 */
@Command(
    name = "ctl",
    mixinStandardHelpOptions = true,
    description = {
      "Send one request to the control API of a running 'ss7sim run NETWORK.yaml'.",
      "Examples: ctl get /api/nodes | ctl put /api/subscribers/9990110000001 --data"
          + " '{\"state\":\"attached\"}' | ctl post /api/links/stp1-hlr/down | ctl post"
          + " /api/sources --data @scenario.yaml | ctl get /metrics"
    })
final class CtlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "METHOD", description = "get, put, post or delete.")
  String method;

  @Parameters(index = "1", paramLabel = "PATH", description = "e.g. /api/nodes, /metrics.")
  String path;

  @Option(
      names = "--data",
      paramLabel = "TEXT|@FILE",
      description = "The request body (JSON, or scenario YAML for /api/sources); @FILE reads FILE.")
  String data;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The API's base URL (default: http://127.0.0.1:" + ControlServer.DEFAULT_PORT + ").")
  String url = "http://127.0.0.1:" + ControlServer.DEFAULT_PORT;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Bearer token (default: the environment variable SS7SIM_CONTROL_TOKEN).")
  String token;

  @Override
  public Integer call() throws Exception {
    String m = method.toUpperCase(Locale.ROOT);
    if (!m.matches("GET|PUT|POST|DELETE")) {
      throw new BadInputException("METHOD must be get, put, post or delete, not " + method);
    }
    if (!path.startsWith("/")) {
      throw new BadInputException("PATH must start with '/': " + path);
    }
    String body = body();
    URI uri;
    try {
      uri = URI.create(url.replaceAll("/+$", "") + path);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("bad --url or PATH: " + e.getMessage());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                m,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    String t = token != null ? token : System.getenv("SS7SIM_CONTROL_TOKEN");
    if (t != null && !t.isEmpty()) {
      request.header("Authorization", "Bearer " + t);
    }
    HttpResponse<String> answer;
    try {
      answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new BadInputException("no control API at " + url + " (is 'ss7sim run' running?)");
    } catch (java.net.http.HttpTimeoutException e) {
      throw new BadInputException(url + ": no answer within 30 s (is it the control API?)");
    } catch (IOException e) {
      throw new BadInputException(
          url + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }
    boolean ok = answer.statusCode() / 100 == 2;
    if (ok) {
      spec.commandLine().getOut().print(answer.body());
      if (!answer.body().endsWith("\n")) {
        spec.commandLine().getOut().println();
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    spec.commandLine().getErr().println("HTTP " + answer.statusCode() + ": " + answer.body());
    return ExitCode.FAILED;
  }

  private String body() {
    if (data == null) {
      return null;
    }
    if (data.startsWith("@")) {
      Path f = Path.of(data.substring(1));
      Inputs.readableFile(f, "--data file");
      try {
        return Files.readString(f);
      } catch (IOException e) {
        throw new BadInputException("cannot read " + f + ": " + e.getMessage());
      }
    }
    return data;
  }
}
