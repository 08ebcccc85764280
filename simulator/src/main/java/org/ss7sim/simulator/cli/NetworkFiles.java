package org.ss7sim.simulator.cli;

import java.nio.file.Path;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;

/**
 * Loads a network file for a command; a file that cannot be loaded is bad input (one line, exit 2).
 */
final class NetworkFiles {
  private NetworkFiles() {}

  static Network load(Path file) {
    Inputs.readableFile(file, "network file");
    try {
      return ConfigLoader.loadNetwork(file);
    } catch (ConfigException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
