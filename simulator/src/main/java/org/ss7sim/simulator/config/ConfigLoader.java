package org.ss7sim.simulator.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NetworkReader;
import org.ss7sim.simulator.config.scenario.Scenario;
import org.ss7sim.simulator.config.scenario.ScenarioReader;
import org.ss7sim.simulator.config.scenario.TrafficKind;
import org.ss7sim.simulator.config.yaml.YamlTree;

/**
 * Loads network and scenario files. Every method throws {@link ConfigException} (one line, with
 * {@code file:line:column}) for a file that cannot be read, is not YAML, has an unknown key or a
 * value of the wrong type. Cross references are checked afterwards by {@link
 * org.ss7sim.simulator.config.network.NetworkValidator} and {@link
 * org.ss7sim.simulator.config.scenario.ScenarioValidator}.
 */
public final class ConfigLoader {
  /** The classpath resource holding the built-in demo network. */
  public static final String DEMO_NETWORK_RESOURCE = "/org/ss7sim/simulator/demo-network.yaml";

  private ConfigLoader() {}

  /** Loads a network file. */
  public static Network loadNetwork(Path file) {
    return parseNetwork(file.toString(), read(file), baseName(file));
  }

  /** Parses network YAML; {@code source} names it in messages and as the default network name. */
  public static Network parseNetwork(String source, String yaml) {
    return parseNetwork(source, yaml, baseName(Path.of(source)));
  }

  private static Network parseNetwork(String source, String yaml, String defaultName) {
    return NetworkReader.read(YamlTree.parse(source, yaml), defaultName);
  }

  /**
   * The built-in network of {@code ss7sim demo}: the content of {@code examples/demo-network.yaml}
   * except that the SMSC's SMPP server takes an ephemeral port ({@code smpp_port: 0}), so the demo
   * and tests run while something else holds 2775. The in-process ESMEs learn the bound port.
   */
  public static Network demoNetwork() {
    return demoNetwork(false);
  }

  /**
   * The demo network; {@code tls}: its SMSC takes SMPP over TLS with a self-signed certificate
   * ({@code demo --tls}, docs/security.md), and its ESME connects with TLS.
   */
  public static Network demoNetwork(boolean tls) {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEMO_NETWORK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEMO_NETWORK_RESOURCE);
      }
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String ephemeral = yaml.replace("smpp_port: 2775", "smpp_port: 0");
      if (ephemeral.equals(yaml)) {
        throw new IllegalStateException("no 'smpp_port: 2775' in " + DEMO_NETWORK_RESOURCE);
      }
      yaml = tls ? ephemeral.replace("smpp_port: 0\n", "smpp_port: 0\n    tls: true\n") : ephemeral;
      return NetworkReader.read(YamlTree.parse("demo-network.yaml", yaml), "demo");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEMO_NETWORK_RESOURCE, e);
    }
  }

  /** Loads a scenario file. */
  public static Scenario loadScenario(Path file) {
    return parseScenario(file.toString(), read(file));
  }

  /** Parses scenario YAML; {@code source} names it in messages and as the default scenario name. */
  public static Scenario parseScenario(String source, String yaml) {
    return ScenarioReader.read(YamlTree.parse(source, yaml), baseName(Path.of(source)));
  }

  /** Parses scenario YAML whose traffic sources may be of {@code kinds}. */
  public static Scenario parseScenario(
      String source, String yaml, java.util.List<? extends TrafficKind> kinds) {
    return ScenarioReader.read(YamlTree.parse(source, yaml), baseName(Path.of(source)), kinds);
  }

  private static String read(Path file) {
    Location start = new Location(file.toString(), 1, 1);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(start, "no such file", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ConfigException(start, "not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(start, "cannot read: " + e.getMessage(), e);
    }
  }

  private static String baseName(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "network" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }
}
