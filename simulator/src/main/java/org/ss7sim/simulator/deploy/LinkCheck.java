package org.ss7sim.simulator.deploy;

import java.util.List;
import java.util.Locale;

/**
 * The health check of a deployed node: a POSIX shell command that succeeds when every M3UA/TCP link
 * of the service has an established TCP connection, read from {@code /proc/net/tcp} and {@code
 * /proc/net/tcp6} of the container's network namespace (no JVM is started, so it is cheap enough to
 * run every few seconds). It sees the transport, not M3UA: an association that is connected but
 * whose ASP is not active still passes, and SCTP links are not checked. {@code ss7sim node} has no
 * health endpoint of its own yet.
 *
 * @param listenPorts local ports of the service's listening link ends
 * @param remotePorts remote ports of its connecting link ends
 */
public record LinkCheck(List<Integer> listenPorts, List<Integer> remotePorts) {
  public LinkCheck {
    listenPorts = List.copyOf(listenPorts);
    remotePorts = List.copyOf(remotePorts);
  }

  /** The shell command. Without links (nothing to check) it is {@code true}. */
  public String script() {
    if (listenPorts.isEmpty() && remotePorts.isEmpty()) {
      return "true";
    }
    StringBuilder s = new StringBuilder("t=$(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)");
    // A /proc/net/tcp line: "  sl: LOCALADDR:PORT REMADDR:PORT ST ...", ports in hex, ST 01
    // established.
    if (!listenPorts.isEmpty()) {
      s.append("; for p in")
          .append(hex(listenPorts))
          .append("; do echo \"$t\" | grep -Eq")
          .append(" \"^ *[0-9]+: [0-9A-F]+:$p [0-9A-F]+:[0-9A-F]+ 01 \" || exit 1; done");
    }
    if (!remotePorts.isEmpty()) {
      s.append("; for p in")
          .append(hex(remotePorts))
          .append("; do echo \"$t\" | grep -Eq")
          .append(" \"^ *[0-9]+: [0-9A-F]+:[0-9A-F]+ [0-9A-F]+:$p 01 \" || exit 1; done");
    }
    return s.toString();
  }

  private static String hex(List<Integer> ports) {
    StringBuilder b = new StringBuilder();
    for (int p : ports) {
      b.append(' ').append(String.format(Locale.ROOT, "%04X", p));
    }
    return b.toString();
  }
}
