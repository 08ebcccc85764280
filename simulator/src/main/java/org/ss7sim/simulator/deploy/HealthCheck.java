package org.ss7sim.simulator.deploy;

/**
 * How a Compose healthcheck asks a deployed node whether its links are up: {@code GET /health} of
 * the control API the node serves on {@code port} in its container (docs/control-api.md), answered
 * 200 when every link of the process's nodes is ASP-ACTIVE and 503 otherwise.
 *
 * <p>The image (see {@link Deployment#dockerfile()}) need not have curl or wget: the request is
 * made by bash itself through its {@code /dev/tcp} redirection; {@code head} and {@code grep} read
 * the status line. Nothing in the command is a {@code $}, which Compose would take for one of its
 * variables. Kubernetes asks the same path with a native {@code httpGet} probe.
 *
 * @param port the control API's port in the container
 */
public record HealthCheck(int port) {
  /** The readiness path: 200 when every link is up, 503 naming those that are not. */
  public static final String PATH = "/health";

  /** The liveness path: 200 whenever the control API answers at all. */
  public static final String LIVE_PATH = "/health/live";

  public HealthCheck {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
  }

  /** The bash command: exit 0 on a 200 answer to {@code GET /health}, 1 otherwise. */
  public String script() {
    return "exec 3<>/dev/tcp/127.0.0.1/"
        + port
        + " && printf 'GET "
        + PATH
        + " HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '";
  }
}
