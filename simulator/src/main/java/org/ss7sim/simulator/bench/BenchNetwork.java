package org.ss7sim.simulator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;

/**
 * The network {@code bench} loads when the user names none: the demo network with what a load run
 * needs instead of what a demonstration shows: 4,000 circuits between the SSPs (ISUP allows 4,096)
 * so calls are never refused for want of one, lines that answer at once (answer delay 0), the SMPP
 * server on an ephemeral port, SMPP windows of {@value #WINDOW} outstanding requests each way (with
 * the default 10, the ESME's submits wait for submit_sm_resp, which waits for the store's commit,
 * and the window, not the network, bounds the rate: 6,325/s at 8,000/s asked), and every link on
 * the transport asked for.
 */
public final class BenchNetwork {
  static final int CICS = 4000;
  static final int WINDOW = 200;

  private BenchNetwork() {}

  /** The bench network with every link on {@code transport} ({@code tcp} or {@code injvm}). */
  public static Network of(String transport) {
    String yaml = demoYaml();
    yaml = replaceOnce(yaml, "smpp_port: 2775", "smpp_port: 0");
    yaml =
        replaceOnce(
            yaml,
            "{to: ssp-b, cics: 1-31, prefixes:",
            "{to: ssp-b, cics: 1-" + CICS + ", prefixes:");
    yaml =
        replaceOnce(
            yaml,
            "{to: ssp-a, cics: 1-31, select: descending,",
            "{to: ssp-a, cics: 1-" + CICS + ", select: descending,");
    yaml =
        replaceOnce(
            yaml,
            "{prefix: \"9992021\", behaviour: answer}",
            "{prefix: \"9992021\", behaviour: answer, answer_after: 0ms}");
    yaml =
        replaceOnce(
            yaml,
            "{system_id: esme1, password: secret, short_codes: [\"1234\"]}",
            "{system_id: esme1, password: secret, short_codes: [\"1234\"], window: "
                + WINDOW
                + "}");
    yaml = replaceOnce(yaml, "    kind: esme\n", "    kind: esme\n    window: " + WINDOW + "\n");
    yaml =
        replaceOnce(
            yaml, "\nname: demo\n", "\nname: bench\ndefaults: {transport: " + transport + "}\n");
    return ConfigLoader.parseNetwork("bench-network.yaml", yaml);
  }

  private static String demoYaml() {
    try (InputStream in =
        ConfigLoader.class.getResourceAsStream(ConfigLoader.DEMO_NETWORK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ConfigLoader.DEMO_NETWORK_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ConfigLoader.DEMO_NETWORK_RESOURCE, e);
    }
  }

  private static String replaceOnce(String yaml, String what, String with) {
    int i = yaml.indexOf(what);
    if (i < 0 || yaml.indexOf(what, i + 1) >= 0) {
      throw new IllegalStateException("the demo network no longer has exactly one '" + what + "'");
    }
    return yaml.substring(0, i) + with + yaml.substring(i + what.length());
  }
}
