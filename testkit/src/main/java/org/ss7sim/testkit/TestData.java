package org.ss7sim.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the repository's {@code testdata/} folder (third-party captures and vectors, see its
 * README) from any module's working directory.
 */
public final class TestData {
  private TestData() {}

  /**
   * The repository root: the {@code ss7sim.root} system property, or the nearest parent with
   * testdata/.
   */
  public static Path root() {
    String property = System.getProperty("ss7sim.root");
    if (property != null && Files.isDirectory(Paths.get(property, "testdata"))) {
      return Paths.get(property).toAbsolutePath();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("testdata")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no testdata/ folder above " + Paths.get("").toAbsolutePath());
  }

  /** A file under {@code testdata/}, e.g. {@code TestData.path("captures/pcapr-sri-sm.pcap")}. */
  public static Path path(String relative) {
    Path p = root().resolve("testdata").resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no such test data file: " + p);
    }
    return p;
  }

  /** A capture under {@code testdata/captures/}. */
  public static Path capture(String name) {
    return path("captures/" + name);
  }
}
