package org.ss7sim.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ss7sim.wire.Octets;

/**
 * Loads golden vectors: the third-party TSV files under {@code testdata/vectors/}, and our own
 * annotated hex files under {@code src/test/resources/golden/<layer>/}.
 */
public final class GoldenVectors {
  private GoldenVectors() {}

  /** Every row of {@code testdata/vectors/<file>}, e.g. {@code GoldenVectors.tsv("m3ua.tsv")}. */
  public static List<GoldenVector> tsv(String file) {
    Path p = TestData.path("vectors/" + file);
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      List<GoldenVector> out = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) { // line 0 is the header
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
          throw new IllegalStateException(
              p + ":" + (i + 1) + ": expected 5 columns, found " + f.length);
        }
        out.add(new GoldenVector(f[0], Octets.fromHex(f[1]), f[2], f[3], f[4]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code file} whose name matches {@code filter}. */
  public static List<GoldenVector> tsv(String file, Predicate<String> nameFilter) {
    return tsv(file).stream().filter(v -> nameFilter.test(v.name())).toList();
  }

  /** The single row of {@code file} named {@code name}. */
  public static GoldenVector named(String file, String name) {
    return tsv(file).stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no vector " + name + " in " + file));
  }

  /**
   * Reads an annotated hex resource from the classpath: {@code #} starts a comment to the end of
   * the line, whitespace is ignored. The header comment says where the bytes come from.
   */
  public static Octets hexResource(Class<?> anchor, String resource) {
    try (var in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no resource " + resource + " beside " + anchor.getName());
      }
      return Hex.parseAnnotated(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
