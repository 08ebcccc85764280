package org.ss7sim.simulator.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on files named on the command line; failures are bad input (exit 2). */
final class Inputs {
  private Inputs() {}

  /**
   * Returns {@code file} if it is a readable regular file, else throws {@link BadInputException}.
   */
  static Path readableFile(Path file, String what) {
    if (!Files.exists(file)) {
      throw new BadInputException(what + " " + file + ": no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(what + " " + file + ": not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(what + " " + file + ": not readable");
    }
    return file;
  }

  /** Throws {@link BadInputException} unless the parent folder of an output file exists. */
  static Path writableFile(Path file, String what) {
    if (file == null) {
      return null;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException(what + " " + file + ": folder " + parent + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(what + " " + file + ": is a folder");
    }
    return file;
  }
}
